import type { CDPSession } from 'playwright-core';

/** A Chromium trace event, as far as these summaries read it (times in µs). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event; absent on some events. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: { url?: string; type?: string; functionName?: string; lineNumber?: number; columnNumber?: number };
    beginData?: { url?: string };
  };
}

/** `devtools.timeline` is what DevTools' Performance panel records: tasks, event dispatch, function calls. */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Adds `performance.mark()`s, for tests that mark moments of the page's own. */
export const USER_TIMING = 'blink.user_timing';

/** Records a trace of everything Chromium does while `during` runs. */
export async function recordTrace(
  cdp: CDPSession,
  during: () => Promise<void>,
  extraCategories: readonly string[] = [],
  /** The timeline categories too (default); without them a trace of one category costs the page little. */
  withTimeline = true,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (payload: { value: object[] }) => events.push(...(payload.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [...(withTimeline ? CATEGORIES : []), ...extraCategories],
      recordMode: 'recordAsMuchAsPossible',
      traceBufferSizeInKb: 1_000_000,
    },
  });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/** A script's first run is `EvaluateScript`; every later call into it (listener, timer, frame) is `FunctionCall`. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript']);

const cpuMicros = (event: TraceEvent) => event.tdur ?? event.dur ?? 0;

/**
 * The calls into our scripts (event listeners, timers, frame callbacks, messages, a
 * script's first run), outermost only so nested calls are not counted twice. Both events
 * carry the called function's script URL, which is what attributes main-thread work to
 * the extension: `scripts` is a script's URL, or a prefix of several (the extension's base
 * URL: the content script and the code it loads on demand, page-detector.js and card-ui.js).
 */
export function callsInto(events: readonly TraceEvent[], scripts: string): TraceEvent[] {
  const calls = events
    .filter((event) => SCRIPT_EVENTS.has(event.name) && event.ph === 'X' && (event.args?.data?.url ?? '').startsWith(scripts))
    .sort((a, b) => a.ts - b.ts);
  const outermost: TraceEvent[] = [];
  let openUntil = -Infinity;
  for (const call of calls) {
    if (call.ts < openUntil) continue;
    outermost.push(call);
    openUntil = call.ts + (call.dur ?? 0);
  }
  return outermost;
}

/** CPU time (ms) of the script's calls after each `mousemove` dispatch, up to the next one. */
export function scriptCostPerMove(events: readonly TraceEvent[], scripts: string): number[] {
  const moves = events
    .filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'mousemove')
    .map((event) => event.ts)
    .sort((a, b) => a - b);
  const costs = moves.map(() => 0);
  for (const call of callsInto(events, scripts)) {
    let index = -1;
    for (let i = 0; i < moves.length && (moves[i] ?? Infinity) <= call.ts; i++) index = i;
    if (index >= 0) costs[index] = (costs[index] ?? 0) + cpuMicros(call) / 1000;
  }
  return costs;
}

export interface AttributedLongTask {
  /** Wall time of the task, as the Long Tasks API would see it. */
  durationMs: number;
  /** CPU time of the task: on a busy machine wall time stretches, this does not. */
  cpuMs: number;
  /** CPU time of the script's calls inside it. */
  scriptMs: number;
  /** The biggest of those calls, as `function@line:column (ms)` (1-based, as trace events give them), to find it in the bundle. */
  biggestCall?: string;
}

