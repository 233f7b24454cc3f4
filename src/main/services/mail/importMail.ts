import type { z } from 'zod';
import { problem } from '../../../shared/i18n/problems';
import type { MailImportInput, MailSummary, MailTakeInput } from '../../../shared/mail/schemas';
import type { Ctx } from '../context';
import { badField } from '../errors';
import { type ReadFile, readMailFile } from './readMail';
import { placeable, takeMail } from './take';

/**
 * .eml files and .mbox exports dropped on the app: read first (nothing is stored meanwhile), then
 * taken in one write transaction. A file with no mail in it at all refuses the whole import (the
 * wrong file was dropped); a message that cannot be read is reported and the others are taken.
 */
export async function importMail(ctx: Ctx, input: z.output<typeof MailImportInput>): Promise<MailSummary> {
  // The card it was dropped on is checked before the files are read, which may take a while.
  if (input.collaborationId !== undefined) placeable(ctx, input.collaborationId);
  const files: ReadFile[] = [];
  for (const [index, file] of input.files.entries()) {
    const read = await readMailFile(file.name, Buffer.from(file.base64, 'base64'));
    if (!read.heldMail) throw badField(['files', index, 'base64'], problem('mail.notMail', { name: file.name }));
    files.push(read);
  }
  const summary = takeMail(
    ctx,
    files.flatMap((f) => f.mail),
    { collaborationId: input.collaborationId },
  );
  const unreadable = files.flatMap((f) => f.unreadable);
  return { ...summary, read: summary.read + unreadable.length, unreadable: [...unreadable, ...summary.unreadable] };
}

/** Mail already read elsewhere, given as values: their place in the list stands for where they were. */
export function takeGivenMail(ctx: Ctx, input: z.output<typeof MailTakeInput>): MailSummary {
  return takeMail(
    ctx,
    input.messages.map((message, i) => ({ message, file: null, index: i + 1 })),
    { collaborationId: input.collaborationId },
  );
}
