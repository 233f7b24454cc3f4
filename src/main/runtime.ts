import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ProcedureName } from '../shared/api';
import { createDispatcher, type Dispatch } from './api/dispatcher';
import type { Clock } from './clock';
import { openDatabase } from './db/client';
import type { Ctx } from './services/context';

export interface RuntimeOptions {
  dataDir: string;
  migrationsFolder: string;
  clock: Clock;
  onChange?: (procedure: ProcedureName) => void;
}

export interface Runtime {
  ctx: Ctx;
  dispatch: Dispatch;
  dbFile: string;
  close(): void;
}

/** Opens the data folder and wires the dispatcher: shared by the Electron app and the browser host. */
export function openRuntime(options: RuntimeOptions): Runtime {
  mkdirSync(options.dataDir, { recursive: true });
  const dbFile = join(options.dataDir, 'followthrough.db');
  const db = openDatabase(dbFile, { migrationsFolder: options.migrationsFolder, now: () => options.clock.now() });
  const ctx: Ctx = { db, clock: options.clock };
  return {
    ctx,
    dbFile,
    dispatch: createDispatcher(ctx, { onChange: options.onChange }),
    close: () => db.$client.close(),
  };
}
