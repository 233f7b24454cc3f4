import { problem } from '../../../shared/i18n/problems';
import type { MailSettings, MailSettingsSaveInput } from '../../../shared/mail/mailboxSchemas';
import { MAIL_PRESET_INFO } from '../../../shared/mail/presets';
import { SecretsRefused } from '../../secrets/secrets';
import { type Ctx, nowIso, secretsOf } from '../context';
import { AppError, badField } from '../errors';
import { deleteMailAccount, readMailAccount, writeMailAccount } from './accountRow';
import { forgetPasswords, keepPassword, passwordFor } from './password';

/** The connected mailbox (or null), whether a password is kept for it, where passwords are kept, and the providers Followthrough knows. */
export function getMailSettings(ctx: Ctx): MailSettings {
  const stored = readMailAccount(ctx);
  return {
    account: stored?.account ?? null,
    passwordStored: stored !== null && passwordFor(ctx, stored.account) !== null,
    secretStore: secretsOf(ctx).kind,
    updatedAt: stored?.updatedAt ?? null,
    presets: [...MAIL_PRESET_INFO],
  };
}

/**
 * Connects a mailbox, or changes its settings. The password is kept first, through the secrets
 * port: if it cannot be kept safely, nothing is saved. If the settings then fail to be stored, the
 * password kept before is put back. Without a password, the one kept for the same user on the same
 * servers stays; a user or server typed anew needs the password typed again.
 */
export function saveMailSettings(ctx: Ctx, input: MailSettingsSaveInput): MailSettings {
  const { account, password } = input;
  if (password === undefined) {
    if (passwordFor(ctx, account) === null) throw badField(['password'], problem('mailbox.passwordNeeded'));
    writeMailAccount(ctx, account, nowIso(ctx));
    return getMailSettings(ctx);
  }
  let putBack: () => void;
  try {
    putBack = keepPassword(ctx, account, password);
  } catch (error) {
    if (error instanceof SecretsRefused) throw new AppError('CONFLICT', problem('mailbox.notKept', { reason: error.reason }));
    throw error;
  }
  try {
    writeMailAccount(ctx, account, nowIso(ctx));
  } catch (error) {
    try {
      putBack();
    } catch {
      // The new password stays kept without its settings: it still goes only to the servers it was typed for.
    }
    throw error;
  }
  return getMailSettings(ctx);
}

/** Disconnects the mailbox: its settings and every password kept for it are gone. */
export function removeMailSettings(ctx: Ctx): MailSettings {
  deleteMailAccount(ctx);
  forgetPasswords(ctx);
  return getMailSettings(ctx);
}
