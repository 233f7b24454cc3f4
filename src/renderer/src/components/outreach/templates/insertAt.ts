/** Puts `insert` in place of the selection [start, end) and says where the cursor goes after it. */
export function insertAt(value: string, start: number, end: number, insert: string): { value: string; cursor: number } {
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  return { value: value.slice(0, from) + insert + value.slice(to), cursor: from + insert.length };
}
