/**
 * The bench's own HTTP server: pages made per request, folders of files
 * (one file can be rewritten on the way out), a log of every response with
 * its size (what a page fetched, per path), and `POST /bench/report`, where
 * pages post what they measured. Nothing is cached (`no-store`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join, normalize, sep } from 'node:path';
import { contentType } from '../../src/demo/server.ts';
import { REPORT_PATH, type Report } from './page/protocol.ts';

export interface Resource {
  body: string | Uint8Array;
  type?: string;
  status?: number;
}

export type Route = (url: URL) => Resource | undefined;

export interface Folder {
  dir: string;
  /** Rewrites a file's body as it is served (the script-start mark in front of an entry script). */
  transform?: (relative: string, body: Buffer) => string | Buffer;
}

export interface Served {
  path: string;
  /** Body bytes sent. */
  bytes: number;
  /** When it was sent (Node's performance.now()). */
  at: number;
}

/** Reports from pages, queued per run until the bench asks for them. */
export class Inbox {
  private readonly queues = new Map<string, Report[]>();
  private readonly waiting = new Map<string, () => void>();

  push(run: string, report: Report): void {
    const queue = this.queues.get(run) ?? [];
    queue.push(report);
    this.queues.set(run, queue);
    this.waiting.get(run)?.();
  }

  /** The next report of `run`; a page's error report is thrown here. */
  async next(run: string, timeoutMs: number, what: string): Promise<Report> {
    const until = performance.now() + timeoutMs;
    for (;;) {
      const report = this.queues.get(run)?.shift();
      if (report) {
        if (report.type === 'error') throw new Error(`[bench] ${what}: the page reported ${report.message}`);
        return report;
      }
      const left = until - performance.now();
      if (left <= 0) throw new Error(`[bench] ${what}: no report from the page within ${Math.round(timeoutMs)} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiting.set(run, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.waiting.delete(run);
    }
  }

  /** Throws the first error a run's page reported, if any (late errors, after the last awaited report). */
  check(run: string, what: string): void {
    const error = this.queues.get(run)?.find((r) => r.type === 'error');
    if (error?.type === 'error') throw new Error(`[bench] ${what}: the page reported ${error.message}`);
  }

  forget(run: string): void {
    this.queues.delete(run);
    this.waiting.delete(run);
  }
}

export interface BenchServer {
  origin: string;
  readonly served: Served[];
  readonly inbox: Inbox;
  close(): Promise<void>;
}

export interface ServerOptions {
  routes: Record<string, Route>;
  /** URL prefix (ending in /) → folder. */
  folders: Record<string, Folder>;
}

function fileUnder(folder: Folder, relative: string): Resource | undefined {
  const clean = normalize(relative);
  if (clean.startsWith('..') || clean.includes(`${sep}..`)) return undefined;
  let body: Buffer;
  try {
    body = readFileSync(join(folder.dir, clean));
  } catch {
    return undefined;
  }
  return { body: folder.transform ? folder.transform(clean, body) : body, type: contentType(clean) };
}

export async function startBenchServer(options: ServerOptions): Promise<BenchServer> {
  const served: Served[] = [];
  const inbox = new Inbox();

  function resolve(url: URL): Resource | undefined {
    const route = options.routes[url.pathname];
    if (route) return route(url);
    for (const [prefix, folder] of Object.entries(options.folders)) {
      if (url.pathname.startsWith(prefix))
        return fileUnder(folder, decodeURIComponent(url.pathname.slice(prefix.length)));
    }
    return undefined;
  }

  function report(request: IncomingMessage, response: ServerResponse, url: URL): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const run = url.searchParams.get('run');
      try {
        if (run) inbox.push(run, JSON.parse(Buffer.concat(chunks).toString('utf8')) as Report);
        response.writeHead(run ? 204 : 400).end();
      } catch {
        response.writeHead(400).end();
      }
    });
  }

  function respond(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST' && url.pathname === REPORT_PATH) return report(request, response, url);
    let resource: Resource | undefined;
    try {
      resource = request.method === 'GET' ? resolve(url) : undefined;
    } catch (error) {
      resource = { status: 500, body: String(error), type: 'text/plain; charset=utf-8' };
    }
    const found = resource ?? { status: 404, body: 'Not found', type: 'text/plain; charset=utf-8' };
    const body = typeof found.body === 'string' ? Buffer.from(found.body, 'utf8') : found.body;
    response.writeHead(found.status ?? 200, {
      'Content-Type': found.type ?? contentType(url.pathname),
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    response.end(body);
    served.push({ path: url.pathname, bytes: body.length, at: performance.now() });
  }

  const server = createServer(respond);
  await new Promise<void>((done, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => done());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('[bench] server: no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    served,
    inbox,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
