/**
 * `quiz-page.js`, the script of `quiz.html`: the quiz alone on a page, framed by a platform that allows an
 * iframe but no script, or linked from a newsletter. Its settings come from the query string
 * (`?persona=investor&theme=dark&accent=%230b6e4f&article=https%3A%2F%2F…`), each checked as the element checks
 * its attribute: a value it does not accept is ignored with one warning. `article` is the post the quiz belongs
 * to: the page links back to it. It runs before the loader, so the quiz starts with these settings.
 */
import { acceptedValues, browserEnvironment, parseAttribute } from '../../embed/attributes.ts';
import { devMessage } from '../../errors.ts';

const SETTINGS = ['persona', 'theme', 'accent'] as const;

type Setting = (typeof SETTINGS)[number] | 'share-url';

/** The query string's `label` checked as attribute `name`: its value when valid, else null (warned when given). */
function setting(params: URLSearchParams, name: Setting, label: string = name): string | null {
  const raw = params.get(label);
  const parsed = parseAttribute(name, raw, browserEnvironment);
  if (parsed.warning)
    console.warn(
      devMessage(
        `quiz.html ignored ?${label}=${JSON.stringify(raw?.slice(0, 80))}; it accepts ${acceptedValues(name)}.`,
      ),
    );
  return parsed.warning || raw === null || raw.trim() === '' ? null : raw.trim();
}

/** Framed, the article opens in a new tab (the frame is too small for it); linked, in the same one. */
function showArticle(url: string): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-alq-article]');
  if (!link) return;
  link.href = url;
  if (window.self !== window.top) {
    link.target = '_blank';
    link.rel = 'noopener';
  }
  (link.closest('[hidden]') ?? link).removeAttribute('hidden');
}

function apply(): void {
  const params = new URLSearchParams(location.search);
  const quiz = document.querySelector('ai-layer-quiz');
  if (!quiz) return;
  for (const name of SETTINGS) {
    const value = setting(params, name);
    if (value !== null) quiz.setAttribute(name, value);
  }
  const article = setting(params, 'share-url', 'article');
  if (article !== null) showArticle(article);
}

try {
  apply();
} catch (error) {
  console.error(devMessage('quiz.html could not read its settings; the defaults apply.'), error);
}
