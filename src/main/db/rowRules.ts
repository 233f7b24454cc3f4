import { EventBody } from '../../shared/events/schemas';
import { problem } from '../../shared/i18n/problems';

/*
 * Rules a row must keep that no single column can check on its own, run once each column of the
 * row holds a value it may hold. Keyed by table (SQL name); a problem names the column it is in.
 */

export interface RuleProblem {
  /** The column, with the path inside its JSON (`data.text`). */
  column: string;
  message: string;
}

type RowRule = (row: Record<string, unknown>) => RuleProblem | null;

const jsonValue = (raw: unknown): unknown => (typeof raw === 'string' ? JSON.parse(raw) : raw);
const pathOf = (path: PropertyKey[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');

export const ROW_RULES: ReadonlyMap<string, RowRule> = new Map<string, RowRule>([
  [
    'events',
    (row) => {
      if ((row.external_source === null) !== (row.external_id === null)) {
        return { column: row.external_id === null ? 'external_id' : 'external_source', message: problem('service.externalPair') };
      }
      // What the data must hold is what the event's type holds, as the app writes it.
      const parsed = EventBody.safeParse({ type: row.type, data: jsonValue(row.data) });
      if (parsed.success) return null;
      const issue = parsed.error.issues[0]!;
      return { column: `data${pathOf(issue.path.slice(1))}`, message: issue.message };
    },
  ],
]);
