/**
 * Builds dist/ before the browser suite, so `npm test` always tests the
 * files a blogger would load. ALQ_SKIP_BUILD=1 reuses an existing build
 * (handy while iterating on a test).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export default function setup(): void {
  if (process.env.ALQ_SKIP_BUILD === '1' && existsSync(join(ROOT, 'dist/ai-layer-quiz.js'))) return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/embed/build/build.ts')],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}
