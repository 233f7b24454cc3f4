import type { ProcedureInput, ProcedureName, ProcedureOutput, PushEvent } from '../../shared/api';
import { ORIGIN_HEADER } from '../../shared/ipc';
import type { ApiError, ApiResult, ErrorCode, ErrorReason, FieldIssue } from '../../shared/result';

/** A failed call, carrying the API's error code, field issues for forms to show, and why the disk refused it. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  /** Set when the disk, not the input, is the cause (full, read-only, busy, failing). */
  readonly reason: ErrorReason | undefined;
  /** A coded refusal's catalog key and values, for the page to say it in its language. */
  readonly key: string | undefined;
  readonly params: Record<string, string | number> | undefined;
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.issues = error.issues ?? [];
    this.reason = error.reason;
    this.key = error.key;
    this.params = error.params;
  }
}

const TOKEN_KEY = 'followthrough.token';

/** The browser host hands the token over in the URL once; keep it for this tab and tidy the URL. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const token = window.followthrough ? '' : takeToken();
// This page's id: its calls carry it, and the change notices it caused itself are skipped.
const origin = crypto.randomUUID();

async function overHttp(name: string, input: unknown): Promise<ApiResult<unknown>> {
  try {
    const res = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, [ORIGIN_HEADER]: origin },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Followthrough is not reachable. Is it still running?' } };
  }
}

/** Calls a procedure through Electron IPC when present, else the browser host. Throws ApiCallError. */
export async function call<K extends ProcedureName>(name: K, input: ProcedureInput<K>): Promise<ProcedureOutput<K>> {
  const result = window.followthrough ? await window.followthrough.call(name, input) : await overHttp(name, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data as ProcedureOutput<K>;
}

let source: EventSource | null = null;

/** Listens for pushes from the app: data changed elsewhere, reminders, "open this card". */
export function onPush<T extends PushEvent['type']>(type: T, callback: (event: Extract<PushEvent, { type: T }>) => void): () => void {
  if (window.followthrough) return window.followthrough.on(type, (message) => callback(message as Extract<PushEvent, { type: T }>));
  // One stream per page, shared by every listener.
  source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  // A push named like the stream's own `open`/`error` events also hears those, which carry no data.
  const listener = (e: Event) => {
    if (!(e instanceof MessageEvent) || typeof e.data !== 'string') return;
    const message = JSON.parse(e.data) as Extract<PushEvent, { type: T }>;
    if (!('origin' in message) || message.origin !== origin) callback(message);
  };
  source.addEventListener(type, listener);
  return () => source?.removeEventListener(type, listener);
}

export const hasToken = () => Boolean(window.followthrough) || token !== '';
