/**
 * How long the page's main thread was busy in a Chromium trace: the sum of its top-level tasks
 * (`RunTask`, in the category `disabled-by-default-devtools.timeline`). Script, style, layout and
 * paint all run inside those tasks, so this is the work a frame has to fit, without the time the
 * test driver spends between events.
 */
interface TraceEvent {
  ph?: string;
  name?: string;
  pid?: number;
  tid?: number;
  dur?: number;
  args?: { name?: string };
}

export function mainThreadBusyMs(trace: string | Buffer): number {
  const parsed = JSON.parse(trace.toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(key));
  const busy = new Map<string, number>();
  for (const e of events) {
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(key(e))) busy.set(key(e), (busy.get(key(e)) ?? 0) + (e.dur ?? 0));
  }
  // One renderer per traced page; the busiest main thread is the page's.
  if (busy.size === 0) throw new Error('the trace has no main-thread tasks of a page');
  return Math.max(...busy.values()) / 1000;
}
