/**
 * The blog post every engine opens. Its first script, before the widget's
 * loader, records what a reader never sees but a test must: uncaught errors,
 * unhandled rejections and console errors (WebKit's driver gives no console
 * access, so every engine is watched the same way, from inside the page),
 * and the share link of each finished quiz.
 */
import { blogPage, SCRIPT_TAG } from '../browser/pages.ts';

export interface Watched {
  problems: string[];
  shareUrls: string[];
}

const WATCH = `<script>
(() => {
  const watched = { problems: [], shareUrls: [] };
  document.documentElement.alqWatched = watched;
  const text = (value) => (value instanceof Error ? value.name + ': ' + value.message : String(value));
  addEventListener('error', (event) => watched.problems.push('uncaught error: ' + text(event.error ?? event.message)));
  addEventListener('unhandledrejection', (event) => watched.problems.push('unhandled rejection: ' + text(event.reason)));
  const error = console.error;
  console.error = (...args) => {
    watched.problems.push('console error: ' + args.map(text).join(' '));
    error.apply(console, args);
  };
  document.addEventListener('quiz-complete', (event) => watched.shareUrls.push(event.detail.shareUrl));
})();
</script>`;

export const POST_PATH = '/engines/post.html';

export const POST = blogPage({ head: WATCH, widget: `<ai-layer-quiz></ai-layer-quiz>\n${SCRIPT_TAG}` });

/** Runs in the page: what the watcher recorded since the page loaded. */
export function watched(): Watched {
  return (document.documentElement as unknown as { alqWatched: Watched }).alqWatched;
}
