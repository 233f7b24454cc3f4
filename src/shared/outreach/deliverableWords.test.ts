import { describe, expect, it } from 'vitest';
import { presetTerms } from '../contract/presets';
import { PRESETS } from '../contract/terms';
import { deliverableWords } from './deliverableWords';

describe('naming a milestone in a message', () => {
  it.each([
    ['First draft', 'en', 'the first draft'],
    ['First draft', 'zh', '初稿'],
    ['First draft', 'nl', 'de eerste versie'],
    ['Final video published', 'nl', 'de definitieve video'],
    ['Script', 'zh', '脚本'],
    ['Unboxing Story', 'en', 'unboxing story'],
    ['Unboxing Story', 'nl', 'Unboxing Story'],
    ['开箱视频', 'zh', '开箱视频'],
  ] as const)('%s in %s → %s', (name, language, words) => {
    expect(deliverableWords(name, language)).toBe(words);
  });

  it('knows every milestone the presets name', () => {
    const names = PRESETS.flatMap((p) =>
      presetTerms(p, { brandName: 'B', senderName: 'S', creatorName: 'C', creatorHandle: '', creatorEmail: '', platforms: [], feeMinor: 0, currency: 'EUR', product: '', productValueMinor: null, creatorRegion: null }).milestones.map((m) => m.name),
    );
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(deliverableWords(name, 'zh')).not.toBe(name);
  });
});
