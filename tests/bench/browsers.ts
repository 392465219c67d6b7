/**
 * A fresh Chromium process per page load, spawned directly: its own
 * temporary profile, the browser tests' flags, a 1024×800 window, and no
 * DevTools connection, unless CPU throttling asks for the smallest one there
 * is (devtools-pipe.ts). Always in kiosk mode (no window frame or toolbar:
 * the page fills the screen); headless, or headful on an X display (Xvfb)
 * for real input.
 *
 * Optionally Chromium writes a trace itself from its start
 * (`--trace-startup`): no DevTools connection is involved.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, findChromium } from '../browser/chromium.ts';
import { DevToolsPipe, throttleAndOpen } from './devtools-pipe.ts';

export const VIEWPORT = { width: 1024, height: 800 };

export interface LaunchOptions {
  url: string;
  /** An X display: headful Chromium in kiosk mode there (for real input). Headless when absent. */
  display?: string;
  /** CPU slowdown (1 = none, a check of the connection's own cost) through a DevTools pipe that sends nothing else. */
  throttle?: number;
  /** Chromium writes a JSON trace of its first `seconds` seconds to `file`. */
  trace?: { file: string; categories: string[]; seconds: number };
  timeoutMs: number;
}

export interface Running {
  /** Kills the browser (its whole process group) and removes its profile. */
  close(): Promise<void>;
  /** The last lines Chromium wrote to stderr, for error messages. */
  log(): string;
}

function argsFor(options: LaunchOptions, profile: string): string[] {
  const args = CHROMIUM_ARGS.filter((a) => !(options.display && a === '--headless'));
  args.push(
    `--user-data-dir=${profile}`,
    `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
    '--window-position=0,0',
    '--force-device-scale-factor=1',
    '--password-store=basic',
    // The omnibox popup is a WebUI page with a renderer of its own, built in a browser's first second;
    // a reader's browser did that long ago, but in a fresh browser per load it would compete with
    // the measured page for the cores.
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
  );
  // Kiosk: no window frame or toolbar, the page fills the screen (headless: a screen the window's size).
  args.push('--kiosk');
  if (!options.display) args.push(`--screen-info={${VIEWPORT.width}x${VIEWPORT.height}}`);
  if (options.throttle !== undefined) args.push('--remote-debugging-pipe');
  if (options.trace) {
    args.push(
      `--trace-startup=${options.trace.categories.join(',')}`,
      `--trace-startup-file=${options.trace.file}`,
      `--trace-startup-duration=${options.trace.seconds}`,
      '--trace-startup-format=json',
    );
  }
  args.push(options.throttle !== undefined ? 'about:blank' : options.url);
  return args;
}

export async function launch(options: LaunchOptions): Promise<Running> {
  const profile = mkdtempSync(join(tmpdir(), 'ai-layer-quiz-bench-profile-'));
  const child: ChildProcess = spawn(findChromium(), argsFor(options, profile), {
    // Its own process group, so closing it ends every process it started and nothing else.
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', ...(options.throttle !== undefined ? (['pipe', 'pipe'] as const) : [])],
    env: { ...process.env, ...(options.display ? { DISPLAY: options.display } : {}) },
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running: Running = {
    async close() {
      try {
        if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
    log: () =>
      stderr
        .split('\n')
        .filter((line) => line.trim() && !/dbus|DBus/.test(line))
        .slice(-8)
        .join('\n'),
  };
  if (options.throttle !== undefined) {
    const pipe = new DevToolsPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
    try {
      await throttleAndOpen(pipe, options.throttle, options.url, options.timeoutMs);
    } catch (error) {
      await running.close();
      throw error;
    }
  }
  return running;
}
