/**
 * Reads one window of a trace Chromium wrote itself: on the measured page's
 * renderer main thread, the self time of every kind of trace event (script,
 * style, layout, paint…), the tasks that ran, and the samples of V8's
 * profiler, attributed through our source maps to the source file they ran
 * in. Summed over several windows, then printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeMappings } from './source-map-split.ts';
import { navigationTo, type CallFrame, type TraceEvent } from './trace.ts';

export const TRACE_PROFILE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
];

export interface Profile {
  windows: number;
  /** ms of self time per trace event name. */
  byEvent: Map<string, number>;
  /** ms of sampled time per source file, and per "function (source)". */
  bySource: Map<string, number>;
  byFunction: Map<string, number>;
  /** Each main-thread task that overlapped a window, ms. */
  tasks: number[];
  windowMs: number;
}

export const emptyProfile = (): Profile => ({
  windows: 0,
  byEvent: new Map(),
  bySource: new Map(),
  byFunction: new Map(),
  tasks: [],
  windowMs: 0,
});

const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);

/** Maps a generated position in one of our files to the source it came from. */
function sourceMapper(oursDir: string, prefix: string) {
  const maps = new Map<string, { sources: (string | null)[]; lines: [number, number][][] } | null>();
  return (frame: CallFrame): string => {
    frame = { ...frame, url: frame.url ?? '' };
    if (!frame.url.startsWith(prefix))
      return frame.url ? new URL(frame.url).pathname : `(${frame.functionName || 'native'})`;
    const path = frame.url.slice(prefix.length).split('?')[0]!;
    if (!maps.has(path)) {
      const file = join(oursDir, `${path}.map`);
      const raw = existsSync(file)
        ? (JSON.parse(readFileSync(file, 'utf8')) as { sources: string[]; mappings: string })
        : null;
      maps.set(path, raw && { sources: raw.sources, lines: decodeMappings(raw.mappings) });
    }
    const map = maps.get(path);
    const segments = map?.lines[frame.lineNumber] ?? [];
    let source = -1;
    for (const [column, index] of segments) if (column <= frame.columnNumber) source = index;
    const name = source >= 0 ? (map!.sources[source] ?? '') : '';
    return name ? name.replace(/^(\.\.\/)+/, '') : `${path} (unmapped)`;
  };
}

/** Adds the window [click, paint] (page times, ms from navigation) of the page at `pageUrl`. */
export function addWindow(
  profile: Profile,
  trace: { traceEvents: TraceEvent[] },
  pageUrl: string,
  span: { click: number; paint: number },
  oursDir: string,
  prefix: string,
): void {
  const events = trace.traceEvents;
  const nav = navigationTo(events, pageUrl);
  const from = nav.ts + span.click * 1000;
  const to = nav.ts + span.paint * 1000;
  const last = events.reduce((m, e) => Math.max(m, e.ts), 0);
  if (last < to) throw new Error('[bench] profile: the trace ended before the result was painted (PROFILE_SECONDS)');
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  profile.windows++;
  profile.windowMs += (to - from) / 1000;

  // Self time per event name: complete events on one thread nest, so a stack gives each its own part.
  const complete = main
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const stack: { end: number; name: string }[] = [];
  let cursor = from;
  const charge = (until: number) => {
    const top = stack.at(-1);
    const start = Math.max(cursor, from);
    const end = Math.min(until, to);
    if (top && end > start) add(profile.byEvent, top.name, (end - start) / 1000);
    cursor = Math.max(cursor, until);
  };
  const close = () => {
    charge(stack.at(-1)!.end);
    stack.pop();
  };
  for (const e of complete) {
    while (stack.length && stack.at(-1)!.end <= e.ts) close();
    charge(e.ts);
    stack.push({ end: e.ts + e.dur!, name: e.name });
    if (e.name === 'RunTask' && e.ts < to && e.ts + e.dur! > from) profile.tasks.push(e.dur! / 1000);
  }
  while (stack.length) close();

  // Samples: the Profile event's start, then each chunk's nodes and time deltas, in order.
  const mapSource = sourceMapper(oursDir, prefix);
  const nodes = new Map<number, CallFrame>();
  const profiles = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === nav.pid && e.tid === nav.tid)
      profiles.set(e.id!, e.args?.data?.startTime ?? e.ts);
  }
  const times = new Map(profiles);
  const samples: { at: number; node: number }[] = [];
  for (const e of events.filter((e) => e.name === 'ProfileChunk' && profiles.has(e.id!))) {
    const data = e.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node.callFrame);
    let at = times.get(e.id!)!;
    (data?.cpuProfile?.samples ?? []).forEach((node, i) => {
      at += data?.timeDeltas?.[i] ?? 0;
      samples.push({ at, node });
    });
    times.set(e.id!, at);
  }
  samples.sort((a, b) => a.at - b.at);
  samples.forEach((s, i) => {
    const next = samples[i + 1]?.at ?? s.at;
    const start = Math.max(s.at, from);
    const end = Math.min(next, to);
    if (end <= start) return;
    const frame = nodes.get(s.node);
    if (!frame) return;
    const source = mapSource(frame);
    add(profile.bySource, source, (end - start) / 1000);
    add(profile.byFunction, `${frame.functionName || '(anonymous)'} · ${source}`, (end - start) / 1000);
  });
}

function top(map: Map<string, number>, count: number, windows: number): string[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `  ${(ms / windows).toFixed(1).padStart(7)} ms  ${key}`);
}

export function printProfile(profile: Profile): void {
  const n = Math.max(1, profile.windows);
  const long = profile.tasks.filter((t) => t >= 50);
  console.log(
    [
      `window: ${(profile.windowMs / n).toFixed(1)} ms a run on average; tasks overlapping it: ${profile.tasks.length} (${long.length} of 50 ms or more: ${long.map((t) => t.toFixed(0)).join(', ') || 'none'})`,
      'main thread, self time by trace event (ms a run):',
      ...top(profile.byEvent, 18, n),
      'sampled script time by source (ms a run):',
      ...top(profile.bySource, 18, n),
      'sampled script time by function (ms a run):',
      ...top(profile.byFunction, 30, n),
    ].join('\n'),
  );
}
