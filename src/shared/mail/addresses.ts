import { z } from 'zod';
import { Email } from '../fields';
import { problem } from '../i18n/problems';

/** Mail addresses are compared without regard to case or surrounding spaces: Mia@Example.com is mia@example.com. */
export const addressKey = (address: string): string => address.trim().toLowerCase();

export const OTHER_EMAILS_MAX = 20;

/** A creator's further addresses (a second inbox, an agent's): mail from any of them is theirs. */
export const OtherEmails = z
  .array(Email, { error: problem('field.emailFormat') })
  .max(OTHER_EMAILS_MAX, { error: problem('mail.otherEmailsMax', { max: OTHER_EMAILS_MAX }) })
  .superRefine((addresses, ctx) => {
    const seen = new Set<string>();
    addresses.forEach((address, index) => {
      const key = addressKey(address);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message: problem('mail.addressTwice', { address }) });
      seen.add(key);
    });
  });
