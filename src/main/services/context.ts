import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { MemorySecrets } from '../secrets/memory';
import type { Secrets } from '../secrets/secrets';

/** What every service function gets first: the database and the clock. */
export interface Ctx {
  /** Replaced when a backup is restored, so services read it from here each time. */
  db: Db;
  clock: Clock;
  /** Needed to reopen the database after a restore (the app and the host set it). */
  migrationsFolder?: string;
  /** The calendar feed's server, once the background workers started it (see services/calendarFeed). */
  calendarFeed?: { port: number; problem: 'port_in_use' | 'not_running' | null };
  /** The computer's languages, best first, when the shell knows them (see brandLocale). */
  systemLanguages?: readonly string[];
  /** Where passwords are kept (the desktop's keychain, the browser host's memory); see secretsOf. */
  secrets?: Secrets;
}

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const nowIso = (ctx: Ctx): string => ctx.clock.now().toISOString();

/** The context's secrets; one made without any (a test, a tool) keeps them in memory while it runs. */
export function secretsOf(ctx: Ctx): Secrets {
  ctx.secrets ??= new MemorySecrets();
  return ctx.secrets;
}
