/*
 * `BENCH_SCALE` shrinks every benchmark (e.g. 0.01 for a quick check that they all still run);
 * the figures the README quotes are taken at 1. Runs never drop below 3, so medians stay medians.
 */
const raw = process.env.BENCH_SCALE ?? '1';
const scale = Number(raw);
if (!Number.isFinite(scale) || scale <= 0 || scale > 1) {
  throw new Error(`BENCH_SCALE must be a number above 0 and at most 1, not "${raw}".`);
}

export const BENCH_SCALE = scale;

/** A size at this scale, at least 1. */
export const scaled = (n: number): number => Math.max(1, Math.round(n * scale));

/** A number of timed runs at this scale, at least 3. */
export const scaledRuns = (n: number): number => Math.max(3, Math.round(n * scale));
