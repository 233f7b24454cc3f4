const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** "1 row", "1,204 rows": exact counts, since a row count is checked against the file. */
export const plural = (n: number, word: string) => `${whole.format(n)} ${n === 1 ? word : `${word}s`}`;
