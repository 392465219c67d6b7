/**
 * The result comes in two frames: the verdict and its chart first, then what
 * the reader reads and reaches for next (the reasons, the share controls, the
 * folded sections, the ways on), made at the start of the following frame,
 * so that frame paints it. A page that prints gets it all at once.
 */
import { flushSync } from 'svelte';

/** Calls `show` in the frame after the next one; before printing at the latest. */
export function afterVerdict(show: () => void): () => void {
  let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(show)));
  const onPrint = () => flushSync(show);
  addEventListener('beforeprint', onPrint);
  return () => {
    cancelAnimationFrame(frame);
    removeEventListener('beforeprint', onPrint);
  };
}
