/**
 * The WordPress plugin, `dist/wordpress/ai-layer-quiz.zip`: the PHP, the
 * block and the readme from src/wordpress/, the licence, with the built loader and its
 * `quiz/` folder next to the plugin's main file, which serves them from there.
 * Source maps stay out (the loader's comment naming one is harmless: only
 * developer tools follow it). Checks that every version the plugin states is
 * the package's.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zip, type ZipEntry } from './zip.ts';

const SLUG = 'ai-layer-quiz';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Each place the plugin names its version, as `[file, pattern]`. */
const VERSION_MARKS: [string, RegExp][] = [
  ['ai-layer-quiz.php', /^ \* Version:\s+(\S+)$/m],
  ['ai-layer-quiz.php', /'AI_LAYER_QUIZ_VERSION', '([^']+)'/],
  ['readme.txt', /^Stable tag: (\S+)$/m],
  ['block/block.json', /"version": "([^"]+)"/],
  ['block/editor.asset.php', /'version'\s+=> '([^']+)'/],
];

function checkVersions(source: string, version: string): void {
  for (const [file, pattern] of VERSION_MARKS) {
    const found = pattern.exec(readFileSync(join(source, file), 'utf8'))?.[1];
    if (found !== version)
      throw new Error(`[ai-layer-quiz] build: src/wordpress/${file} says version ${found}, package.json ${version}`);
  }
}

/** Writes the plugin's zip from `root`/src/wordpress and the built `dist`; returns its path. */
export function buildWordPressPlugin(root: string, dist: string): string {
  const source = join(root, 'src/wordpress');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  checkVersions(source, version);

  const files = new Map<string, string>();
  for (const file of filesUnder(source)) files.set(relative(source, file), file);
  files.set('LICENSE', join(root, 'LICENSE'));
  files.set('ai-layer-quiz.js', join(dist, 'ai-layer-quiz.js'));
  for (const file of filesUnder(join(dist, 'quiz')).filter((f) => f.endsWith('.js')))
    files.set(relative(dist, file), file);

  const paths = [...files.keys()].sort();
  const folders = [
    ...new Set(
      paths.flatMap((p) =>
        p
          .split('/')
          .slice(0, -1)
          .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
      ),
    ),
  ];
  const entries: ZipEntry[] = [
    { path: `${SLUG}/`, data: new Uint8Array() },
    ...folders.sort().map((folder) => ({ path: `${SLUG}/${folder}/`, data: new Uint8Array() })),
    ...paths.map((path) => ({ path: `${SLUG}/${path}`, data: readFileSync(files.get(path)!) })),
  ];
  const out = join(dist, 'wordpress', `${SLUG}.zip`);
  mkdirSync(join(dist, 'wordpress'), { recursive: true });
  const bytes = zip(entries);
  writeFileSync(out, bytes);
  console.log(`  ${relative(root, out).padEnd(36)} ${`${(bytes.length / 1024).toFixed(1)} KiB`.padStart(10)}`);
  return out;
}
