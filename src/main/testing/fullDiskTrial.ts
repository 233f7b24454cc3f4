import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type MutatingProcedureName, procedures } from '../../shared/api';
import type { ApiResult } from '../../shared/result';
import type { createDispatcher } from '../api/dispatcher';
import { checkDatabaseFile } from '../db/backupFile';
import { backupDirOf } from '../db/backups';
import { readSecondFolder } from '../db/secondFolder';
import { openRuntime, type Runtime } from '../runtime';
import { checkReminders } from '../services/reminders/tick';
import { ReminderWorker } from '../workers/reminderWorker';
import { MIGRATIONS, testClock, type TestClock } from './context';
import { MUTATING, STORED_IN } from './mutating';
import { feedTokenOf } from '../db/feedToken';
import { fileSha256, materialsDirOf, storedNameOf } from '../db/materialFiles';
import { CLOSED_MAILBOX, nextMaterialFile, uncontracted, validInput } from './procedureInputs';
import { tableDigest } from './tableDigest';
import { Filler, freeBytes } from './tmpfs';

/*
 * Every change of the contract against a disk that is full, then gets a little room, then is full
 * again. Copy A works on the small disk; copy B, with room to spare and the same clock, replays
 * only the calls A acknowledged. After every call the rows of both files, each read through a
 * connection of its own, must be the same: an "ok" that was not stored, or a refusal that stored
 * something anyway, makes them differ.
 */

export interface FullDiskReport {
  calls: number;
  acknowledged: number;
  /** Acknowledged, and the rows (or the backup file) are there. */
  stored: number;
  /** Acknowledged but not stored: must be 0. */
  lost: number;
  refused: number;
  /** Refused but changed something anyway: must be 0. */
  storedAfterRefusal: number;
  /** Refusals by reason (or by code when the refusal had nothing to do with the disk). */
  refusals: Record<string, number>;
  /** Calls whose input could not be made because the calls preparing it were refused. */
  notReached: number;
  /** Per procedure, while the disk was filling: answered ok, and refused because it was full. */
  byProcedure: Record<string, { acknowledged: number; diskFull: number }>;
  /** The app's own reminder checks between the calls (outside the dispatcher): run, stored, failed. */
  ticks: { runs: number; stored: number; failed: number };
  /** After the filler is gone: calls, and how many were still refused for the disk's sake. */
  afterFreeing: { calls: number; acknowledged: number; diskRefusals: number };
  problems: string[];
}

export interface FullDiskOptions {
  /** Where the small disk is mounted (by the caller), and a folder with room to spare. */
  smallDisk: string;
  roomyDir: string;
  rounds: number;
  /** Each round starts with 1 to 16 times this much room. */
  stepBytes: number;
  /** Frees space the way a user would (the filler is removed first): the app must then work again. */
  makeRoom: () => void;
  onRound?: (round: number, free: number) => void;
}

type Result = ApiResult<unknown>;

class Copy {
  readonly clock: TestClock = testClock();
  readonly runtime: Runtime;
  /** The app's reminder worker, never started: the trial ticks it by hand between calls. */
  readonly reminders: ReminderWorker;
  private digestCache: string | null = null;

  constructor(readonly dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.runtime = openRuntime({ dataDir, migrationsFolder: MIGRATIONS, clock: this.clock });
    const { ctx } = this.runtime;
    this.reminders = new ReminderWorker({ tick: () => checkReminders(ctx), onResult: () => {} });
  }

  call(name: string, input: unknown, at: number): Result {
    const result = this.answer(name, input, at);
    if (result instanceof Promise) throw new Error(`${name} answered with a promise`);
    return result;
  }

  /** Any procedure, awaited: one that reads its input first (the mail import) answers later. */
  async callAwaited(name: string, input: unknown, at: number): Promise<Result> {
    return this.answer(name, input, at);
  }

  answer(name: string, input: unknown, at: number): Result | Promise<Result> {
    this.clock.set(new Date(at).toISOString());
    this.changed();
    return this.runtime.dispatch(name, input);
  }

  /** Forget the digest: something may have been written. */
  changed(): void {
    this.digestCache = null;
  }

  digest(): string {
    this.digestCache ??= tableDigest(this.runtime.dbFile);
    return this.digestCache;
  }
}

