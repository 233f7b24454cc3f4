import type { CSSProperties } from 'react';
import type { DeadlineStatus } from '../../../../shared/contract/schemas';
import { isUrgent, STATUS_COLORS } from '../deadlineStatus';

/** The colours of an entry as CSS variables, from the one status palette; the theme adapts them to dark mode. */
export function entryColors(status: DeadlineStatus): CSSProperties {
  const c = STATUS_COLORS[status];
  const vars = isUrgent(status)
    ? { '--entry-bg': `var(--mantine-color-${c}-filled)`, '--entry-fg': 'var(--mantine-color-white)', '--entry-edge': `var(--mantine-color-${c}-9)` }
    : { '--entry-bg': `var(--mantine-color-${c}-light)`, '--entry-fg': `var(--mantine-color-${c}-light-color)`, '--entry-edge': `var(--mantine-color-${c}-filled)` };
  return vars as CSSProperties;
}
