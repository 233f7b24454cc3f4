/*
 * The child of the killed-backup test: makes backups of a database, one after another, until the
 * parent kills it with SIGKILL in the middle of one.
 * Usage: node --import tsx backupWriter.ts <dbFile>
 */
import { writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createBackup } from '../db/backups';

const [dbFile] = process.argv.slice(2) as [string];
const sqlite = new Database(dbFile);
writeSync(1, 'ready\n');
for (let i = 0; ; i++) createBackup(sqlite, dbFile, new Date(Date.UTC(2026, 0, 1) + i * 1000), 'manual');
