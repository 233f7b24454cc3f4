import type { ClockReading } from '../../shared/clock';
import type { Ctx } from './context';

export function readClock(ctx: Ctx): ClockReading {
  return { now: ctx.clock.now().toISOString(), pinned: ctx.clock.pinned === true };
}
