import { afterEach, describe, expect, it } from 'vitest';
import { Settings } from '../../shared/schemas';
import { testContext } from '../testing/context';
import { getSettings } from './settings';
import { updateSettings } from './settingsUpdate';

let ctx: ReturnType<typeof testContext>;
afterEach(() => ctx.cleanup());

describe('settings', () => {
  it('a field sent as undefined keeps its value', () => {
    ctx = testContext();
    updateSettings(ctx, { brandName: 'Lumen', notify: { quietHours: null } });
    const next = updateSettings(ctx, { brandName: undefined, senderName: 'Ana', notify: { quietHours: undefined } });
    expect(Settings.parse(next)).toMatchObject({ brandName: 'Lumen', senderName: 'Ana', notify: { quietHours: null } });
    expect(getSettings(ctx)).toEqual(next);
  });
});