export async function fullDiskTrial(options: FullDiskOptions): Promise<FullDiskReport> {
  const report: FullDiskReport = {
    calls: 0,
    acknowledged: 0,
    stored: 0,
    lost: 0,
    refused: 0,
    storedAfterRefusal: 0,
    refusals: {},
    notReached: 0,
    byProcedure: Object.fromEntries(MUTATING.map((name) => [name, { acknowledged: 0, diskFull: 0 }])),
    ticks: { runs: 0, stored: 0, failed: 0 },
    afterFreeing: { calls: 0, acknowledged: 0, diskRefusals: 0 },
    problems: [],
  };
  const a = new Copy(join(options.smallDisk, 'data'));
  const b = new Copy(options.roomyDir);
  let instant = Date.parse('2026-03-02T09:00:00.000Z');
  let phase: 'filling' | 'freed' = 'filling';

  /** A's dispatcher as the inputs of procedureInputs.ts call it; changes are checked against B. */
  const dispatchA = (name: string, input: unknown): Result | Promise<Result> => {
    instant += 1000;
    const at = instant;
    const mutates = procedures[name as MutatingProcedureName]?.mutates;
    const answer = a.answer(name, input, at);
    // One that answers later (a mail sent) is awaited on both copies before anything else happens.
    if (answer instanceof Promise) {
      return answer.then(async (result) => {
        if (mutates) check(name as MutatingProcedureName, input, at, result, result.ok ? await b.callAwaited(name, input, at) : null);
        return result;
      });
    }
    if (mutates) check(name as MutatingProcedureName, input, at, answer, answer.ok ? b.call(name, input, at) : null);
    return answer;
  };

  /** For the trial's own setup, whose procedures all answer at once. */
  const dispatchNow = (name: string, input: unknown): Result => {
    const answer = dispatchA(name, input);
    if (answer instanceof Promise) throw new Error(`${name} answered with a promise`);
    return answer;
  };

  /** The same for the change under trial, awaited when it answers later. */
  const changeA = async (name: MutatingProcedureName, input: unknown): Promise<void> => {
    instant += 1000;
    const at = instant;
    const result = await a.callAwaited(name, input, at);
    check(name, input, at, result, result.ok ? await b.callAwaited(name, input, at) : null);
  };

  /** `replay`: B's answer to the same call, made only when A acknowledged it. */
  const check = (name: MutatingProcedureName, input: unknown, at: number, result: Result, replay: Result | null) => {
    report.calls += 1;
    if (phase === 'freed') report.afterFreeing.calls += 1;
    const mine = report.byProcedure[name]!;
    if (phase === 'filling' && result.ok) mine.acknowledged += 1;
    if (phase === 'filling' && !result.ok && result.error.reason === 'disk_full') mine.diskFull += 1;
    if (result.ok) {
      report.acknowledged += 1;
      if (phase === 'freed') report.afterFreeing.acknowledged += 1;
      if (replay && !replay.ok) report.problems.push(`${name} at ${iso(at)}: acknowledged on the full disk but refused with room to spare (${replay.error.message})`);
    } else {
      report.refused += 1;
      const key = result.error.reason ?? result.error.code;
      report.refusals[key] = (report.refusals[key] ?? 0) + 1;
      if (phase === 'freed' && result.error.reason) report.afterFreeing.diskRefusals += 1;
    }
    if (a.digest() !== b.digest()) {
      if (result.ok) {
        report.lost += 1;
        report.problems.push(`${name} at ${iso(at)}: answered ok, but the stored rows differ from a copy that stored it`);
      } else {
        report.storedAfterRefusal += 1;
        report.problems.push(`${name} at ${iso(at)}: refused (${result.error.message}), but the stored rows changed`);
      }
      return;
    }
    if (result.ok && STORED_IN[name] === 'a backup file') {
      const made = join(backupDirOf(a.runtime.dbFile), (result.data as { name: string }).name);
      const check = checkDatabaseFile(made, { integrity: true });
      if (!check.ok || tableDigest(made) !== a.digest()) {
        report.lost += 1;
        report.problems.push(`${name} at ${iso(at)}: answered ok, but the backup ${made} is not a whole copy (${check.ok ? 'other rows' : check.problem})`);
        return;
      }
    }
    if (result.ok && STORED_IN[name] === 'rows and a material file') {
      const added = result.data as { campaignId: number; name: string; sha256: string };
      const file = join(materialsDirOf(a.runtime.dbFile), storedNameOf(added.campaignId, added.sha256, added.name));
      if (fileSha256(file) !== added.sha256) {
        report.lost += 1;
        report.problems.push(`${name} at ${iso(at)}: answered ok, but ${file} does not hold the file`);
        return;
      }
    }
    if (result.ok && STORED_IN[name] === 'the folders file') {
      const asked = (input as { folder: string | null }).folder;
      if (readSecondFolder(dirname(a.runtime.dbFile)) !== asked) {
        report.lost += 1;
        report.problems.push(`${name} at ${iso(at)}: answered ok, but the second backup folder is not stored as ${String(asked)}`);
        return;
      }
    }
    if (result.ok && STORED_IN[name] === 'the feed file') {
      const answered = (result.data as { httpUrl: string }).httpUrl;
      if (!answered.endsWith(`/calendar/${feedTokenOf(dirname(a.runtime.dbFile))}.ics`)) {
        report.lost += 1;
        report.problems.push(`${name} at ${iso(at)}: answered ok with ${answered}, but another feed address is stored`);
        return;
      }
    }
    if (result.ok) report.stored += 1;
  };

  // A full disk has no room for a new backup, so the restores while it fills up use one made before.
  let earlyBackup = '';
  const inputFor = async (name: MutatingProcedureName): Promise<unknown> => {
    if (name === 'backup.restore' && phase === 'filling') return { name: earlyBackup };
    if (name === 'trash.restore' && phase === 'filling') return somethingInTheTrash();
    // A mail is only handed over with room to record what became of it: the outbox's are queued before the disk fills.
    if ((name === 'mail.outbox.cancel' || name === 'mail.outbox.retry') && phase === 'filling' && queuedMails.length > 0) return { id: queuedMails.shift() };
    if (name === 'campaigns.restore' && phase === 'filling') return somethingArchived();
    return validInput(name, dispatchA as ReturnType<typeof createDispatcher>);
  };

  /*
   * A restore needs something in the trash, which takes two writes a nearly full disk refuses
   * more often than not (and trash.empty clears it each round): when the trash is empty, room is
   * handed back until a campaign is made and trashed, then the disk is filled to the round's level again.
   */
  let roundRoom = 0;
  let extraCampaigns = 0;
  const somethingInTheTrash = async (): Promise<{ kind: string; id: number }> => {
    const listed = a.call('trash.list', {}, instant);
    const waiting = listed.ok ? (listed.data as { kind: string; id: number }[])[0] : undefined;
    if (waiting) return { kind: waiting.kind, id: waiting.id };
    extraCampaigns += 1;
    const made = await untilStored(filler!, () => dispatchNow('campaigns.create', { name: `To restore ${extraCampaigns}`, currency: 'EUR' }));
    const id = (made.data as { id: number }).id;
    await untilStored(filler!, () => dispatchNow('trash.add', { kind: 'campaign', id }));
    filler!.fill();
    filler!.shrink(roundRoom);
    return { kind: 'campaign', id };
  };

  /** An archived campaign to bring back, made as the trash's is when there is none. */
  const somethingArchived = async (): Promise<{ id: number }> => {
    const listed = a.call('campaigns.list', { archived: true }, instant);
    const waiting = listed.ok ? (listed.data as { id: number }[])[0] : undefined;
    if (waiting) return { id: waiting.id };
    extraCampaigns += 1;
    const made = await untilStored(filler!, () => dispatchNow('campaigns.create', { name: `To bring back ${extraCampaigns}`, currency: 'EUR' }));
    const id = (made.data as { id: number }).id;
    await untilStored(filler!, () => dispatchNow('campaigns.archive', { id }));
    filler!.fill();
    filler!.shrink(roundRoom);
    return { id };
  };

  /** The reminder check, as the app's worker runs it every minute: not through the dispatcher. */
  const tick = () => {
    instant += 1000;
    a.clock.set(iso(instant));
    report.ticks.runs += 1;
    const result = a.reminders.tickNow();
    a.changed();
    if (result === null) report.ticks.failed += 1;
    else {
      b.clock.set(iso(instant));
      b.changed();
      if (b.reminders.tickNow() === null) report.problems.push(`reminder check at ${iso(instant)}: stored on the full disk but failed with room to spare`);
    }
    if (a.digest() !== b.digest()) {
      report.problems.push(`reminder check at ${iso(instant)}: ${result === null ? 'failed, but the stored rows changed' : 'stored, but the rows differ from a copy that stored it'}`);
    } else if (result !== null) report.ticks.stored += 1;
  };

  const callEach = async (order: MutatingProcedureName[]) => {
    for (const [index, name] of order.entries()) {
      if (report.problems.length > 0) return;
      if (index % 8 === 0) tick();
      let input: unknown;
      try {
        input = await inputFor(name);
      } catch {
        report.notReached += 1;
        continue;
      }
      if (report.problems.length > 0) return;
      await changeA(name, input);
    }
  };

  /** Hands room back until the call is stored. */
  const untilStored = async (filler: Filler, call: () => Result | Promise<Result>): Promise<Extract<Result, { ok: true }>> => {
    for (;;) {
      const result = await call();
      if (report.problems.length > 0) throw new Error(report.problems.join('\n'));
      if (result.ok) return result;
      if (result.error.reason !== 'disk_full' || filler.bytes === 0) throw new Error(`Refused with room to spare: ${result.error.message}`);
      filler.shrink(64 * 1024);
    }
  };

  const queuedMails: number[] = [];
  let filler: Filler | null = null;
  try {
    // The sample data, a first backup and a dispute meet the full disk too: room is handed back until they fit.
    filler = new Filler(join(options.smallDisk, 'filler'), options.smallDisk);
    filler.fill();
    await untilStored(filler, () => dispatchNow('sample.load', {}));
    // Mail waiting in the outbox (its server is not there), for each round to cancel one or try one again;
    // queued first, while the disk still has room for what a mail needs recorded.
    await untilStored(filler, () => dispatchNow('mail.settings.save', CLOSED_MAILBOX));
    for (let n = 0; n < 6; n++) {
      const queued = await untilStored(filler, () => dispatchA('mail.send', { collaborationId: 1, body: `Hi Mia, a quick check-in (${n + 1}): how is the video going?` }));
      queuedMails.push((queued.data as { id: number }).id);
    }
    earlyBackup = ((await untilStored(filler, () => dispatchNow('backup.create', {}))).data as { name: string }).name;
    // A dispute to update, opened before the disk fills: updates leave it open, so each round can try one.
    await untilStored(filler, () => dispatchNow('disputes.open', { collaborationId: 6, issue: 'Usage rights' }));
    // A shipment to update, and two own dates, so each round can move one and drop one.
    await untilStored(filler, () => dispatchNow('shipments.add', { collaborationId: 2, carrier: 'ups', trackingNumber: '1Z999AA10123456784' }));
    for (const dueDate of ['2026-04-01', '2026-04-02']) {
      await untilStored(filler, () => dispatchNow('deadlines.add', { collaborationId: uncontracted(dispatchA as ReturnType<typeof createDispatcher>), kind: 'other', name: 'Unboxing story', dueDate }));
    }
    // Files in the first campaign's kit, so a round can remove one even when adding one does not fit.
    for (let n = 0; n < 4; n++) await untilStored(filler, () => dispatchNow('materials.add', nextMaterialFile()));
    for (let round = 0; round < options.rounds && report.problems.length === 0; round++) {
      // Each round starts from a full disk with a different amount of room (1 to 16 steps), and a
      // different procedure goes first: so each meets the full disk at different points of its work.
      // The write-ahead log only shrinks at a checkpoint, which SQLite makes by itself only once the
      // log holds 1000 pages (4 MB, more than this disk): without one between rounds the log alone
      // filled the disk halfway through, and every later round met a disk with no room at all.
      filler.shrink(filler.bytes);
      a.runtime.ctx.db.$client.pragma('wal_checkpoint(TRUNCATE)');
      filler.fill();
      roundRoom = options.stepBytes * (1 + (round % 16));
      filler.shrink(roundRoom);
      options.onRound?.(round, freeBytes(options.smallDisk));
      const shift = (round * 7) % MUTATING.length;
      await callEach([...MUTATING.slice(shift), ...MUTATING.slice(0, shift)]);
    }
    filler.close();
    rmSync(filler.path);
    filler = null;
    options.makeRoom();
    phase = 'freed';
    await callEach(MUTATING);
  } finally {
    filler?.close();
    a.runtime.close();
    b.runtime.close();
  }
  return report;
}

const iso = (at: number) => new Date(at).toISOString();

