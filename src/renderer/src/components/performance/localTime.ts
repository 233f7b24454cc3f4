/*
 * The form fields for moments are `datetime-local` inputs: their value is a wall-clock time in
 * this computer's time zone ("2026-03-25T11:00"), which the API takes as an ISO moment.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a `datetime-local` value, to the minute. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A `datetime-local` value as an ISO moment; null when empty. Anything that is no date is
 * returned as typed, so the schema names the field rather than this throwing.
 */
export function fromLocalInput(local: string): string | null {
  if (local.trim() === '') return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}
