/**
 * The plugin in a real WordPress (Debian's package, its default theme):
 * installed from the built zip, the block and the shortcode added by an
 * Author, the block inserted through the block editor, and the quiz taken on
 * each post. The loader is on the pages with a quiz, once, and on no other.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstOption, lastOption, outcomeLabel, plannedRun, recordEvents, widget } from '../browser/widget.ts';
import {
  createPost,
  describe,
  expect,
  forgiveEditorOwn403s,
  LOADER_PATH,
  loaderTags,
  logIn,
  pageHtml,
  paragraphBlock,
  phpFiles,
  pluginLog,
  quizBlock,
  quizMarkup,
  test,
} from './site.ts';

const INTRO_HEADING = 'Which blockchain layer fits your AI plans?';

describe('the plugin, installed from dist/wordpress/ai-layer-quiz.zip', () => {
  test('lands in wp-content/plugins/ai-layer-quiz with its header and readme, and every PHP file parses', ({
    wordpress,
  }) => {
    const folder = join(wordpress.dir, 'wp-content/plugins/ai-layer-quiz');
    expect(readFileSync(join(folder, 'ai-layer-quiz.php'), 'utf8')).toMatch(/^ \* Plugin Name: +AI Layer Quiz$/m);
    const readme = readFileSync(join(folder, 'readme.txt'), 'utf8');
    for (const field of ['Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License'])
      expect(readme).toMatch(new RegExp(`^${field}: \\S`, 'm'));
    expect(readdirSync(join(folder, 'quiz')).some((f) => /^index\.js$/.test(f))).toBe(true);

    const files = phpFiles(folder);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files)
      expect(execFileSync('php', ['-l', file], { encoding: 'utf8' })).toContain('No syntax errors');
    expect(wordpress.theme).toBe('twentytwentythree');
  });
});

describe('an Author adds the quiz', () => {
  test('a block post with two quizzes: each with its settings, the loader once, deferred; the quiz completes', async ({
    wordpress,
    open,
  }) => {
    const settings = {
      persona: 'investor',
      theme: 'dark',
      accent: '#0b6e4f',
      headingLevel: 3,
      shareUrl: 'https://example.com/ai-layers',
      fallbackText: 'Read which layer fits',
    };
    const post = await createPost(
      wordpress,
      'author',
      'Layer-1 or Layer-2 for AI?',
      [
        paragraphBlock('Layer-1 blockchains are the base networks.'),
        quizBlock(settings),
        paragraphBlock('Then Layer-2.'),
        quizBlock(),
      ].join('\n\n'),
    );
    const html = await pageHtml(post.link);
    const [first, second] = quizMarkup(html);
    expect(quizMarkup(html)).toHaveLength(2);
    expect(first).toContain(
      'persona="investor" theme="dark" accent="#0b6e4f" heading-level="3" share-url="https://example.com/ai-layers"',
    );
    expect(first).toContain(`<a href="${post.link}">Read which layer fits</a>`);
    // Unset, the block's defaults: those of the element.
    expect(second).toMatch(
      /^<ai-layer-quiz style="display:block;min-height:380px;margin:24px 0" class="wp-block-ai-layer-quiz-quiz" theme="auto" heading-level="2">/,
    );
    expect(loaderTags(html)).toHaveLength(1);
    expect(loaderTags(html)[0]).toMatch(/\sdefer[\s>]/);

    const { page, requests } = await open(post.link);
    const events = await recordEvents(page);
    const quiz = widget(page, 'ai-layer-quiz[persona="investor"]');
    await expect(quiz.headingTag()).resolves.toBe('h3');
    await expect(quiz.root.getAttribute('data-theme')).resolves.toBe('dark');
    // Without JavaScript the fallback shows; with it, the quiz replaces it.
    await expect(page.getByRole('link', { name: 'Read which layer fits' }).isVisible()).resolves.toBe(false);
    const run = plannedRun('investor', lastOption);
    await quiz.complete(run, { presetPersona: true });
    expect(await quiz.headingText()).toContain(outcomeLabel(run.expected));
    const complete = (await events()).find((e) => e.type === 'quiz-complete')!;
    expect((complete.detail as { shareUrl: string }).shareUrl).toMatch(/^https:\/\/example\.com\/ai-layers#/);

    await expect(widget(page, 'ai-layer-quiz:not([persona])').headingText()).resolves.toBe(INTRO_HEADING);
    expect(requests).toContain(`${wordpress.origin}/wp-content/plugins/ai-layer-quiz/quiz/index.js`);
    expect(requests.filter((url) => url.includes(LOADER_PATH))).toHaveLength(1);
    expect(requests.every((url) => url.startsWith(wordpress.origin))).toBe(true);
  });

  test('a classic post with the shortcode: wpautop leaves it whole, and it is the block’s markup', async ({
    wordpress,
    open,
  }) => {
    // share-url: the element's own name for share_url.
    const attributes = 'persona="builder" theme="light" heading_level="4" share-url="https://example.com/ai-layers"';
    const classic = await createPost(
      wordpress,
      'author',
      'A classic post',
      `Layer-1 blockchains are the base networks.\n\n[ai_layer_quiz ${attributes}]\n\nLayer-2 is like launching a startup on cloud infrastructure.`,
    );
    const block = await createPost(
      wordpress,
      'author',
      'The same quiz as a block',
      quizBlock({ persona: 'builder', theme: 'light', headingLevel: 4, shareUrl: 'https://example.com/ai-layers' }),
    );
    const html = await pageHtml(classic.link);
    const [markup] = quizMarkup(html);
    const [blockMarkup] = quizMarkup(await pageHtml(block.link));
    const withoutClass = (m: string) => m.replace(/ class="[^"]*"/, '').replaceAll(block.link, classic.link);
    expect(withoutClass(markup!)).toBe(withoutClass(blockMarkup!));
    expect(markup).toContain('heading-level="4" share-url="https://example.com/ai-layers"');
    // No paragraph opened around it, none left empty after it, no line break added inside it.
    expect(html).not.toMatch(/<p>\s*<ai-layer-quiz/);
    expect(html).not.toMatch(/<\/ai-layer-quiz>\s*<\/p>/);
    expect(markup).not.toContain('<br');
    expect(loaderTags(html)).toHaveLength(1);

    const { page } = await open(classic.link);
    const quiz = widget(page);
    expect(await quiz.host.evaluate((el) => el.parentElement!.localName)).not.toBe('p');
    await expect(page.locator('ai-layer-quiz > p > a').isVisible()).resolves.toBe(false);
    await expect(quiz.headingTag()).resolves.toBe('h4');
    const run = plannedRun('builder', firstOption);
    await quiz.complete(run, { presetPersona: true });
    expect(await quiz.headingText()).toContain(outcomeLabel(run.expected));
  });

  test('a post without the quiz loads nothing of it', async ({ wordpress }) => {
    const post = await createPost(wordpress, 'author', 'No quiz here', paragraphBlock('Just words.'));
    const html = await pageHtml(post.link);
    expect(loaderTags(html)).toEqual([]);
    expect(html).not.toContain('ai-layer-quiz');
  });
});

describe('the block editor', () => {
  test('an Author inserts the block from the inserter, sets the persona, publishes, and the post shows that quiz', async ({
    wordpress,
    open,
  }) => {
    const { page, problems } = await open(`${wordpress.origin}/wp-login.php`, { noWait: true });
    await logIn(page, wordpress, 'author');
    await page.goto(`${wordpress.origin}/wp-admin/post-new.php`);

    await page.getByRole('textbox', { name: 'Add title' }).fill('Which layer for your AI?');
    await page.getByRole('button', { name: 'Toggle block inserter' }).click();
    await page.getByPlaceholder('Search').fill('blockchain');
    // Its preview in the inserter is the widget too.
    await page.getByRole('option', { name: 'AI layer quiz' }).hover();
    const inserterPreview = page
      .frameLocator('.block-editor-inserter__preview iframe')
      .locator('ai-layer-quiz [data-alq-focus]');
    await expect.poll(() => inserterPreview.textContent()).toBe(INTRO_HEADING);
    await page.getByRole('option', { name: 'AI layer quiz' }).click();
    await page.getByRole('button', { name: 'Toggle block inserter' }).click();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();

    // The editor shows the widget itself, not an empty box.
    const preview = widget(page, '[data-type="ai-layer-quiz/quiz"] ai-layer-quiz');
    await expect(preview.headingText()).resolves.toBe(INTRO_HEADING);
    await page.getByRole('combobox', { name: 'Persona' }).selectOption('investor');
    await expect.poll(() => preview.host.getAttribute('persona')).toBe('investor');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Publish', exact: true }).click();
    const view = page.locator('.post-publish-panel__postpublish').getByRole('link', { name: 'View Post' });
    const link = (await view.getAttribute('href'))!;

    // Closed first, so that nothing the editor still fetches comes after.
    await page.close();
    forgiveEditorOwn403s(problems);

    const post = await open(link);
    expect(post.requests.filter((url) => url.includes(LOADER_PATH))).toHaveLength(1);
    const quiz = widget(post.page);
    await expect(quiz.host.getAttribute('persona')).resolves.toBe('investor');
    const run = plannedRun('investor', firstOption);
    await quiz.complete(run, { presetPersona: true });
    expect(await quiz.headingText()).toContain(outcomeLabel(run.expected));
  });

  test('the plugin stored nothing (no option, table or meta of its own), and PHP logged nothing about it', async ({
    wordpress,
  }) => {
    const own = `LIKE '%quiz%'`;
    const stored = await wordpress.sql(
      [
        `SELECT option_name FROM wp_options WHERE option_name ${own}`,
        `SELECT meta_key FROM wp_postmeta WHERE meta_key ${own}`,
        `SELECT meta_key FROM wp_usermeta WHERE meta_key ${own}`,
        `SHOW TABLES ${own}`,
      ].join(';\n'),
    );
    expect(stored).toBe('');
    expect(pluginLog(wordpress)).toEqual([]);
  });
});
