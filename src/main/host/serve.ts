import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdsInWords } from '../../shared/backup/words';
import { clockFromEnv } from '../clock';
import { findMigrationsFolder } from '../db/client';
import { DatabaseUnreadableError } from '../db/damage';
import { portFromEnv } from '../envPort';
import { openRuntime } from '../runtime';
import { secretsFromEnvironment } from '../secrets/environment';
import { DEFAULT_FEED_PORT } from '../services/calendarFeed';
import { startWorkers } from '../workers/startWorkers';
import { PushHub } from './push';
import { startHost } from './server';

/** `npm run serve`: the browser host, configured from FOLLOWTHROUGH_* environment variables. */
async function main() {
  const env = process.env;
  const here = dirname(fileURLToPath(import.meta.url));
  const dataDir = resolve(env.FOLLOWTHROUGH_DATA_DIR || join(homedir(), '.followthrough'));
  const clock = clockFromEnv(env);
  const token = env.FOLLOWTHROUGH_TOKEN || randomBytes(24).toString('base64url');
  const port = portFromEnv('FOLLOWTHROUGH_PORT', env.FOLLOWTHROUGH_PORT);
  const feedPort = portFromEnv('FOLLOWTHROUGH_FEED_PORT', env.FOLLOWTHROUGH_FEED_PORT) ?? DEFAULT_FEED_PORT;
  const push = new PushHub();

  const runtime = openRuntime({
    dataDir,
    clock,
    migrationsFolder: findMigrationsFolder([join(here, 'migrations'), join(here, '../../src/main/db/migrations')]),
    // The mailbox password lives in memory here (or comes from FOLLOWTHROUGH_MAIL_PASSWORD), never on disk.
    secrets: secretsFromEnvironment(env),
    onChange: (procedure, origin) => push.broadcast({ type: 'changed', procedure, ...(origin ? { origin } : {}) }),
    onReminders: ({ fired, closed, pops }) => push.broadcast({ type: 'reminders', fired, closed, pops }),
    // A damaged database is replaced by its latest good backup only when asked to (and only when
    // there is one: the runtime does not ask otherwise). Unreadable data is never asked about.
    onDamage: (damage) => {
      const good = damage.latestGood!;
      const holds = holdsInWords(good.holds);
      if (env.FOLLOWTHROUGH_RESTORE === 'latest') {
        console.log(`Restoring ${good.name} (${holds}); the damaged database is kept beside the backups.`);
        return true;
      }
      console.error(`${damage.file} is damaged (${damage.problem}).`);
      console.error(`Start again with FOLLOWTHROUGH_RESTORE=latest to continue from the backup of ${good.createdAt} (${holds}).`);
      return false;
    },
  });
  const host = await listen(port ?? 5199, port !== undefined, (p) =>
    startHost({ dispatch: runtime.dispatch, token, staticDir: join(here, '../renderer'), push, port: p }),
  );
  console.log(`Followthrough is running at ${host.url}`);
  console.log(`Data: ${runtime.dbFile}`);
  // A calendar app's link back to a card opens it in the pages that are open.
  const workers = startWorkers(runtime, { feed: { port: feedPort, openCard: (id) => push.broadcast({ type: 'open', collaborationId: id }) } });

  const stop = async () => {
    await host.close();
    workers.stop();
    runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** The default port may be taken (a second copy running); then any free port will do. */
async function listen<T>(port: number, explicit: boolean, start: (port: number) => Promise<T>): Promise<T> {
  try {
    return await start(port);
  } catch (error) {
    if (!explicit && (error as NodeJS.ErrnoException).code === 'EADDRINUSE') return start(0);
    throw error;
  }
}

main().catch((error: unknown) => {
  // Unreadable data is said as it is: the words "could not start" would read as damage.
  if (error instanceof DatabaseUnreadableError) console.error(error.message);
  else console.error(`Followthrough could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
