/**
 * The one row a write `… RETURNING` gave back, read with `.all()`. Never `.get()`: outside a
 * transaction the statement commits when better-sqlite3 resets it after the first row, and `.get()`
 * drops that commit's error (disk full, I/O error), answering with a row that was never stored.
 * The lint rules refuse reading a RETURNING write with the single-row getter.
 */
export function returnedRow<T>(rows: T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error('The write gave back no row.');
  return row;
}
