import type { BackupHolds } from './schemas';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "12 creators, 30 collaborations, 1 event": how the app, the dialog and the host name a backup's contents. */
export const holdsInWords = (h: BackupHolds): string =>
  `${count(h.creators, 'creator', 'creators')}, ${count(h.collaborations, 'collaboration', 'collaborations')}, ${count(h.events, 'event', 'events')}`;
