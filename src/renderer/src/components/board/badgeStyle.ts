import type { MantineColor } from '@mantine/core';
import type { CSSProperties } from 'react';

export type BadgeVariant = 'light' | 'filled' | 'outline' | 'default';

/** A badge's colours as Mantine's Badge takes them from the theme, for the board's plain badges. */
export function badgeStyle(variant: BadgeVariant, color: MantineColor): CSSProperties {
  switch (variant) {
    case 'filled':
      return { background: `var(--mantine-color-${color}-filled)`, color: 'var(--mantine-color-white)' };
    case 'outline':
      return { borderColor: `var(--mantine-color-${color}-outline)`, color: `var(--mantine-color-${color}-outline)` };
    case 'default':
      return { background: 'var(--mantine-color-default)', borderColor: 'var(--mantine-color-default-border)', color: 'var(--mantine-color-default-color)' };
    case 'light':
      return { background: `var(--mantine-color-${color}-light)`, color: `var(--mantine-color-${color}-light-color)` };
  }
}

/** A text colour as Mantine's Text `c` resolves it. */
export const textColor = (color: MantineColor | undefined): string | undefined =>
  color === undefined ? undefined : color === 'dimmed' ? 'var(--mantine-color-dimmed)' : `var(--mantine-color-${color}-text)`;
