/**
 * An X server of our own (Xvfb, the Debian package `xvfb`), for a browser
 * that must run with a display: WebKitGTK's MiniBrowser has no headless
 * mode, and the bench's real pointer needs one. Xvfb picks a free display
 * itself (-displayfd), so parallel runs never race for one.
 */
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface XServer {
  /** Like `:91`, for the DISPLAY of whatever runs on it. */
  display: string;
  close(): Promise<void>;
}

export async function startXvfb(size: { width: number; height: number }): Promise<XServer> {
  const screen = `${size.width}x${size.height}x24`;
  const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp', '-noreset'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    const fail = (why: string) => {
      server.kill();
      reject(new Error(`Xvfb did not start: ${why} (apt-get install -y xvfb)`));
    };
    const timer = setTimeout(() => fail('no display after 10 s'), 10_000);
    (server.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (!text.includes('\n')) return;
      clearTimeout(timer);
      resolve(text.trim());
    });
    server.once('error', (error) => fail(error.message));
    server.once('exit', (code) => fail(`it exited with ${code}`));
  });
  return {
    display: `:${number}`,
    async close() {
      if (server.exitCode === null) server.kill('SIGTERM');
      await exited;
    },
  };
}
