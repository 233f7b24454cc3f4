import { DEFAULT_THEME, luminance, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from './theme';

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

const resolved = cssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme));

describe('filled colours', () => {
  it.each(['light', 'dark'] as const)('carry white text at WCAG AA in the %s scheme', (scheme) => {
    const filled = Object.entries(resolved[scheme]).filter(([name]) => /^--mantine-color-\w+-filled(-hover)?$/.test(name));
    // Orange, yellow, lime, green, teal and cyan fall short at shade 8 as Mantine ships them.
    expect(filled.map(([name]) => name)).toEqual(expect.arrayContaining(['--mantine-color-orange-filled', '--mantine-color-orange-filled-hover']));
    for (const [name, colour] of filled) expect(contrast(colour, '#ffffff'), name).toBeGreaterThanOrEqual(4.5);
  });

  it('leave the colours that already read alone', () => {
    expect(resolved.light['--mantine-color-indigo-filled']).toBeUndefined();
    expect(resolved.dark['--mantine-color-blue-filled']).toBeUndefined();
    // At 4.51:1, just above AA.
    expect(resolved.light['--mantine-color-red-filled']).toBeUndefined();
  });
});
