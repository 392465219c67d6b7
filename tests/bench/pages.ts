/**
 * The two pages the bench loads, served by the demo's static server: the
 * same blog post (the browser tests' `blogPage` and blog CSS) with, in the
 * same reserved box from the README's snippet, either our widget or the
 * same bank rendered by SurveyJS.
 *
 * Each script is served with one statement in front of it,
 * `performance.mark('bench:script-start')`, so the page can time from the
 * moment the script starts to run.
 */
import { readFileSync } from 'node:fs';
import { snippet } from '../../src/demo/pages.ts';
import { startServer, type StaticServer } from '../../src/demo/server.ts';
import { BLOG_CSS, blogPage } from '../browser/pages.ts';

export type Contender = 'ours' | 'peer';
export const CONTENDERS: readonly Contender[] = ['ours', 'peer'];
export const NAME: Record<Contender, string> = { ours: 'ai-layer-quiz', peer: 'SurveyJS' };

export const SCRIPT_START = 'bench:script-start';
export const PAGE: Record<Contender, string> = { ours: '/ours.html', peer: '/peer.html' };

/** Where each page's widget lives: our element's shadow root, or SurveyJS's container. */
export const WIDGET: Record<Contender, { host: string; shadow: boolean }> = {
  ours: { host: 'ai-layer-quiz', shadow: true },
  peer: { host: '#peer', shadow: false },
};

/** The README's snippet's reserved box, for the peer's container too. */
function reservedBox(): string {
  const style = /style="([^"]*)"/.exec(snippet('/x.js'))?.[1];
  if (!style) throw new Error('[bench] the README snippet has no style attribute to copy');
  return style;
}

const JS = 'text/javascript; charset=utf-8';
const marked = (file: string) => () => ({
  body: `performance.mark(${JSON.stringify(SCRIPT_START)});\n${readFileSync(file, 'utf8')}`,
  type: JS,
});

export interface BenchFiles {
  ours: string;
  peerJs: string;
  peerCss: string;
}

export async function startBenchSite(files: BenchFiles): Promise<StaticServer> {
  const ours = blogPage({
    title: 'Bench: ai-layer-quiz',
    stylesheet: '/blog.css',
    widget: snippet('/ai-layer-quiz.js'),
  });
  const peer = blogPage({
    title: 'Bench: SurveyJS',
    stylesheet: '/blog.css',
    head: '<link rel="stylesheet" href="/peer.css">',
    widget: [
      `<div id="peer" style="${reservedBox()}">`,
      '  <p><a href="#conclusion">Not sure which layer fits you? Read the conclusion.</a></p>',
      '</div>',
      '<script src="/peer.js" defer></script>',
    ].join('\n'),
  });
  return startServer({
    routes: {
      [PAGE.ours]: { body: ours, type: 'text/html; charset=utf-8' },
      [PAGE.peer]: { body: peer, type: 'text/html; charset=utf-8' },
      '/blog.css': { body: BLOG_CSS, type: 'text/css; charset=utf-8' },
      '/ai-layer-quiz.js': marked(files.ours),
      '/peer.js': marked(files.peerJs),
      '/peer.css': () => ({ body: readFileSync(files.peerCss), type: 'text/css; charset=utf-8' }),
      '/favicon.ico': { body: '', type: 'image/x-icon', status: 204 },
    },
  });
}
