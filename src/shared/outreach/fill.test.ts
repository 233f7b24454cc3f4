import { describe, expect, it } from 'vitest';
import { fillSegments, missingVariables, segmentsToText, unfilledVariables, unknownVariables } from './fill';
import { LogSentInput } from './schemas';
import { spelled } from '../i18n/spelled';

describe('filling a template', () => {
  it('fills every variable it knows and keeps the rest of the text as it is', () => {
    const segments = fillSegments('Hi {creator_name}, {product} is due {due_date}.', { creator_name: 'Mia', product: 'Glow serum', due_date: '22 Mar 2026' });
    expect(segmentsToText(segments)).toBe('Hi Mia, Glow serum is due 22 Mar 2026.');
    expect(missingVariables(segments)).toEqual([]);
  });

  it('keeps a missing value visible as its placeholder, never blank, and says which are missing', () => {
    const segments = fillSegments('Loved your post about {latest_post_topic}! {latest_post_topic}', {});
    expect(segmentsToText(segments)).toBe('Loved your post about {latest_post_topic}! {latest_post_topic}');
    expect(missingVariables(segments)).toEqual(['latest_post_topic']);
    expect(segments[1]).toEqual({ variable: 'latest_post_topic', value: null });
  });

  it('treats template text and values as data: nothing is evaluated or re-filled', () => {
    const segments = fillSegments('{creator_name} ${process.exit()} {{brand_name}}', { creator_name: '{brand_name}<script>', brand_name: 'Lumen' });
    expect(segmentsToText(segments)).toBe('{brand_name}<script> ${process.exit()} {Lumen}');
  });

  it('lists placeholders that are not variables, once each', () => {
    expect(unknownVariables('Hi {creator_name}, {discount_code} {discount_code} {Fee}')).toEqual(['discount_code', 'Fee']);
    expect(unknownVariables('Hi {creator_name}')).toEqual([]);
  });
});

describe('a message logged as sent', () => {
  it('is refused while a variable is still a placeholder, naming each one at its field', () => {
    const parsed = LogSentInput.safeParse({ collaborationId: 1, channel: 'email', subject: 'About {campaign_name}', body: 'Hi Mia, {brand_name} here. {sender_name}' });
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues.map((i) => [i.path.join('.'), spelled(i.message).message]);
    expect(issues).toEqual([
      ['subject', 'Fill in {campaign_name} first: the record keeps the message exactly as it was sent.'],
      ['body', 'Fill in {brand_name}, {sender_name} first: the record keeps the message exactly as it was sent.'],
    ]);
  });

  it('may hold braces that are not variables, and is accepted once filled in', () => {
    expect(unfilledVariables('Use the code {SPRING} and {unknown}')).toEqual([]);
    expect(LogSentInput.safeParse({ collaborationId: 1, channel: 'dm', body: 'Hi Mia, Lumen here: the code is {SPRING}.' }).success).toBe(true);
  });
});
