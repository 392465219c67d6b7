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

/**
 * The quiz's one URL, for every try: the result file imports `./index.js`, so any other URL (a retry's query) would
 * load a second copy of the quiz's modules. Browsers keep no failed module fetch (HTML's module map caches only
 * successes; Chromium refetches on the next import), so a retry of the same URL asks the network again.
 */
export function quizUrl(loader: string): string {
  return new URL(QUIZ_ENTRY, loader).href;
}
