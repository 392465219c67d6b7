/**
 * The WordPress test fixture and page objects: a WordPress per test file
 * (wordpress.ts) with the built plugin installed as a blogger installs it,
 * through Plugins → Add New → Upload Plugin, then activated; logging in;
 * posts made through the REST API; what a page's HTML says about the quiz.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Problems } from '../browser/harness.ts';
import { DIST } from '../../src/demo/server.ts';
import { test as browserTest } from '../browser/harness.ts';
import { startWordPress, type Role, type WordPress } from './wordpress.ts';

export const PLUGIN_ZIP = join(DIST, 'wordpress/ai-layer-quiz.zip');
/** The loader's path on the blog: the plugin serves it from its own folder. */
export const LOADER_PATH = '/wp-content/plugins/ai-layer-quiz/ai-layer-quiz.js';

export async function logIn(page: Page, wp: WordPress, role: Role): Promise<void> {
  const { login, password } = wp.users[role];
  await page.goto(`${wp.origin}/wp-login.php`);
  await page.getByLabel('Username or Email Address').fill(login);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.waitForURL(/\/wp-admin\//);
}

/** Upload Plugin, Install Now, Activate Plugin: what the README tells a blogger to do. */
async function uploadPlugin(browser: Browser, wp: WordPress): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await logIn(page, wp, 'administrator');
    await page.goto(`${wp.origin}/wp-admin/plugin-install.php?tab=upload`);
    await page.locator('input[type="file"][name="pluginzip"]').setInputFiles(PLUGIN_ZIP);
    await page.getByRole('button', { name: 'Install Now' }).click();
    await page.getByText('Plugin installed successfully.').waitFor();
    await page.getByRole('link', { name: 'Activate Plugin' }).click();
    await page.getByText('Plugin activated.').waitFor();
  } finally {
    await context.close();
  }
}

export const test = browserTest.extend<{ wordpress: WordPress }>({
  wordpress: [
    async ({ browser }, use) => {
      const wp = await startWordPress();
      try {
        await uploadPlugin(browser, wp);
        await use(wp);
      } finally {
        await wp.stop();
      }
    },
    { scope: 'file' },
  ],
});

export { describe, expect } from '../browser/harness.ts';

export interface Post {
  id: number;
  link: string;
  status: string;
}

/** A post by `role` through the REST API (published when the role may publish, else pending review). */
export function createPost(wp: WordPress, role: Role, title: string, content: string): Promise<Post> {
  const status = role === 'contributor' ? 'pending' : 'publish';
  return wp.rest<Post>(role, 'POST', '/wp/v2/posts', { title, content, status });
}

/** A block in post content, as the block editor saves it. */
export function quizBlock(attributes: Record<string, unknown> = {}): string {
  const json = Object.keys(attributes).length ? ` ${JSON.stringify(attributes)}` : '';
  return `<!-- wp:ai-layer-quiz/quiz${json} /-->`;
}

export function paragraphBlock(text: string): string {
  return `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
}

/** The page's HTML as a reader's browser gets it, before any script runs. */
export async function pageHtml(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return response.text();
}

/** Every `<ai-layer-quiz …>…</ai-layer-quiz>` in the HTML, as served. */
export function quizMarkup(html: string): string[] {
  return html.match(/<ai-layer-quiz\b[\s\S]*?<\/ai-layer-quiz>/g) ?? [];
}

/** The loader's `<script>` tags in the HTML. */
export function loaderTags(html: string): string[] {
  return (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => tag.includes(LOADER_PATH));
}

/**
 * WordPress 6.1's block editor asks an Author for what only an Editor or an Administrator may read (the block
 * theme's post template, the site's settings, the categories in edit context): those 403s are the editor's own,
 * logged with or without the plugin.
 */
export function forgiveEditorOwn403s(problems: Problems): void {
  const own = /status of 403 .*rest_route=%2Fwp%2Fv2%2F(templates|settings|categories)\b/;
  problems.consoleErrors.splice(0, Infinity, ...problems.consoleErrors.filter((message) => !own.test(message)));
}

/** Every PHP file under `dir`. */
export function phpFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return phpFiles(path);
    return path.endsWith('.php') ? [path] : [];
  });
}

/** What PHP logged about the plugin (WordPress 6.1's own deprecation notices under PHP 8 are not its business). */
export function pluginLog(wp: WordPress): string[] {
  return wp
    .debugLog()
    .split('\n')
    .filter((line) => line.includes('ai-layer-quiz'));
}
