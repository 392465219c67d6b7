/** The element's guard: whatever fails inside it is logged once, never thrown into the host page. */
import { devMessage } from '../errors.ts';

/** Runs `work`; a failure becomes one console error instead of an exception in the host page. */
export function guarded(what: string, work: () => void, onFailure?: () => void): void {
  try {
    work();
  } catch (error) {
    console.error(devMessage(`could not ${what}; showing the fallback content instead.`), error);
    try {
      onFailure?.();
    } catch {
      // Nothing more to do: the page must not see this.
    }
  }
}
