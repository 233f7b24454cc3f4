import type { ImapFlow } from 'imapflow';

type Folder = Awaited<ReturnType<ImapFlow['list']>>[number];

/** The folder the server marks as the Sent folder (special use \Sent), whatever its name or language; null when none is marked. */
export function sentFolderOf(folders: readonly Folder[]): string | null {
  return folders.find((folder) => folder.specialUse === '\\Sent')?.path ?? null;
}

/** The inbox by its special use, else by the name IMAP reserves for it. */
export function inboxOf(folders: readonly Folder[]): string {
  return folders.find((folder) => folder.specialUse === '\\Inbox' || folder.path.toUpperCase() === 'INBOX')?.path ?? 'INBOX';
}
