/**
 * An X server of our own (Xvfb, the Debian package `xvfb`) on a display
 * nobody uses, for browsers that have no headless mode.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface XServer {
  /** Like `:91`, for the DISPLAY of whatever runs on it. */
  display: string;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startXvfb(size: { width: number; height: number }): Promise<XServer> {
  let number = 90;
  while (existsSync(`/tmp/.X${number}-lock`) || existsSync(`/tmp/.X11-unix/X${number}`)) number++;
  const display = `:${number}`;
  const screen = `${size.width}x${size.height}x24`;
  const server = spawn('Xvfb', [display, '-screen', '0', screen, '-nolisten', 'tcp', '-noreset'], { stdio: 'ignore' });
  const failed = new Promise<Error>((resolve) => server.once('error', resolve));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  for (let waited = 0; !existsSync(`/tmp/.X11-unix/X${number}`); waited += 50) {
    const error = await Promise.race([failed, sleep(50).then(() => undefined)]);
    if (error || server.exitCode !== null || waited > 10_000) {
      server.kill();
      throw new Error(
        `[engines] Xvfb did not start on ${display}${error ? `: ${error.message}` : ''} (apt-get install -y xvfb)`,
      );
    }
  }
  return {
    display,
    async close() {
      if (server.exitCode === null) server.kill('SIGTERM');
      await exited;
    },
  };
}
