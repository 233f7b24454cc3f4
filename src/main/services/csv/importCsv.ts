import type { z } from 'zod';
import { IMPORT_FIELDS } from '../../../shared/csv/fields';
import type { CsvImportInput, ImportPreview, ImportResult, RowError } from '../../../shared/csv/schemas';
import type { Ctx } from '../context';
import { nowIso } from '../context';
import { getCampaign } from '../campaigns';
import { AppError } from '../errors';
import { getSettings } from '../settings';
import { planCreators, writeCreators } from './importCreators';
import { planMetrics, writeMetrics } from './importMetrics';
import { planOrders, writeOrders } from './importOrders';
import { type ReadCsv, readCsv } from './readCsv';
import { type DateOrder, guessDateOrder, looksLikeDay, readDay } from '../../../shared/csv/dateOrder';
import { csvText } from './source';
import { problem } from '../../../shared/i18n/problems';
import { carried } from '../../../shared/i18n/wording';

const SHOWN_ERRORS = 1000;

function plan(ctx: Ctx, input: z.output<typeof CsvImportInput>) {
  if (input.campaignId !== undefined) getCampaign(ctx, input.campaignId);
  const file = csvText(input);
  const read = readCsv(input.kind, file.text, input.mapping, { encoding: file.encoding, numberFormat: input.numberFormat });
  const dateOrder = input.dateOrder ?? guessDateOrder(read.rows.flatMap((r) => [r.values.capturedAt ?? '', r.values.publishedAt ?? '', r.values.shippedAt ?? ''])) ?? 'yyyy-mm-dd';
  const how = { encoding: file.encoding, numberFormat: read.numberFormat, dateOrder };
  if (input.kind === 'creators') {
    const p = planCreators(ctx, read);
    return { read, how, errors: p.errors, sample: p.sample, newPosts: 0, count: p.creators.length, write: () => writeCreators(ctx, p) };
  }
  if (input.kind === 'orders') {
    const p = planOrders(ctx, read, getSettings(ctx).timeZone, dateOrder);
    return { read, how, errors: p.errors, sample: p.sample, newPosts: 0, skipped: p.skipped, count: p.orders.length, write: () => writeOrders(ctx, p) };
  }
  const p = planMetrics(ctx, read, input.campaignId, getSettings(ctx).timeZone, dateOrder);
  return { read, how, errors: p.errors, sample: p.sample, newPosts: p.newPosts, count: p.readings.length, write: () => writeMetrics(ctx, p, nowIso(ctx)) };
}

/** What an import would do, and every problem in the file, without writing anything. */
export function previewImport(ctx: Ctx, input: z.output<typeof CsvImportInput>): ImportPreview {
  const p = plan(ctx, input);
  const errors = sortErrors(p.errors);
  return {
    kind: input.kind,
    columns: p.read.columns,
    fields: IMPORT_FIELDS[input.kind].map(({ field, label, required }) => ({ field, label, required })),
    mapping: p.read.mapping,
    rows: p.read.rows.length,
    sample: p.sample,
    errors: errors.slice(0, SHOWN_ERRORS),
    errorCount: errors.length,
    newPosts: p.newPosts,
    ...('skipped' in p ? { skipped: p.skipped } : {}),
    ...p.how,
    dates: firstDates(p.read, p.how.dateOrder),
  };
}

/** All rows or none: one problem anywhere and nothing is imported, with every problem listed. */
export function runImport(ctx: Ctx, input: z.output<typeof CsvImportInput>): ImportResult {
  const p = plan(ctx, input);
  if (p.read.rows.length === 0) throw new AppError('BAD_INPUT', problem('service.noRows'));
  const errors = sortErrors(p.errors);
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new AppError(
      'BAD_INPUT',
      problem('service.importRefused', { count: errors.length, line: first.line, at: first.column ? 'cell' : 'row', column: first.column ?? '', ...carried('because', first) }),
      errors.slice(0, SHOWN_ERRORS).map((e) => ({ path: ['line', e.line, ...(e.column === null ? [] : [e.column])], message: e.message, ...(e.key ? { key: e.key, params: e.params } : {}) })),
    );
  }
  ctx.db.transaction(() => p.write());
  return { kind: input.kind, imported: p.count, newPosts: p.newPosts, ...('skipped' in p ? { skipped: p.skipped } : {}) };
}

/** The first few dates as they will be read, so a wrong order shows before anything is imported. */
function firstDates(read: ReadCsv, order: DateOrder): ImportPreview['dates'] {
  return read.rows
    .filter((r) => looksLikeDay((r.values.capturedAt ?? '').trim()))
    .slice(0, 5)
    .map((r) => {
      const value = (r.values.capturedAt ?? '').trim();
      return { line: r.line, value, date: readDay(value, order) ?? readDay(value, 'yyyy-mm-dd') };
    });
}

const sortErrors = (errors: RowError[]) => [...errors].sort((a, b) => a.line - b.line);
