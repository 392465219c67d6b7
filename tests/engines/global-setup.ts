/**
 * Before the engine suite: the build every engine loads, made as the browser
 * suite's setup makes it (which it reuses when both run), since the engines
 * need dist/ and not the tarball.
 */
import { execFileSync } from 'node:child_process';
import { ROOT } from '../../src/demo/server.ts';
import { distBuilt, distToBuild } from '../browser/global-setup.ts';

export default function setup(): void {
  if (!distToBuild()) return;
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  distBuilt();
}
