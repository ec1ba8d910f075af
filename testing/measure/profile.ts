import type { CDPSession } from 'playwright-core';

/** The part of a CDP `Profiler.Profile` this summary reads. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }>;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  functionName: string;
  url: string;
  /** 1-based, as an editor shows it. */
  line: number;
  column: number;
  selfMs: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time in functions whose script URL starts with the prefix (the extension's scripts). */
  matchingMs: number;
  garbageCollectorMs: number;
  top: HotFunction[];
}

/** Starts a sampling profile of the page's main thread (every isolated world included). */
export async function startProfile(cdp: CDPSession, intervalMicros = 250): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalMicros });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile as CpuProfile;
}

/**
 * Self time per function, from the samples: each sample's time delta is charged to the
 * function on top of the stack. Functions are grouped by name and position, so one minified
 * function shows once however many call paths reach it.
 */
export function summariseProfile(profile: CpuProfile, urlPrefix: string, topCount = 10): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, HotFunction>();
  let totalMs = 0;
  let matchingMs = 0;
  let garbageCollectorMs = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = byId.get(samples[i] ?? -1);
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    if (!frame || frame.functionName === '(idle)') continue;
    totalMs += ms;
    if (frame.functionName === '(garbage collector)') garbageCollectorMs += ms;
    if (!frame.url.startsWith(urlPrefix)) continue;
    matchingMs += ms;
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}:${frame.functionName}`;
    const entry = self.get(key) ?? {
      functionName: frame.functionName || '(anonymous)',
      url: frame.url,
      line: frame.lineNumber + 1,
      column: frame.columnNumber + 1,
      selfMs: 0,
    };
    entry.selfMs += ms;
    self.set(key, entry);
  }
  const top = [...self.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, topCount);
  return { totalMs, matchingMs, garbageCollectorMs, top };
}

/** A few characters of a (possibly minified) script at a profile position, to recognise the function. */
export function sourceAt(source: string, line: number, column: number, length = 70): string {
  const text = source.split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - 1), column - 1 + length).replace(/\s+/g, ' ');
}
