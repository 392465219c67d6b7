/**
 * The bench's site: the same blog pages with either our widget (the
 * README's snippet) or the same bank rendered by SurveyJS, in two layouts:
 *
 * - post: a short post with the widget after the first paragraph, in view;
 * - fold: the whole source article with the widget before its conclusion,
 *   screens below the first one (the page a reader who never scrolls sees).
 *
 * Our files are the whole dist/ folder under /ours/ (so whatever files the
 * build makes, the page can fetch them); SurveyJS's under /peer/. Each
 * entry script is served with `performance.mark('bench:script-start')` in
 * front, so the page can time from the moment it starts to run. Every page
 * gets the page script inlined at the top of its <head>, with the config of
 * its run (`?run=…`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, renderBlocks } from '../../src/demo/article.ts';
import { snippet } from '../../src/demo/pages.ts';
import { BLOG_CSS, blogPage } from '../browser/pages.ts';
import { pageScriptTag } from './page-script.ts';
import { SCRIPT_START, type PageConfig, type WidgetLocation } from './page/protocol.ts';
import { startBenchServer, type BenchServer, type Route } from './server.ts';

export type Contender = 'ours' | 'peer';
export const CONTENDERS: readonly Contender[] = ['ours', 'peer'];
export const NAME: Record<Contender, string> = { ours: 'ai-layer-quiz', peer: 'SurveyJS' };

/** Everything of a contender's is served under its prefix: the bytes and the main-thread time there are its own. */
export const PREFIX: Record<Contender, string> = { ours: '/ours/', peer: '/peer/' };
/** The script a page includes (ours: the README's snippet; the rest of our files are fetched by it, if any). */
export const ENTRY = { ours: 'ai-layer-quiz.js', peer: 'peer.js' } as const;

export const WIDGET: Record<Contender, WidgetLocation> = {
  ours: { host: 'ai-layer-quiz', shadow: true },
  peer: { host: '#peer', shadow: false },
};

export type Layout = 'post' | 'fold';
const PAGE_PATH = (contender: Contender, layout: Layout) => `/${contender}${layout === 'fold' ? '-fold' : ''}.html`;
const LAUNCH_PATH = '/bench/launch.html';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

/** The README snippet's reserved box, for the peer's container too. */
function reservedBox(): string {
  const style = /style="([^"]*)"/.exec(snippet('/x.js'))?.[1];
  if (!style) throw new Error('[bench] the README snippet has no style attribute to copy');
  return style;
}

function widgetMarkup(contender: Contender): string {
  if (contender === 'ours') return snippet(`${PREFIX.ours}${ENTRY.ours}`);
  return [
    `<div id="peer" style="${reservedBox()}">`,
    '  <p><a href="#conclusion">Not sure which layer fits you? Read the conclusion.</a></p>',
    '</div>',
    `<script src="${PREFIX.peer}${ENTRY.peer}" defer></script>`,
  ].join('\n');
}

/** The source article as a post, with WIDGET before its last section (the conclusion). */
function longArticle(): string {
  const outline = JSON.parse(read('questions/article-outline.json')) as {
    title: string;
    sections: { heading: string }[];
  };
  const blocks = parseArticle(
    read('questions/source-article.txt'),
    outline.sections.map((s) => s.heading),
  );
  const conclusion = blocks.map((b) => b.kind).lastIndexOf('h2');
  if (conclusion < 0) throw new Error('[bench] the source article has no sections');
  return `<h1>${outline.title}</h1>\n${renderBlocks(blocks.slice(0, conclusion))}\nWIDGET\n${renderBlocks(blocks.slice(conclusion))}`;
}

export interface SiteFiles {
  /** A copy of dist/ (every file the build made). */
  oursDir: string;
  /** The folder with SurveyJS's peer.js and peer.css. */
  peerDir: string;
  pageScript: string;
}

/** What a page load is for; the run id and widget are filled in by `open`. */
export type PageRequest = Omit<PageConfig, 'run' | 'widget' | 'next'> & { contender: Contender; layout: Layout };

