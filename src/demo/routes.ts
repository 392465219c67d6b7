/** The demo site's routes: shared by `npm start` and the browser tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { attributesPage, blogPostPage } from './pages.ts';
import { DIST, ROOT, fileRoute, type Route } from './server.ts';

const HERE = join(ROOT, 'src/demo');

/** The attributes page's script, TypeScript stripped on the fly (no build step for the demo). */
function playgroundScript(): Route {
  return () => {
    const source = readFileSync(join(HERE, 'playground.ts'), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    });
    return { body: outputText, type: 'text/javascript; charset=utf-8' };
  };
}

/** The blog's icon (browsers ask for /favicon.ico on their own; a 404 would be noise in the console). */
const ICON: Route = {
  body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M8 1 15 8 8 15 1 8z" fill="#8a3b12"/></svg>',
  type: 'image/svg+xml',
};

export function demoRoutes(): Record<string, Route> {
  const html = 'text/html; charset=utf-8';
  return {
    '/favicon.ico': ICON,
    '/favicon.svg': ICON,
    '/': () => ({ body: blogPostPage(), type: html }),
    '/index.html': () => ({ body: blogPostPage(), type: html }),
    '/attributes.html': () => ({ body: attributesPage(), type: html }),
    '/attributes.js': playgroundScript(),
    '/blog.css': fileRoute(join(HERE, 'blog.css')),
    '/playground.css': fileRoute(join(HERE, 'playground.css')),
  };
}

/** dist/ served at the site root, so the page loads /ai-layer-quiz.js like any static asset. */
export const demoFolders = { '/': DIST };
