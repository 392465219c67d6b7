/**
 * `npm run dev`: the demo site on Vite's dev server, with the element built
 * from source, for content authors and engineers.
 *
 * - The blog post and the attributes page are the demo's own pages, with the
 *   classic script swapped for the element's source entry as a module.
 * - An edit under questions/ checks the bank first: a good bank reloads the
 *   page (the reader's progress comes back from sessionStorage); a bad one
 *   prints its problems in the terminal and shows them in Vite's error
 *   overlay, each as `[ai-layer-quiz] <file> at <path>: <problem>`, and the
 *   page keeps what it had until the bank is fixed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, resolve, sep } from 'node:path';
import { mergeConfig, type Plugin, type PluginOption, type UserConfig, type ViteDevServer } from 'vite';
import { loadBankFolder } from '../bank/check.ts';
import { BankError } from '../bank/problem.ts';
import { questionBank } from '../bank/vite-plugin.ts';
import { devMessage } from '../errors.ts';
import { attributesPage, blogPostPage, SCRIPT_PATH } from './pages.ts';
import { demoRoutes } from './routes.ts';
import { ROOT } from './server.ts';
import type { Resource } from './server.ts';

/** Where the dev pages load the element from: its source, compiled by Vite as the page asks for it. */
export const DEV_ENTRY = '/src/demo/dev-entry.ts';

const PAGES: Record<string, () => string> = {
  '/': () => blogPostPage(),
  '/index.html': () => blogPostPage(),
  '/attributes.html': () => attributesPage(),
};

/**
 * The built script's tag becomes a module script for the element's source (modules are deferred, as the
 * snippet's tag is), and the attributes page's script is its TypeScript source, which Vite compiles.
 */
function withSources(html: string): string {
  const tag = `<script src="${SCRIPT_PATH}" defer></script>`;
  if (!html.includes(tag)) throw new Error(devMessage(`dev server: the page has no ${tag} to replace`));
  return html
    .replaceAll(tag, `<script type="module" src="${DEV_ENTRY}"></script>`)
    .replaceAll('<script src="/attributes.js" type="module">', '<script src="/src/demo/playground.ts" type="module">');
}

function send(response: ServerResponse, { body, type, status }: Resource): void {
  response.statusCode = status ?? 200;
  if (type) response.setHeader('Content-Type', type);
  response.end(body);
}

/** The problems of the bank in `dir`, as one message, or null when it is good. */
export function bankProblems(dir: string): string | null {
  try {
    loadBankFolder(dir);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function demoPages(questionsDir: string): Plugin {
  const isBankFile = (file: string) => !relative(questionsDir, file).startsWith('..') && file.endsWith('.json');
  return {
    name: 'ai-layer-quiz:demo-pages',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const routes = demoRoutes();
      server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
        const path = new URL(request.url ?? '/', 'http://dev').pathname;
        const page = PAGES[path];
        if (page) {
          server
            .transformIndexHtml(path, withSources(page()))
            .then((html) => send(response, { body: html, type: 'text/html; charset=utf-8' }))
            .catch(next);
          return;
        }
        const route = routes[path];
        const resource = typeof route === 'function' ? route(request) : route;
        if (resource && path !== SCRIPT_PATH) send(response, resource);
        else next();
      });
    },
    hotUpdate({ file, modules }) {
      if (this.environment.name !== 'client' || !isBankFile(resolve(file))) return undefined;
      for (const module of modules) this.environment.moduleGraph.invalidateModule(module);
      const problems = bankProblems(questionsDir);
      if (problems) {
        this.environment.logger.error(problems, { timestamp: true });
        this.environment.hot.send({
          type: 'error',
          err: { message: problems, stack: '', plugin: 'ai-layer-quiz:question-bank', id: file },
        });
      } else {
        const name = relative(ROOT, file).split(sep).join('/');
        this.environment.logger.info(devMessage(`${name} changed: the bank checks out, reloading`), {
          timestamp: true,
        });
        this.environment.hot.send({ type: 'full-reload' });
      }
      return [];
    },
  };
}

/**
 * The bank plugin, its problems reported without a stack trace: the message already says which file, where
 * and what, and a content author has no use for the plugin's call stack in the terminal or the overlay.
 */
function bankWithoutStack(questionsDir: string): Plugin {
  const plugin = questionBank(questionsDir);
  const load = plugin.load as (this: unknown, id: string) => string | undefined;
  return {
    ...plugin,
    load(id) {
      try {
        return load.call(this, id);
      } catch (error) {
        if (error instanceof BankError) error.stack = error.message;
        throw error;
      }
    },
  };
}

/** The project's Vite config (Svelte, the bank) with the demo pages, reading the bank from `questionsDir`. */
export function devConfig(base: UserConfig, questionsDir: string): UserConfig {
  const flat = (base.plugins ?? []).flat(Infinity as 1) as PluginOption[];
  const others = flat.filter((p) => !(p && typeof p === 'object' && 'name' in p && p.name === questionBank('').name));
  return mergeConfig({ ...base, plugins: others }, {
    root: ROOT,
    publicDir: false,
    plugins: [bankWithoutStack(questionsDir), demoPages(questionsDir)],
    server: { port: 5173 },
  } satisfies UserConfig);
}