export interface BenchSite extends Pick<BenchServer, 'origin' | 'served' | 'inbox' | 'close'> {
  /** Registers a page load; returns its run id and URL. */
  open(request: PageRequest): { run: string; url: string };
  /** A blank page of the same run that lets the browser settle (and calibrates real input), then opens `url`. */
  launcher(run: string, url: string, options: { calibrate: boolean; timeoutMs: number }): string;
}

export async function startBenchSite(files: SiteFiles): Promise<BenchSite> {
  const pages = new Map<string, { contender: Contender; layout: Layout; config: PageConfig }>();
  const launchers = new Map<string, PageConfig>();
  const article = longArticle();
  let runs = 0;

  const mark = (entry: string) => (relative: string, body: Buffer) =>
    relative === entry ? `performance.mark(${JSON.stringify(SCRIPT_START)});\n${body.toString('utf8')}` : body;
  const html = (body: string) => ({ body, type: 'text/html; charset=utf-8' });

  const page =
    (contender: Contender, layout: Layout): Route =>
    (url) => {
      const entry = pages.get(url.searchParams.get('run') ?? '');
      if (!entry || entry.contender !== contender || entry.layout !== layout) return undefined;
      const head = [
        pageScriptTag(files.pageScript, entry.config),
        '<link rel="stylesheet" href="/blog.css">',
        contender === 'peer' ? `<link rel="stylesheet" href="${PREFIX.peer}peer.css">` : '',
      ].join('\n');
      return html(
        blogPage({
          title: `Bench: ${NAME[contender]}`,
          head,
          widget: widgetMarkup(contender),
          ...(layout === 'fold' ? { body: article } : {}),
        }),
      );
    };

  const routes: Record<string, Route> = {
    '/blog.css': () => ({ body: BLOG_CSS, type: 'text/css; charset=utf-8' }),
    '/favicon.ico': () => ({ body: '', type: 'image/x-icon', status: 204 }),
    [LAUNCH_PATH]: (url) => {
      const config = launchers.get(url.searchParams.get('run') ?? '');
      return (
        config &&
        html(`<!doctype html><html><head>${pageScriptTag(files.pageScript, config)}</head><body></body></html>`)
      );
    },
  };
  for (const contender of CONTENDERS)
    for (const layout of ['post', 'fold'] as const) routes[PAGE_PATH(contender, layout)] = page(contender, layout);

  const server = await startBenchServer({
    routes,
    folders: {
      [PREFIX.ours]: { dir: files.oursDir, transform: mark(ENTRY.ours) },
      [PREFIX.peer]: { dir: files.peerDir, transform: mark(ENTRY.peer) },
    },
  });

  return {
    origin: server.origin,
    served: server.served,
    inbox: server.inbox,
    close: server.close,
    open({ contender, layout, ...request }) {
      const run = String(++runs);
      pages.set(run, { contender, layout, config: { ...request, run, widget: WIDGET[contender] } });
      return { run, url: `${server.origin}${PAGE_PATH(contender, layout)}?run=${run}` };
    },
    launcher(run, url, { calibrate, timeoutMs }) {
      const input = calibrate ? 'real' : 'synthetic';
      launchers.set(run, {
        run,
        mode: 'launch',
        widget: WIDGET.ours,
        input,
        settleMs: 0,
        next: url,
        calibrate,
        timeoutMs,
      });
      return `${server.origin}${LAUNCH_PATH}?run=${run}`;
    },
  };
}

/** The body bytes a page fetched under `prefix`, per path, from a slice of the server's log. */
export function fetchedUnder(served: BenchServer['served'], prefix: string): Map<string, number> {
  const bytes = new Map<string, number>();
  for (const s of served) if (s.path.startsWith(prefix)) bytes.set(s.path, (bytes.get(s.path) ?? 0) + s.bytes);
  return bytes;
}

export const servedFile = (dir: string, prefix: string, path: string) => join(dir, path.slice(prefix.length));
