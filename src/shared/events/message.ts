import { z } from 'zod';
import { problem } from '../i18n/problems';

/** Who wrote a logged message, and where: the reply clock and the ladder read these. */
export const MESSAGE_DIRECTIONS = ['brand_to_creator', 'creator_to_brand'] as const;
export const MessageDirection = z.enum(MESSAGE_DIRECTIONS, { error: problem('field.direction') });
export type MessageDirection = z.infer<typeof MessageDirection>;
export const MESSAGE_CHANNELS = ['email', 'dm', 'comment', 'phone', 'other'] as const;
export const MessageChannel = z.enum(MESSAGE_CHANNELS, { error: problem('field.channel') });
export type MessageChannel = z.infer<typeof MessageChannel>;
