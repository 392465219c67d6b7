/**
 * A Contributor (the least a writer can be) saves the quiz with crafted
 * values, in the block and in the shortcode; an Administrator publishes the
 * post, as after a review. None of the values reaches the page as markup or
 * script: each invalid one is left out, so the element's default applies.
 */
import { widget } from '../browser/widget.ts';
import {
  createPost,
  describe,
  expect,
  pageHtml,
  paragraphBlock,
  pluginLog,
  quizBlock,
  quizMarkup,
  test,
  type Post,
} from './site.ts';
import type { WordPress } from './wordpress.ts';

const HOSTILE_BLOCK = {
  persona: '"><script>alert(1)</script>',
  theme: 'dark" onmouseover="alert(2)',
  accent: 'red;}</style><script>alert(3)</script>',
  headingLevel: '2" onclick="alert(4)',
  shareUrl: 'javascript:alert(5)',
  fallbackText: '<img src=x onerror=alert(6)>Read on',
  fallbackUrl: 'javascript:alert(7)',
};

const HOSTILE_SHORTCODE = `[ai_layer_quiz persona='"><script>alert(11)</script>' theme='dark" onmouseover="alert(12)' accent="url(javascript:alert(13))" heading_level='3" onclick="alert(14)' share_url="javascript:alert(15)" fallback_text='<img src=x onerror=alert(16)>Read on' fallback_url="data:text/html,alert(17)"]`;

/** Accent values as an author may type them, and what reaches the element (null: left out, the default applies). */
const ACCENTS: [typed: string, rendered: string | null][] = [
  ['#0b6e4f', '#0b6e4f'],
  ['#FFF', '#FFF'],
  ['rgb(11 110 79)', 'rgb(11 110 79)'],
  ['rgba(11, 110, 79, 0.9)', 'rgba(11, 110, 79, 0.9)'],
  ['hsl(160deg 80% 24%)', 'hsl(160deg 80% 24%)'],
  ['Teal', 'Teal'],
  ['banana', null],
  ['#12345', null],
  ['red; background: url(x)', null],
  ['url(javascript:alert(21))', null],
  ['expression(alert(22))', null],
  ['rgb(0 0 0) ; color: red', null],
  ['var(--brand)', null],
  ['currentColor', null],
];

/** Written by the Contributor (pending review), then published by an Administrator. */
async function reviewedPost(wp: WordPress, title: string, content: string): Promise<Post> {
  const pending = await createPost(wp, 'contributor', title, content);
  expect(pending.status).toBe('pending');
  return wp.rest<Post>('administrator', 'POST', `/wp/v2/posts/${pending.id}`, { status: 'publish' });
}

describe('hostile values saved by a Contributor', () => {
  test('reach the page as neither markup nor script, in the block and in the shortcode', async ({
    wordpress,
    open,
  }) => {
    const post = await reviewedPost(
      wordpress,
      'A contributed post',
      [
        paragraphBlock('A quiz with crafted settings, then one with valid ones.'),
        quizBlock(HOSTILE_BLOCK),
        quizBlock({ persona: 'investor', accent: '#0b6e4f' }),
        `<!-- wp:shortcode -->\n${HOSTILE_SHORTCODE}\n<!-- /wp:shortcode -->`,
      ].join('\n\n'),
    );
    const html = await pageHtml(post.link);
    for (const trace of ['alert(', 'javascript:', 'data:text', 'onerror', 'onmouseover', 'onclick'])
      expect(html, trace).not.toContain(trace);

    const [hostileBlock, validBlock, hostileShortcode] = quizMarkup(html);
    expect(quizMarkup(html)).toHaveLength(3);
    // The block falls back to its defaults (the element's); the shortcode leaves every attribute out.
    expect(hostileBlock).toMatch(
      /^<ai-layer-quiz style="display:block;min-height:380px;margin:24px 0" class="wp-block-ai-layer-quiz-quiz" theme="auto" heading-level="2">/,
    );
    expect(validBlock).toContain('persona="investor" theme="auto" accent="#0b6e4f"');
    expect(hostileShortcode).toMatch(
      /^<ai-layer-quiz class="ai-layer-quiz" style="display:block;min-height:380px;margin:24px 0">/,
    );
    for (const markup of [hostileBlock, hostileShortcode])
      expect(markup).toContain(`<p><a href="${post.link}">Read on</a></p>`);

    const { page } = await open(post.link);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const found = await page.evaluate(() => ({
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        el.getAttributeNames().filter((name) => name.startsWith('on')),
      ),
      scriptLinks: [...document.querySelectorAll('a')].filter((a) => !/^https?:/.test(a.href)).map((a) => a.href),
      injectedScripts: [...document.scripts].filter((s) => s.text.includes('alert(')).length,
    }));
    expect(found).toEqual({ handlers: [], scriptLinks: [], injectedScripts: 0 });

    for (const selector of ['ai-layer-quiz >> nth=0', 'ai-layer-quiz >> nth=2']) {
      const quiz = widget(page, selector);
      await quiz.host.hover();
      await expect(quiz.headingTag()).resolves.toBe('h2');
      await quiz.start();
      await quiz.host.getByRole('button', { name: "I'm investing" }).waitFor();
    }
    expect(dialogs).toEqual([]);
  });

  test('accent colours: hex, rgb(), hsl() and names pass; anything else is left out', async ({ wordpress }) => {
    const content = ACCENTS.map(([typed]) => `[ai_layer_quiz accent="${typed}"]`).join('\n\n');
    const post = await reviewedPost(wordpress, 'Accents', content);
    const rendered = quizMarkup(await pageHtml(post.link)).map((m) => / accent="([^"]*)"/.exec(m)?.[1] ?? null);
    expect(rendered).toEqual(ACCENTS.map(([, expected]) => expected));
  });

  test('PHP logged nothing about the plugin', ({ wordpress }) => {
    expect(pluginLog(wordpress)).toEqual([]);
  });
});
