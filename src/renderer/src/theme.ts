import { Anchor, createTheme, type CSSVariablesResolver, darken, Drawer, lighten, luminance, type MantineColorsTuple, mergeThemeOverrides, Modal, Notification } from '@mantine/core';
import type { TFunction } from 'i18next';

/** WCAG AA for normal-size text. */
const AA = 4.5;
/** AA with a little room for rounding, for the colours computed here. */
const READABLE = 4.6;

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/** `color`, darkened (or lightened, on a dark background) in small steps until text in it reads on `background`. */
function readableOn(color: string, background: string): string {
  const shift = luminance(background) > 0.2 ? darken : lighten;
  let result = color;
  for (let amount = 0.05; contrast(result, background) < READABLE && amount < 1; amount += 0.05) result = shift(color, amount);
  return result;
}

const eachColor = (t: Parameters<CSSVariablesResolver>[0], variable: string, pick: (shades: MantineColorsTuple) => string) =>
  Object.fromEntries(Object.entries(t.colors).map(([name, shades]: [string, MantineColorsTuple]) => [`--mantine-color-${name}-${variable}`, pick(shades)]));

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 6 under white text (buttons) and as link colour reads at 4.3:1, below WCAG AA.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  // Chinese text in a Chinese font on every system (macOS, Windows, Linux), not a fallback's guess.
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  components: {
    // A link inside a sentence must not be told apart by its colour alone.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

/** The theme with the close buttons named for screen readers in the interface's language. */
export const themeIn = (t: TFunction<'common'>) =>
  mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('closeButton.close') } } }),
        Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('closeButton.close') } } }),
        Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('closeButton.dismiss') } } }),
      },
    }),
  );

const shadeOf = (t: Parameters<CSSVariablesResolver>[0], scheme: 'light' | 'dark') =>
  typeof t.primaryShade === 'object' ? t.primaryShade[scheme] : t.primaryShade;

/**
 * Filled badges, buttons and calendar entries carry white text: the colours it does not read on,
 * darkened until it does, with a hover darker still. The others keep Mantine's shades.
 */
function filled(t: Parameters<CSSVariablesResolver>[0], scheme: 'light' | 'dark'): Record<string, string> {
  const entries = Object.entries(t.colors).flatMap(([name, shades]: [string, MantineColorsTuple]) => {
    const shade = shades[shadeOf(t, scheme)];
    // Red 8 reads at 4.51:1 (overdue entries, red buttons): kept as Mantine ships it.
    if (contrast(shade, t.white) >= AA) return [];
    const readable = readableOn(shade, t.white);
    return [
      [`--mantine-color-${name}-filled`, readable],
      [`--mantine-color-${name}-filled-hover`, darken(readable, 0.1)],
    ];
  });
  return Object.fromEntries(entries);
}

/**
 * Mantine's defaults that fail WCAG AA contrast: dimmed text (gray 6 reads at 3.3:1 on white, dark 2
 * at 4.0:1 on the dark body), coloured text (red 6 reads at 3.8:1 on white), the text of light
 * badges, buttons and alerts in yellow, lime, green, teal and orange (shade 9 on shade 1) and white
 * on filled ones in the same colours (orange 8 reads at 3.6:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...eachColor(t, 'light-color', (shades) => readableOn(shades[9], shades[1])),
    ...eachColor(t, 'text', (shades) => readableOn(shades[6], t.white)),
    ...filled(t, 'light'),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    // Text on the dark body and on the raised surfaces (dark 6) alike.
    ...eachColor(t, 'text', (shades) => readableOn(shades[4], t.colors.dark[5])),
    ...filled(t, 'dark'),
  },
});
