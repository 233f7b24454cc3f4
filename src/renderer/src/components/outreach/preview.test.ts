import { describe, expect, it } from 'vitest';
import { draftSegments, gapsIn } from './preview';

describe('preview of an edited message', () => {
  it('marks the placeholders left in the text and names each gap once', () => {
    const subject = draftSegments('About {product}');
    const body = draftSegments('Hi Mia, about {product} and {latest_post_topic}: {discount_code}');
    expect(body).toEqual([
      { text: 'Hi Mia, about ' },
      { variable: 'product', value: null },
      { text: ' and ' },
      { variable: 'latest_post_topic', value: null },
      { text: ': ' },
      { unknown: 'discount_code' },
    ]);
    expect(gapsIn(subject, body)).toEqual(['product', 'latest_post_topic', 'discount_code']);
  });

  it('finds no gaps in filled text', () => {
    expect(gapsIn([{ text: 'Hi ' }, { variable: 'creator_name', value: 'Mia' }])).toEqual([]);
  });
});
