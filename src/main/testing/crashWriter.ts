/*
 * The child of the crash test: writes through the services as fast as it can and reports each
 * write on stdout only after it returned (committed), until the parent kills it with SIGKILL.
 * Usage: node --import tsx crashWriter.ts <dataDir> <migrationsFolder>
 */
import { writeSync } from 'node:fs';
import { systemClock } from '../clock';
import { openRuntime } from '../runtime';

const [dataDir, migrationsFolder] = process.argv.slice(2) as [string, string];
const runtime = openRuntime({ dataDir, migrationsFolder, clock: systemClock });
const report = (line: string) => writeSync(1, `${line}\n`);

function ok<T>(name: Parameters<typeof runtime.dispatch>[0], input: unknown): T {
  const result = runtime.dispatch(name, input);
  if (result instanceof Promise || !result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.data as T;
}

report('ready');
for (let i = 0; ; i++) {
  const creator = ok<{ id: number }>('influencers.create', { name: `Crash ${process.pid}-${i}` });
  report(`creator ${creator.id}`);
  const collab = ok<{ id: number }>('collaborations.create', { creatorId: creator.id, feeMinor: 1000 * i });
  report(`collaboration ${collab.id}`);
  for (let n = 0; n < 3; n++) {
    const event = ok<{ id: number }>('events.log', { collaborationId: collab.id, type: 'note', text: `Note ${n} of ${i}` });
    report(`event ${event.id}`);
  }
  ok('collaborations.move', { id: collab.id, to: 'outreach' });
  report(`moved ${collab.id}`);
}
