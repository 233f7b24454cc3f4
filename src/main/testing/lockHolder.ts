/*
 * Holds a data folder's lock until killed, as another copy of the app would.
 * Usage: node --import tsx lockHolder.ts <dataDir>
 */
import { writeSync } from 'node:fs';
import { lockDataFolder } from '../db/folderLock';

lockDataFolder(process.argv[2]!);
writeSync(1, 'locked\n');
setInterval(() => {}, 60_000);
