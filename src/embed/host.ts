import type { QuizHost } from '../ui/options.ts';

type Storage = NonNullable<QuizHost['storage']>;

/** Where progress goes when sessionStorage cannot be used: kept for the page's life, shared by its widgets. */
const memory = new Map<string, string>();
const memoryStorage: Storage = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
};

/**
 * sessionStorage when the page may use it, else memory. Reading the property
 * throws where storage is blocked (sandboxed frames, some privacy settings),
 * and a page may have none; nothing is written here: the only key the widget
 * ever writes is its progress key.
 */
export function usableSessionStorage(): Storage {
  try {
    const storage = window.sessionStorage;
    void storage.length;
    return storage;
  } catch {
    return memoryStorage;
  }
}

/**
 * The widget's window listeners, held only while it is on the page: paused, a
 * widget taken off the page leaves nothing on window that keeps it alive.
 */
export function pageListeners() {
  const listeners = new Set<[string, () => void]>();
  let paused = false;
  return {
    listen(type: string, listener: () => void): () => void {
      const entry: [string, () => void] = [type, listener];
      listeners.add(entry);
      if (!paused) window.addEventListener(type, listener);
      return () => {
        listeners.delete(entry);
        window.removeEventListener(type, listener);
      };
    },
    pause() {
      paused = true;
      for (const [type, listener] of listeners) window.removeEventListener(type, listener);
    },
    resume() {
      if (!paused) return;
      paused = false;
      for (const [type, listener] of listeners) window.addEventListener(type, listener);
    },
  };
}

/** A plain copy of an event's detail, so page listeners can neither see nor change the widget's live state. */
function plainCopy<T extends object>(detail: T): T {
  try {
    return JSON.parse(JSON.stringify(detail)) as T;
  } catch {
    return { ...detail };
  }
}

/** The page around one widget: events dispatched on its element, storage, and window listeners. */
export function createHost(element: HTMLElement, listen: QuizHost['listen']): QuizHost {
  return {
    emit(name, detail) {
      element.dispatchEvent(new CustomEvent(name, { detail: plainCopy(detail), bubbles: true, composed: true }));
    },
    storage: usableSessionStorage(),
    listen,
  };
}
