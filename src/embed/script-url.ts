/**
 * Where the quiz lives: the `quiz/` folder next to the loader script, so a
 * blog that copies both, or an npm CDN that serves the package, needs no
 * setting. The loader's own URL is `document.currentScript` while it runs;
 * that is null when it runs as a module, from a shadow root or later than
 * its own evaluation, so the page's scripts are searched for it then.
 */
export const LOADER_NAME = /\/ai-layer-quiz\.js(?:[?#]|$)/;
export const QUIZ_ENTRY = 'quiz/index.js';

export function loaderUrl(doc: Document = document): string | null {
  const current = doc.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')].filter((s) => LOADER_NAME.test(s.src));
  return scripts.at(-1)?.src ?? null;
}

/** The quiz's URL for the `attempt`-th try: a retry must not reuse a URL whose fetch failed. */
export function quizUrl(loader: string, attempt: number): string {
  const url = new URL(QUIZ_ENTRY, loader);
  if (attempt > 1) url.searchParams.set('attempt', String(attempt));
  return url.href;
}
