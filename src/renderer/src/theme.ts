import { createTheme, type CSSVariablesResolver, darken, Drawer, luminance, type MantineColorsTuple, Modal, Notification } from '@mantine/core';

/** WCAG AA for normal-size text, with a little room for rounding. */
const READABLE = 4.6;

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/** `color`, darkened in small steps until text in it reads on `background`. */
function readableOn(color: string, background: string): string {
  let result = color;
  for (let amount = 0.05; contrast(result, background) < READABLE && amount < 1; amount += 0.05) result = darken(color, amount);
  return result;
}

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 6 under white text (buttons) and as link colour reads at 4.3:1, below WCAG AA.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", sans-serif',
  components: {
    // Screen readers need a name for the close buttons.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } }),
  },
});

/**
 * Mantine's defaults that fail WCAG AA contrast: dimmed text (gray 6 reads at 3.3:1 on white) and
 * the text of light badges, buttons and alerts in yellow, lime, green, teal and orange (shade 9 on
 * shade 1).
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.entries(t.colors).map(([name, shades]: [string, MantineColorsTuple]) => [`--mantine-color-${name}-light-color`, readableOn(shades[9], shades[1])]),
    ),
  },
  dark: {},
});
