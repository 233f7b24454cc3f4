import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { REMEDIAL_GUIDE } from '../../../shared/metrics/remedialSteps';
import { REMEDIAL_STEPS, type RemedialLogInput, type RemedialPlan, type RemedialPlanInput, type RemedialStep } from '../../../shared/metrics/schemas';
import type { EventRecord } from '../../../shared/schemas';
import { collaborations, events } from '../../db/schema';
import type { Ctx } from '../context';
import { notFound } from '../errors';
import { appendEvent } from '../events';
import { recordOf } from '../eventRecord';
import { collaborationPerformance } from './performance';

/** Each step taken is an event, so the plan's progress is part of the dated record. */
export function logRemedialStep(ctx: Ctx, input: z.output<typeof RemedialLogInput>): EventRecord {
  const collab = ctx.db.select({ id: collaborations.id, creatorId: collaborations.creatorId }).from(collaborations).where(eq(collaborations.id, input.collaborationId)).get();
  if (!collab) throw notFound('Collaboration', input.collaborationId);
  return appendEvent(ctx, ctx.db, {
    type: 'remedial.step',
    collaborationId: collab.id,
    creatorId: collab.creatorId,
    data: { step: input.step, title: REMEDIAL_GUIDE[input.step].title, note: input.note },
  }).event;
}

export function remedialPlan(ctx: Ctx, input: z.output<typeof RemedialPlanInput>): RemedialPlan {
  const { verdict } = collaborationPerformance(ctx, input);
  const taken = new Map<string, { at: string; note: string }>();
  const logged = ctx.db
    .select()
    .from(events)
    .where(and(eq(events.collaborationId, input.collaborationId), eq(events.type, 'remedial.step')))
    .orderBy(asc(events.id))
    .all();
  for (const row of logged) {
    const { at, data } = recordOf(row, 'remedial.step');
    taken.set(data.step, { at, note: data.note });
  }
  const steps = REMEDIAL_STEPS.map((step: RemedialStep) => ({
    step,
    ...REMEDIAL_GUIDE[step],
    doneAt: taken.get(step)?.at ?? null,
    note: taken.get(step)?.note || null,
  }));
  return { collaborationId: input.collaborationId, verdict, steps, next: steps.find((s) => s.doneAt === null)?.step ?? null };
}
