/**
 * Real input: an X server of our own (Xvfb) for headful Chromium, and
 * xdotool to move and click its pointer. Both are Debian packages
 * (`apt-get install -y xvfb xdotool`); without them the bench clicks in the
 * page instead and says so.
 */
import { execFile, spawnSync } from 'node:child_process';
import { startXvfb } from '../engines/xvfb.ts';
import { VIEWPORT } from './browsers.ts';

export interface RealInput {
  display: string;
  /** Moves the pointer to (x, y) in screen pixels, optionally rests there, and clicks. */
  click(x: number, y: number, restMs: number): Promise<void>;
  move(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

const installed = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'ignore' }).error === undefined;

/** Why real input is not available, or undefined when it is. */
export function realInputMissing(): string | undefined {
  const missing = [
    installed('Xvfb', ['-help']) ? '' : 'Xvfb',
    installed('xdotool', ['version']) ? '' : 'xdotool',
  ].filter(Boolean);
  return missing.length ? `${missing.join(' and ')} not installed (apt-get install -y xvfb xdotool)` : undefined;
}

export async function startRealInput(): Promise<RealInput> {
  const { display, close } = await startXvfb(VIEWPORT);
  const xdotool = (args: string[]) =>
    new Promise<void>((resolve, reject) =>
      execFile('xdotool', args, { env: { ...process.env, DISPLAY: display } }, (error) =>
        error ? reject(new Error(`[bench] xdotool ${args.join(' ')}: ${error.message}`)) : resolve(),
      ),
    );
  return {
    display,
    click: (x, y, restMs) =>
      xdotool([
        'mousemove',
        String(x),
        String(y),
        ...(restMs > 0 ? ['sleep', (restMs / 1000).toFixed(3)] : []),
        // Not `click`: it pauses after pressing, and the click event comes on release.
        'mousedown',
        '1',
        'mouseup',
        '1',
      ]),
    move: (x, y) => xdotool(['mousemove', String(x), String(y)]),
    close,
  };
}
