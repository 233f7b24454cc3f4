import { sql } from 'drizzle-orm';
import { addCalendarDays } from '../../../shared/dates';

// Each rule below is written out again instead of imported from src/shared/rules.
export const reminderOnly = ['licence_expiry', 'min_live_end'];
export const isDeliverable = (kind: string) => kind !== 'licence_expiry' && kind !== 'min_live_end';
export const openDeadlines = sql`SELECT id FROM milestones WHERE kind NOT IN ('licence_expiry', 'min_live_end')`;
export const DUE_SOON_MS = 48 * 60 * 60 * 1000;
export const ended = ['completed', 'terminated', 'declined'];
export const isRateable = (stage: string) => stage === 'completed' || stage === 'terminated';
export const started = `SELECT id FROM collaborations WHERE stage <> 'declined'`;
export const weekEnd = (today: string) => addCalendarDays(today, 6);
// A single kind is a value, not a rule: these pass.
export const licence = { kind: 'licence_expiry' };
export const isLicence = (kind: string) => kind === 'licence_expiry';
