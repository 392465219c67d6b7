/**
 * The least DevTools connection there is, for CPU throttling alone:
 * Chromium's `--remote-debugging-pipe` (JSON messages ended by NUL on file
 * descriptors 3 and 4), attached to the page only to send
 * `Emulation.setCPUThrottlingRate` and `Page.navigate`. It enables no domain,
 * Runtime above all: with Runtime on, V8 records a detailed stack for every
 * `new Error`, which is what makes timings over Playwright lie.
 */
import type { Readable, Writable } from 'node:stream';

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

export class DevToolsPipe {
  private nextId = 1;
  private buffer = '';
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly output: Writable,
    input: Readable,
  ) {
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => this.receive(chunk));
    input.on('error', () => undefined);
    output.on('error', () => undefined);
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.output.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(this.buffer.slice(0, end)) as {
        id?: number;
        result?: Record<string, unknown>;
        error?: { message: string };
      };
      this.buffer = this.buffer.slice(end + 1);
      const pending = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!pending) continue; // an event: nothing here listens
      this.pending.delete(message.id!);
      if (message.error) pending.reject(new Error(`[bench] DevTools: ${message.error.message}`));
      else pending.resolve(message.result ?? {});
    }
  }
}

/** Throttles the browser's first page and opens `url` in it. */
export async function throttleAndOpen(pipe: DevToolsPipe, rate: number, url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let targetId: string | undefined;
  while (!targetId) {
    const { targetInfos } = (await pipe.send('Target.getTargets')) as {
      targetInfos: { type: string; targetId: string }[];
    };
    targetId = targetInfos.find((t) => t.type === 'page')?.targetId;
    if (!targetId) {
      if (Date.now() > until) throw new Error('[bench] DevTools: the browser opened no page');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const { sessionId } = (await pipe.send('Target.attachToTarget', { targetId, flatten: true })) as {
    sessionId: string;
  };
  await pipe.send('Emulation.setCPUThrottlingRate', { rate }, sessionId);
  await pipe.send('Page.navigate', { url }, sessionId);
}
