/**
 * Main-thread time from a trace Chromium wrote itself (`--trace-startup`,
 * JSON): on the renderer main thread of the measured page, from its
 * navigation on, every complete event that names a script URL under a prefix
 * (EvaluateScript, v8.compile / compileModule / evaluateModule, FunctionCall:
 * a script's evaluation and every callback into it). Nested events (v8.run
 * inside EvaluateScript, a forced layout inside a call) are counted once: the
 * figure is the union of their intervals, wall-clock; CPU time (`tdur`) of
 * the outermost events too.
 *
 * Not counted: the style, layout and paint of the page's frames (shared with
 * the host page, not attributed to a script), and parsing and compiling off
 * the main thread (script streaming).
 */

export const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'blink.user_timing'];

/** A frame of V8's sampling profiler, as its trace chunks give it. */
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** The fields of Chromium's JSON trace events that the bench reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: {
    frame?: string;
    fileName?: string;
    data?: {
      url?: string;
      documentLoaderURL?: string;
      frame?: string;
      startTime?: number;
      cpuProfile?: { nodes?: { id: number; callFrame: CallFrame }[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

/** The navigation to `pageUrl`: its renderer main thread (pid, tid) and its start (ts). */
export function navigationTo(events: readonly TraceEvent[], pageUrl: string): TraceEvent {
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl);
  if (!navigation) throw new Error(`[bench] trace: no navigation to ${pageUrl}`);
  return navigation;
}

export interface MainThreadTime {
  /** Wall-clock ms of events attributed to the prefix, from navigation to the end of the trace. */
  wall: number;
  /** The same, up to the page's load event. */
  wallByLoad: number;
  /** Main-thread CPU ms of those events. */
  cpu: number;
  /** Wall-clock ms per script URL (path only). */
  perUrl: Record<string, number>;
  /** From navigation start to the load event, and to the end of the trace (ms). */
  loadAt: number;
  traceEndAt: number;
}

const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? '';

/** `pageUrl`: the measured page's full URL; `prefix`: the full URL our scripts start with. */
export function mainThreadTime(trace: { traceEvents: TraceEvent[] }, pageUrl: string, prefix: string): MainThreadTime {
  const events = trace.traceEvents;
  const navigation = navigationTo(events, pageUrl);
  const { pid, tid, ts: start } = navigation;
  const frame = navigation.args?.frame;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ts >= start);
  const load = onMain.find((e) => e.name === 'MarkLoad' && e.args?.data?.frame === frame);
  const end = events.reduce((m, e) => Math.max(m, e.ts + (e.dur ?? 0)), start);
  const loadTs = load?.ts ?? end;

  const ours = onMain
    .filter((e) => e.ph === 'X' && e.dur !== undefined && urlOf(e).startsWith(prefix))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let wall = 0;
  let wallByLoad = 0;
  let cpu = 0;
  const perUrl: Record<string, number> = {};
  let coveredUntil = -Infinity;
  for (const e of ours) {
    const from = Math.max(e.ts, coveredUntil);
    const to = e.ts + e.dur!;
    if (e.ts >= coveredUntil) cpu += e.tdur ?? e.dur!;
    if (to <= from) continue;
    wall += to - from;
    wallByLoad += Math.max(0, Math.min(to, loadTs) - from);
    const path = new URL(urlOf(e)).pathname;
    perUrl[path] = (perUrl[path] ?? 0) + (to - from) / 1000;
    coveredUntil = to;
  }
  return {
    wall: wall / 1000,
    wallByLoad: wallByLoad / 1000,
    cpu: cpu / 1000,
    perUrl,
    loadAt: (loadTs - start) / 1000,
    traceEndAt: (end - start) / 1000,
  };
}
