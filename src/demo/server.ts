/**
 * A tiny static HTTP server for the demo (`npm start`) and the real-browser
 * tests: pages are registered by path with their own response headers (a
 * test page can send a strict Content-Security-Policy), the built widget is
 * served from dist/, and every request is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');

export interface Resource {
  body: string | Uint8Array;
  /** Content-Type; guessed from the path when left out. */
  type?: string;
  status?: number;
  headers?: Record<string, string>;
  /** Milliseconds to wait before answering (tests: a slow script). */
  delay?: number;
}

/** A resource, or a function that makes it on each request (so files are read fresh). */
export type Route = Resource | ((request: IncomingMessage) => Resource | undefined);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(path: string): string {
  return TYPES[extname(path)] ?? (path.endsWith('/') ? TYPES['.html']! : 'application/octet-stream');
}

/** Serves a file read on each request (so a rebuild shows without a restart). */
export function fileRoute(file: string, headers?: Record<string, string>): Route {
  return () => ({ body: readFileSync(file), type: contentType(file), ...(headers ? { headers } : {}) });
}

/** The file under `dir` for a URL path below `prefix`, refusing to leave `dir`. */
function fileUnder(dir: string, prefix: string, pathname: string): string | null {
  if (!pathname.startsWith(prefix)) return null;
  const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)));
  if (relative.startsWith('..') || relative.includes(`${sep}..`)) return null;
  return join(dir, relative);
}

export interface RecordedRequest {
  method: string;
  path: string;
}

export interface StaticServer {
  /** Like `http://127.0.0.1:41234`. */
  origin: string;
  /** Adds or replaces the resource at `path`. */
  route(path: string, route: Route): void;
  /** An HTML page at `path`, with extra response headers (CSP and the like). */
  page(path: string, html: string, headers?: Record<string, string>): string;
  /** Every request since the start (or since `requests.length = 0`). */
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface ServerOptions {
  port?: number;
  host?: string;
  /** URL prefix → folder served as static files (e.g. `{ '/': dist }`). */
  folders?: Record<string, string>;
  routes?: Record<string, Route>;
}

export async function startServer(options: ServerOptions = {}): Promise<StaticServer> {
  const routes = new Map<string, Route>(Object.entries(options.routes ?? {}));
  const folders = Object.entries(options.folders ?? {}).sort(([a], [b]) => b.length - a.length);
  const requests: RecordedRequest[] = [];

  function resolve(request: IncomingMessage, pathname: string): Resource | undefined {
    const route = routes.get(pathname);
    if (route) return typeof route === 'function' ? route(request) : route;
    for (const [prefix, dir] of folders) {
      const file = fileUnder(dir, prefix, pathname);
      if (!file) continue;
      try {
        return { body: readFileSync(file), type: contentType(file) };
      } catch {
        // not in this folder
      }
    }
    return undefined;
  }

  function write(request: IncomingMessage, response: ServerResponse, resource: Resource, pathname: string): void {
    response.writeHead(resource.status ?? 200, {
      'Content-Type': resource.type ?? contentType(pathname),
      'Cache-Control': 'no-store',
      ...resource.headers,
    });
    response.end(request.method === 'HEAD' ? undefined : resource.body);
  }

  function respond(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push({ method: request.method ?? 'GET', path: url.pathname + url.search });
    let resource: Resource | undefined;
    try {
      resource = request.method === 'GET' || request.method === 'HEAD' ? resolve(request, url.pathname) : undefined;
    } catch (error) {
      resource = { status: 500, body: String(error), type: TYPES['.txt']! };
    }
    const found = resource ?? { status: 404, body: 'Not found', type: TYPES['.txt']! };
    if (found.delay) setTimeout(() => write(request, response, found, url.pathname), found.delay);
    else write(request, response, found, url.pathname);
  }

  const server = createServer(respond);
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolvePromise());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('[ai-layer-quiz] server: no TCP address');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    origin: `http://${host}:${address.port}`,
    route: (path, route) => void routes.set(path, route),
    page(path, html, headers) {
      routes.set(path, { body: html, type: TYPES['.html']!, ...(headers ? { headers } : {}) });
      return path;
    },
    requests,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
