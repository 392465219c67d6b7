/**
 * The result comes in two frames: the verdict and its reasons first, then
 * what the reader reaches for afterwards (the share controls, the folded
 * sections, the ways on), made right after the verdict's frame is painted.
 * A page that prints gets it all at once.
 */
import { flushSync } from 'svelte';

/** Calls `show` once the next frame has been painted; before printing at the latest. */
export function afterVerdict(show: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A frame callback runs just before the frame is painted; a timer set there runs after it.
  const frame = requestAnimationFrame(() => (timer = setTimeout(show)));
  const onPrint = () => flushSync(show);
  addEventListener('beforeprint', onPrint);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    removeEventListener('beforeprint', onPrint);
  };
}
