// Every catalog is bundled: the app works offline and switches language without loading anything.
import en_common from './catalogs/en/common.json';
import en_domain from './catalogs/en/domain.json';
import en_board from './catalogs/en/board.json';
import en_card from './catalogs/en/card.json';
import en_contract from './catalogs/en/contract.json';
import en_creators from './catalogs/en/creators.json';
import en_campaigns from './catalogs/en/campaigns.json';
import en_calendar from './catalogs/en/calendar.json';
import en_shipments from './catalogs/en/shipments.json';
import en_importExport from './catalogs/en/importExport.json';
import en_templates from './catalogs/en/templates.json';
import en_settings from './catalogs/en/settings.json';
import en_notifications from './catalogs/en/notifications.json';
import en_accountability from './catalogs/en/accountability.json';
import en_forms from './catalogs/en/forms.json';
import en_palette from './catalogs/en/palette.json';
import en_errors from './catalogs/en/errors.json';
import en_events from './catalogs/en/events.json';
import en_clauses from './catalogs/en/clauses.json';
import en_reminders from './catalogs/en/reminders.json';
import en_printouts from './catalogs/en/printouts.json';
import en_sample from './catalogs/en/sample.json';
import en_brief from './catalogs/en/brief.json';
import en_materials from './catalogs/en/materials.json';
import en_cadence from './catalogs/en/cadence.json';
import en_mail from './catalogs/en/mail.json';
import en_mailbox from './catalogs/en/mailbox.json';
import zh_common from './catalogs/zh/common.json';
import zh_domain from './catalogs/zh/domain.json';
import zh_board from './catalogs/zh/board.json';
import zh_card from './catalogs/zh/card.json';
import zh_contract from './catalogs/zh/contract.json';
import zh_creators from './catalogs/zh/creators.json';
import zh_campaigns from './catalogs/zh/campaigns.json';
import zh_calendar from './catalogs/zh/calendar.json';
import zh_shipments from './catalogs/zh/shipments.json';
import zh_importExport from './catalogs/zh/importExport.json';
import zh_templates from './catalogs/zh/templates.json';
import zh_settings from './catalogs/zh/settings.json';
import zh_notifications from './catalogs/zh/notifications.json';
import zh_accountability from './catalogs/zh/accountability.json';
import zh_forms from './catalogs/zh/forms.json';
import zh_palette from './catalogs/zh/palette.json';
import zh_errors from './catalogs/zh/errors.json';
import zh_events from './catalogs/zh/events.json';
import zh_clauses from './catalogs/zh/clauses.json';
import zh_reminders from './catalogs/zh/reminders.json';
import zh_printouts from './catalogs/zh/printouts.json';
import zh_sample from './catalogs/zh/sample.json';
import zh_brief from './catalogs/zh/brief.json';
import zh_materials from './catalogs/zh/materials.json';
import zh_cadence from './catalogs/zh/cadence.json';
import zh_mail from './catalogs/zh/mail.json';
import zh_mailbox from './catalogs/zh/mailbox.json';
import nl_common from './catalogs/nl/common.json';
import nl_domain from './catalogs/nl/domain.json';
import nl_board from './catalogs/nl/board.json';
import nl_card from './catalogs/nl/card.json';
import nl_contract from './catalogs/nl/contract.json';
import nl_creators from './catalogs/nl/creators.json';
import nl_campaigns from './catalogs/nl/campaigns.json';
import nl_calendar from './catalogs/nl/calendar.json';
import nl_shipments from './catalogs/nl/shipments.json';
import nl_importExport from './catalogs/nl/importExport.json';
import nl_templates from './catalogs/nl/templates.json';
import nl_settings from './catalogs/nl/settings.json';
import nl_notifications from './catalogs/nl/notifications.json';
import nl_accountability from './catalogs/nl/accountability.json';
import nl_forms from './catalogs/nl/forms.json';
import nl_palette from './catalogs/nl/palette.json';
import nl_errors from './catalogs/nl/errors.json';
import nl_events from './catalogs/nl/events.json';
import nl_clauses from './catalogs/nl/clauses.json';
import nl_reminders from './catalogs/nl/reminders.json';
import nl_printouts from './catalogs/nl/printouts.json';
import nl_sample from './catalogs/nl/sample.json';
import nl_brief from './catalogs/nl/brief.json';
import nl_materials from './catalogs/nl/materials.json';
import nl_cadence from './catalogs/nl/cadence.json';
import nl_mail from './catalogs/nl/mail.json';
import nl_mailbox from './catalogs/nl/mailbox.json';

/** The English catalogs are the source: the other languages have exactly their keys (catalogs.test.ts). */
export const en = {
  common: en_common,
  domain: en_domain,
  board: en_board,
  card: en_card,
  contract: en_contract,
  creators: en_creators,
  campaigns: en_campaigns,
  calendar: en_calendar,
  shipments: en_shipments,
  importExport: en_importExport,
  templates: en_templates,
  settings: en_settings,
  notifications: en_notifications,
  accountability: en_accountability,
  forms: en_forms,
  palette: en_palette,
  errors: en_errors,
  events: en_events,
  clauses: en_clauses,
  reminders: en_reminders,
  printouts: en_printouts,
  sample: en_sample,
  brief: en_brief,
  materials: en_materials,
  cadence: en_cadence,
  mail: en_mail,
  mailbox: en_mailbox,
};

export type Catalogs = typeof en;
export type Namespace = keyof Catalogs;
export const NAMESPACES = Object.keys(en) as Namespace[];

/** Every language's catalogs, each shaped like the English (the test compares them key by key). */
export const resources = {
  en,
  zh: {
    common: zh_common,
    domain: zh_domain,
    board: zh_board,
    card: zh_card,
    contract: zh_contract,
    creators: zh_creators,
    campaigns: zh_campaigns,
    calendar: zh_calendar,
    shipments: zh_shipments,
    importExport: zh_importExport,
    templates: zh_templates,
    settings: zh_settings,
    notifications: zh_notifications,
    accountability: zh_accountability,
    forms: zh_forms,
    palette: zh_palette,
    errors: zh_errors,
    events: zh_events,
    clauses: zh_clauses,
    reminders: zh_reminders,
    printouts: zh_printouts,
    sample: zh_sample,
    brief: zh_brief,
    materials: zh_materials,
    cadence: zh_cadence,
    mail: zh_mail,
    mailbox: zh_mailbox,
  },
  nl: {
    common: nl_common,
    domain: nl_domain,
    board: nl_board,
    card: nl_card,
    contract: nl_contract,
    creators: nl_creators,
    campaigns: nl_campaigns,
    calendar: nl_calendar,
    shipments: nl_shipments,
    importExport: nl_importExport,
    templates: nl_templates,
    settings: nl_settings,
    notifications: nl_notifications,
    accountability: nl_accountability,
    forms: nl_forms,
    palette: nl_palette,
    errors: nl_errors,
    events: nl_events,
    clauses: nl_clauses,
    reminders: nl_reminders,
    printouts: nl_printouts,
    sample: nl_sample,
    brief: nl_brief,
    materials: nl_materials,
    cadence: nl_cadence,
    mail: nl_mail,
    mailbox: nl_mailbox,
  },
};
