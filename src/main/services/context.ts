import type { Clock } from '../clock';
import type { Db } from '../db/client';

/** What every service function gets first: the database and the clock. */
export interface Ctx {
  db: Db;
  clock: Clock;
}

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const nowIso = (ctx: Ctx): string => ctx.clock.now().toISOString();
