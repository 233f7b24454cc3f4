import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/**
 * A fingerprint of every row of every table (row order aside), read through a connection of its
 * own: what another program opening the file would find, whatever the writer's connection thinks.
 */
export function tableDigest(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND (name NOT LIKE 'sqlite_%' OR name = 'sqlite_sequence') ORDER BY name`)
      .all();
    const hash = createHash('sha256');
    for (const { name } of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${name}"`)
        .raw()
        .all()
        .map((row) => JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)))
        .sort();
      hash.update(`${name}\n${rows.join('\n')}\n`);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}
