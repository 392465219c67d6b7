/**
 * `npm start` (after the build): the demo blog at http://127.0.0.1:4173/
 * (PORT overrides; the next free port is used when it is taken).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { demoFolders, demoRoutes } from './routes.ts';
import { DIST, startServer, type StaticServer } from './server.ts';

if (!existsSync(join(DIST, 'ai-layer-quiz.js'))) {
  console.error('[ai-layer-quiz] dist/ai-layer-quiz.js is missing: run `npm run build` first (`npm start` does).');
  process.exit(1);
}

const first = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
let server: StaticServer | undefined;
for (let port = first; port < first + 20 && !server; port++) {
  try {
    server = await startServer({ port, host, routes: demoRoutes(), folders: demoFolders });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  }
}
if (!server) throw new Error(`[ai-layer-quiz] no free port from ${first}`);

console.log(`
  ai-layer-quiz demo
    blog post:            ${server.origin}/
    embed & attributes:   ${server.origin}/attributes.html

  Ctrl+C to stop.`);