/** Main-thread tasks of 50 ms or more on the script's thread, with the script's share of each. */
export function longTasksOnScriptThread(events: readonly TraceEvent[], scripts: string): AttributedLongTask[] {
  const calls = callsInto(events, scripts);
  const first = calls[0];
  if (!first) return [];
  return events
    .filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.pid === first.pid && event.tid === first.tid)
    .filter((task) => (task.dur ?? 0) >= 50_000)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = calls.filter((call) => call.ts >= task.ts && call.ts < end);
      const biggest = [...inside].sort((a, b) => cpuMicros(b) - cpuMicros(a))[0];
      const data = biggest?.args?.data;
      return {
        durationMs: (task.dur ?? 0) / 1000,
        cpuMs: cpuMicros(task) / 1000,
        scriptMs: inside.reduce((sum, call) => sum + cpuMicros(call), 0) / 1000,
        ...(biggest && data
          ? {
              biggestCall: `${biggest.name} ${data.functionName || '(anonymous)'}@${data.lineNumber ?? 0}:${data.columnNumber ?? 0} (${(cpuMicros(biggest) / 1000).toFixed(1)} ms)`,
            }
          : {}),
      };
    });
}

/** CPU time (ms) of the script's calls in the trace, optionally only those starting in [from, to) µs. */
export function scriptCpuMs(events: readonly TraceEvent[], scripts: string, from = -Infinity, to = Infinity): number {
  return (
    callsInto(events, scripts)
      .filter((call) => call.ts >= from && call.ts < to)
      .reduce((sum, call) => sum + cpuMicros(call), 0) / 1000
  );
}

/** Trace time (µs) of a `performance.mark(name)` made by the page, if it was recorded. */
export function markTime(events: readonly TraceEvent[], name: string): number | undefined {
  return events.find((event) => event.name === name && event.ph !== 'X')?.ts;
}

/**
 * Main-thread tasks of `minCpuMs` CPU or more in the renderer that parsed `pageUrl`. CPU
 * time, not wall time: on a shared machine a short task waiting for a core looks long to
 * the Long Tasks API, but its CPU time does not grow.
 */
export function cpuLongTasksOfPage(events: readonly TraceEvent[], pageUrl: string, minCpuMs = 50): number[] {
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === pageUrl);
  if (!parse) throw new Error(`no ParseHTML of ${pageUrl} in the trace`);
  return events
    .filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.pid === parse.pid && event.tid === parse.tid)
    .map((task) => cpuMicros(task) / 1000)
    .filter((ms) => ms >= minCpuMs);
}

/**
 * What fills the page's long tasks (CPU ≥ `minCpuMs`): CPU time per kind of work directly
 * inside them (`PrePaint`, `Layout`, `FunctionCall`…), biggest first.
 */
export function longTaskBreakdown(events: readonly TraceEvent[], pageUrl: string, minCpuMs = 50): Array<[string, number]> {
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === pageUrl);
  if (!parse) return [];
  const onMain = events
    .filter((event) => event.ph === 'X' && event.pid === parse.pid && event.tid === parse.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  let taskEnd = -Infinity;
  let childEnd = -Infinity;
  let inLongTask = false;
  for (const event of onMain) {
    if (event.name === 'RunTask' && event.ts >= taskEnd) {
      taskEnd = event.ts + (event.dur ?? 0);
      childEnd = -Infinity;
      inLongTask = cpuMicros(event) / 1000 >= minCpuMs;
      continue;
    }
    // Direct children only: an event inside the previous child is part of it.
    if (!inLongTask || event.ts >= taskEnd || event.ts < childEnd) continue;
    childEnd = event.ts + (event.dur ?? 0);
    totals.set(event.name, (totals.get(event.name) ?? 0) + cpuMicros(event) / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/**
 * Chromium's accessibility work in a trace with the `accessibility` category (CPU ms): the
 * tree's serialization for the assistive technology, and the updates and events processed
 * before it (each serialization includes finalizing the tree). Most of it is the page's own
 * (a 5 MB page's tree takes seconds); compared with and without an extension, it shows
 * what the extension's highlights make Chromium do again.
 */
export function accessibilityCpuMs(events: readonly TraceEvent[]): number {
  const work = /^(SerializeLifecycleStage|ProcessDeferredUpdatesLifecycleStage|RenderAccessibilityImpl::SendPendingAccessibilityEvents)/;
  return events.filter((event) => event.ph === 'X' && work.test(event.name)).reduce((sum, event) => sum + cpuMicros(event), 0) / 1000;
}
