import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './localTime';

// The tests run in Europe/Amsterdam (vitest.config.ts): an hour ahead of UTC in winter, two in summer.
describe('datetime-local values', () => {
  it('shows a moment as the wall-clock time here, to the minute', () => {
    expect(toLocalInput(new Date('2026-03-25T10:00:42Z'))).toBe('2026-03-25T11:00');
    expect(toLocalInput(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02T00:30');
  });

  it('reads a typed wall-clock time back as the same moment', () => {
    expect(fromLocalInput('2026-03-25T11:00')).toBe('2026-03-25T10:00:00.000Z');
    expect(fromLocalInput(toLocalInput(new Date('2026-07-01T22:30:00Z')))).toBe('2026-07-01T22:30:00.000Z');
  });

  it('empty is no moment; nonsense is left for the schema to name', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('  ')).toBeNull();
    expect(fromLocalInput('yesterday')).toBe('yesterday');
  });
});
