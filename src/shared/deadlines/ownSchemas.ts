import { z } from 'zod';
import { MilestoneKind } from '../contract/terms';
import { Id, optionalText, PlannedDate } from '../fields';
import { problem } from '../i18n/problems';

/*
 * A collaboration's own dated obligations, agreed without a contract (post by, script or draft by
 * a day): added, moved and removed through `deadlines.add|update|remove`. Once a contract is in
 * force its milestones are the deadlines, moved only by amendment.
 */

export const OwnDeadlineName = optionalText(120);

export const DeadlineAddInput = z
  .strictObject({
    collaborationId: Id,
    kind: MilestoneKind,
    dueDate: PlannedDate,
    /** What is due; the kind's own name when left out (needed for "other"). */
    name: OwnDeadlineName.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'other' && !v.name) ctx.addIssue({ code: 'custom', path: ['name'], message: problem('field.sayWhatIsDue') });
  });
export type DeadlineAddInput = z.input<typeof DeadlineAddInput>;

export const DeadlineUpdateInput = z.strictObject({ id: Id, dueDate: PlannedDate.optional(), name: OwnDeadlineName.min(1, { error: problem('field.sayWhatIsDue') }).optional() });
export const DeadlineRemoveInput = z.strictObject({ id: Id, reason: optionalText(1000).default('') });
export const DeadlineRemoved = z.object({ id: Id, collaborationId: Id });
