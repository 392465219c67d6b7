/**
 * Each blog engine the README names, for real: a small site built with the tool and the README's recipe as
 * written (sites.ts), served under its path, and a post of it opened in Chromium, where a reader completes the
 * quiz. The harness fails a test on any console error, uncaught error or CSP violation.
 */
import { join } from 'node:path';
import { describe, expect, test } from '../browser/harness.ts';
import { PERSONA_LABEL, firstOption, plannedRun, widget } from '../browser/widget.ts';
import {
  linkTools,
  platformTools,
  putInPost,
  readmeBlock,
  run,
  runReadmeShell,
  serveFolder,
  siteCopy,
} from './sites.ts';
import { writeFileSync } from 'node:fs';

interface Built {
  /** The built site, served at `prefix`. */
  out: string;
  prefix: string;
  /** The post's URL path. */
  post: string;
  /** The URL path of the folder the loader is in. */
  files: string;
}

function hugo(baseURL: string): (dir: string) => Built {
  return (dir) => {
    runReadmeShell('Hugo', dir);
    putInPost(dir, 'content/posts/which-layer.md', readmeBlock('Hugo', 'md'));
    run('hugo', ['--quiet', '--destination', 'public', '--baseURL', baseURL], dir);
    const prefix = new URL(baseURL).pathname;
    return { out: join(dir, 'public'), prefix, post: `${prefix}posts/which-layer/`, files: `${prefix}ai-layer-quiz/` };
  };
}

function jekyll(dir: string): Built {
  runReadmeShell('Jekyll', dir);
  putInPost(dir, '_posts/2024-05-01-which-layer.md', readmeBlock('Jekyll', 'liquid'));
  run('jekyll', ['build', '--quiet', '--destination', '_site'], dir);
  return {
    out: join(dir, '_site'),
    prefix: '/blog/',
    post: '/blog/2024/05/01/which-layer.html',
    files: '/blog/assets/ai-layer-quiz/',
  };
}

function eleventy(dir: string): Built {
  runReadmeShell('Eleventy', dir);
  writeFileSync(join(dir, 'eleventy.config.js'), readmeBlock('Eleventy', 'js'));
  putInPost(dir, 'posts/which-layer.md', readmeBlock('Eleventy', 'md'));
  linkTools(dir);
  run('node', ['node_modules/@11ty/eleventy/cmd.cjs', '--quiet', '--pathprefix=/blog/', '--output=_site'], dir);
  return { out: join(dir, '_site'), prefix: '/blog/', post: '/blog/posts/which-layer/', files: '/blog/ai-layer-quiz/' };
}

function astro(dir: string): Built {
  runReadmeShell('Astro', dir);
  putInPost(dir, 'src/pages/posts/which-layer.astro', readmeBlock('Astro', 'astro'));
  linkTools(dir);
  run('node', ['node_modules/astro/astro.js', 'build', '--silent'], dir, { ASTRO_TELEMETRY_DISABLED: '1' });
  return { out: join(dir, 'dist'), prefix: '/blog/', post: '/blog/posts/which-layer/', files: '/blog/ai-layer-quiz/' };
}

const SITES: { name: string; fixture: string; build: (dir: string) => Built }[] = [
  { name: 'Hugo, default configuration, at the root', fixture: 'hugo', build: hugo('https://example.org/') },
  { name: 'Hugo, default configuration, under /blog/', fixture: 'hugo', build: hugo('https://example.org/blog/') },
  { name: 'Jekyll, minima theme, baseurl /blog', fixture: 'jekyll', build: jekyll },
  { name: 'Eleventy 3, pathPrefix /blog/', fixture: 'eleventy', build: eleventy },
  { name: 'Astro 5, base /blog', fixture: 'astro', build: astro },
];

describe('blog engines, built with the README recipe', () => {
  // Eleventy and Astro come from their own lockfile, installed on first use.
  test.beforeAll(() => void platformTools(), 300_000);

  test.for(SITES)('$name: a reader completes the quiz on a post', async ({ fixture, build }, { open }) => {
    const copy = siteCopy(fixture);
    const built = build(copy.dir);
    const server = await serveFolder(built.out, built.prefix);
    try {
      const { page } = await open(new URL(built.post, server.origin).href);
      const quiz = widget(page);
      // The recipe's parameters reach the element; its files load from under the site's path.
      await expect(quiz.host.getAttribute('heading-level')).resolves.toBe('2');
      const run = plannedRun('builder', firstOption);
      await quiz.start();
      await quiz.choosePersona(PERSONA_LABEL.builder);
      await quiz.answer(run);
      await expect(quiz.headingTag()).resolves.toBe('h2');
      expect(server.requests.map((r) => r.path)).toContain(`${built.files}quiz/index.js`);
      // The widget keeps its default margin off the post's next heading, whatever the theme sets.
      const gap = await page.evaluate(() => {
        const below = document.getElementById('conclusion')!.getBoundingClientRect().top;
        return below - document.querySelector('ai-layer-quiz')!.getBoundingClientRect().bottom;
      });
      expect(gap).toBeGreaterThanOrEqual(24);
    } finally {
      await server.close();
      copy.remove();
    }
  });
});
