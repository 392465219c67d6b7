/**
 * Blog sites built with the real tools, as a blogger following the README would: a copy of a small fixture
 * site (sites/<tool>), the packed package unpacked into its node_modules as `npm install` would put it, the
 * README's shell block for that tool run in it (but its `npm install` line), the README's snippet put in the
 * post, then the tool's build. The output is served as a web server would, under the site's path.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { inject } from 'vitest';
import { demoRoutes } from '../../src/demo/routes.ts';
import { ROOT, contentType, startServer, type Route, type StaticServer } from '../../src/demo/server.ts';
import { readmeSnippets } from '../package/readme.ts';

const FIXTURES = join(ROOT, 'tests/platforms/sites');
const TOOLS = join(ROOT, 'tests/platforms/tools');

/**
 * Eleventy and Astro, from tools/package-lock.json: installed on first use (`npm ci`, about 180 MB and half
 * a minute), again only when the lockfile changes. Kept out of the project's devDependencies, so an install
 * of the project stays lean and Astro's own Vite stays apart from the project's.
 */
export function platformTools(): string {
  const modules = join(TOOLS, 'node_modules');
  const stamp = join(modules, '.alq-lockfile-hash');
  const hash = createHash('sha256')
    .update(readFileSync(join(TOOLS, 'package-lock.json')))
    .digest('hex');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
    run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], TOOLS);
    writeFileSync(stamp, hash);
  }
  return modules;
}

/** Makes the tools resolvable from the site `dir`, as if installed there, next to the package. */
export function linkTools(dir: string): void {
  const modules = platformTools();
  for (const name of readdirSync(modules).filter((n) => n !== 'ai-layer-quiz' && !n.startsWith('.alq')))
    symlinkSync(join(modules, name), join(dir, 'node_modules', name));
}

/** The line a fixture post has where the README's snippet goes. */
export const SNIPPET_MARKER = "<!-- the README's snippet -->";

/** The README's code block in `section` (a heading's text) written in `lang`. */
export function readmeBlock(section: string, lang: string): string {
  const block = readmeSnippets().find((s) => s.section === section && s.lang === lang);
  if (!block) throw new Error(`[ai-layer-quiz] the README has no \`\`\`${lang} block under "${section}"`);
  return block.code;
}

export interface SiteCopy {
  dir: string;
  remove(): void;
}

/** A copy of fixture site `name` with the packed package installed in its node_modules. */
export function siteCopy(name: string): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), `alq-${name}-`));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  const pkg = join(dir, 'node_modules/ai-layer-quiz');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['xzf', inject('packedPackage').tarball, '-C', pkg, '--strip-components=1']);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the README's `sh` block of `section` in `dir`, without its `npm install` (the package is there). */
export function runReadmeShell(section: string, dir: string): void {
  const script = readmeBlock(section, 'sh')
    .split('\n')
    .filter((line) => !/^npm install\b/.test(line))
    .join('\n');
  // --norc: a shell started over ssh would read the system's bashrc, which -u trips over.
  if (script.trim()) run('bash', ['--norc', '--noprofile', '-euo', 'pipefail', '-c', script], dir);
}

/** Puts `snippet` where the post `file` (relative to `dir`) has the marker. */
export function putInPost(dir: string, file: string, snippet: string): void {
  const path = join(dir, file);
  const post = readFileSync(path, 'utf8');
  if (!post.includes(SNIPPET_MARKER)) throw new Error(`[ai-layer-quiz] ${file} has no snippet marker`);
  writeFileSync(
    path,
    post.replace(SNIPPET_MARKER, () => snippet.trim()),
  );
}

/**
 * The environment a blogger's shell has: without what Vitest sets for the code it tests (`BASE_URL`, `MODE`,
 * `NODE_ENV=test`, …), which Vite-based tools such as Astro would take as their own.
 */
function shellEnvironment(): NodeJS.ProcessEnv {
  const vitest = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitest.has(k) && !k.startsWith('VITEST')));
}

/** Runs a tool; on failure, the error carries what it printed. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...shellEnvironment(), ...env },
    });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(' ')} failed: ${failed.message}\n${failed.stdout ?? ''}${failed.stderr ?? ''}`,
      { cause: error },
    );
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Serves the folder `dir` under the URL path `prefix` (`/`, `/blog/`), every file with `headers`, and a
 * folder's index.html at its path, as a static host does; and an icon at /favicon.ico, which browsers ask for.
 */
export async function serveFolder(
  dir: string,
  prefix = '/',
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const routes: Record<string, Route> = { '/favicon.ico': demoRoutes()['/favicon.ico']! };
  for (const file of filesUnder(dir)) {
    const path = prefix + relative(dir, file).split('\\').join('/');
    const route: Route = () => ({ body: readFileSync(file), type: contentType(file), headers });
    routes[path] = route;
    if (path.endsWith('/index.html')) routes[path.slice(0, -'index.html'.length)] = route;
  }
  return startServer({ routes });
}
