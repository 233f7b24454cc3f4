import { type Say, sayIn } from '../i18n/createI18n';
import type { BackupHolds } from './schemas';

/**
 * "12 creators, 30 collaborations, 1 event": how the app, the damage dialog and the host name a
 * backup's contents, in the language of `say` (English where no one reads a language: the host's log).
 */
export const holdsInWords = (h: BackupHolds, say: Say = sayIn('en')): string =>
  say('settings:backups.holdsCount', { creators: h.creators, collaborations: h.collaborations, events: h.events });
