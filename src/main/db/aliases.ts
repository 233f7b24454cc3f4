import { alias } from 'drizzle-orm/sqlite-core';
import { campaigns, collaborations, creators, milestones } from './schema';

/*
 * The tables under the short names the SQL fragments are written for (sqlFragments.ts: `m` for
 * milestones, `c` for collaborations), so a drizzle query can use a fragment in its conditions
 * and still get its rows mapped by drizzle (booleans as booleans, JSON parsed).
 */
export const aliased = {
  m: alias(milestones, 'm'),
  c: alias(collaborations, 'c'),
  cr: alias(creators, 'cr'),
  ca: alias(campaigns, 'ca'),
};
