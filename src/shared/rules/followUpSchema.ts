import { z } from 'zod';
import { Id } from '../fields';
import { TemplateKind } from '../outreach/kindSchemas';

/** What "Follow up" opens: a kind of message, about one deadline when the reminder was about one. */
export const FollowUp = z.object({ template: TemplateKind, milestoneId: Id.nullable() });
export type FollowUp = z.infer<typeof FollowUp>;
