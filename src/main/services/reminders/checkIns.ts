import type { Cadence } from '../../../shared/cadence/schemas';
import { endOfDateInZone } from '../../../shared/dates';
import { checkInItem } from '../../../shared/reminders/items';
import { CONTENT_IN_KINDS, checkInDue } from '../../../shared/rules/checkIn';
import { MAKING_CONTENT_STAGES } from '../../../shared/rules/stageGroups';
import type { Stage } from '../../../shared/stages';
import type { Db } from '../../db/client';
import { SHOWN_COLLABORATION, sqlList } from '../../db/sqlFragments';
import { statementCache } from '../../db/statements';
import { cadenceOf } from '../cadence';
import type { DueFact } from './dueFact';

interface MakingContentRow {
  collaborationId: number;
  stage: Stage;
  feeMinor: number;
  productReceivedOn: string;
  lastContactAt: string | null;
  awaitingReplySince: string | null;
  /** The campaign's own rhythm as stored (JSON), null for the default. */
  cadence: string | null;
  contentIn: number;
  creatorName: string;
}

// Only the stage and the arrival narrow the rows here; the rule (rules/checkIn) decides the rest.
const statementsFor = statementCache((sqlite) => ({
  makingContent: sqlite.prepare<[], MakingContentRow>(`
    SELECT c.id AS collaborationId, c.stage, c.fee_minor AS feeMinor, c.product_received_on AS productReceivedOn,
           c.last_contact_at AS lastContactAt, c.awaiting_reply_since AS awaitingReplySince, cp.cadence, cr.name AS creatorName,
           EXISTS (SELECT 1 FROM milestones m WHERE m.collaboration_id = c.id AND m.party = 'creator'
                     AND m.kind IN ${sqlList(CONTENT_IN_KINDS)} AND m.delivered_at IS NOT NULL) AS contentIn
    FROM collaborations c
    JOIN creators cr ON cr.id = c.creator_id
    LEFT JOIN campaigns cp ON cp.id = c.campaign_id
    WHERE c.stage IN ${sqlList(MAKING_CONTENT_STAGES)} AND c.product_received_on IS NOT NULL AND ${SHOWN_COLLABORATION}`),
}));

/** The check-ins due on the brand's `today`: at most one per collaboration, the latest of its rhythm. */
export function dueCheckIns(db: Db, today: string, timeZone: string): DueFact[] {
  const rhythms = new Map<string | null, Cadence>();
  const rhythmOf = (stored: string | null): Cadence => {
    let cadence = rhythms.get(stored);
    if (cadence === undefined) rhythms.set(stored, (cadence = cadenceOf(stored)));
    return cadence;
  };
  return statementsFor(db.$client)
    .makingContent.all()
    .flatMap((r): DueFact[] => {
      const due = checkInDue(rhythmOf(r.cadence), { ...r, contentIn: r.contentIn === 1 }, today, timeZone);
      if (due === null) return [];
      return [
        {
          item: checkInItem(r.collaborationId, due.arrivedOn),
          kind: 'check_in',
          occurrence: due.occurrence,
          group: 'checkIns',
          collaborationId: r.collaborationId,
          creatorName: r.creatorName,
          subject: null,
          party: 'creator',
          dueAt: endOfDateInZone(due.dueOn, timeZone),
          dueDate: due.dueOn,
          checkIn: { arrivedOn: due.arrivedOn, lastContactOn: due.lastContactOn },
        },
      ];
    });
}
