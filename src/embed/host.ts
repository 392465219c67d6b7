import type { QuizHost } from '../ui/options.ts';

/**
 * sessionStorage when the page may use it, else null. Reading the property
 * throws where storage is blocked (sandboxed frames, some privacy settings);
 * nothing is written here: the only key the widget ever writes is its
 * progress key.
 */
export function usableSessionStorage(): QuizHost['storage'] {
  try {
    const storage = window.sessionStorage;
    void storage.length;
    return storage;
  } catch {
    return null;
  }
}

/** A plain copy of an event's detail, so page listeners can neither see nor change the widget's live state. */
function plainCopy<T extends object>(detail: T): T {
  try {
    return JSON.parse(JSON.stringify(detail)) as T;
  } catch {
    return { ...detail };
  }
}

/** The page around one widget: events dispatched on its element, and storage. */
export function createHost(element: HTMLElement): QuizHost {
  return {
    emit(name, detail) {
      element.dispatchEvent(new CustomEvent(name, { detail: plainCopy(detail), bubbles: true, composed: true }));
    },
    storage: usableSessionStorage(),
  };
}
