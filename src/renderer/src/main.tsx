import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './app.css';
import { call, hasToken } from './api';
import { adoptClock } from './clock';

/*
 * The entry is kept small on purpose: it starts loading the rest of the page, and meanwhile asks
 * the app for its clock and the board. With 10,000 cards the board's answer takes about as long as
 * loading the page's code, so the two overlap instead of following each other.
 */

/** The page counts from the app's now (which may be pinned), so it is read before anything shows. */
async function takeAppClock(): Promise<void> {
  if (!hasToken()) return;
  const sentAt = Date.now();
  try {
    adoptClock(await call('clock.now', {}), sentAt, Date.now());
  } catch {
    // Unreachable app: the pages say so themselves when their own calls fail.
  }
}

// The page's code is asked for first, then the clock, then the board: the app answers one call at a
// time, and its files should not wait behind the board's answer.
const code = import('./start');
const clockTaken = takeAppClock();
const board = hasToken() ? call('collaborations.board', {}) : null;
// A refused board is the board page's to tell, when its query asks again; not an unhandled rejection here.
board?.catch(() => undefined);
// The language chosen in Settings, so the first screen is drawn in it rather than redrawn.
const language = hasToken() ? call('settings.get', {}).then((s) => s.language, () => 'system' as const) : Promise.resolve('system' as const);
const [{ start }, , chosen] = await Promise.all([code, clockTaken, language]);
start(board, chosen);
