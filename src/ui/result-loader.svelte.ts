/**
 * The result chunk of one widget: fetched once (again after a failure, when
 * asked), with what the screen needs to know about it as state.
 */
import type { ResultChunk } from './result/chunk.ts';

export class ResultLoader {
  chunk: ResultChunk | null = $state.raw(null);
  /** The last fetch failed: the pending screen offers "Try again". */
  failed = $state(false);
  #fetching: Promise<ResultChunk> | null = null;
  readonly #fetch: () => Promise<ResultChunk>;
  readonly #arrived: (chunk: ResultChunk) => void;

  constructor(
    fetch: () => Promise<ResultChunk>,
    preloaded: ResultChunk | undefined,
    arrived: (c: ResultChunk) => void,
  ) {
    this.#fetch = fetch;
    this.#arrived = arrived;
    if (preloaded) this.#take(preloaded);
  }

  #take(chunk: ResultChunk) {
    this.#arrived(chunk);
    this.chunk = chunk;
  }

  /** The chunk, fetching it if it is not here yet; a failed fetch is tried anew on the next call. */
  load = (): Promise<ResultChunk> => {
    if (this.chunk) return Promise.resolve(this.chunk);
    this.failed = false;
    this.#fetching ??= this.#fetch().then(
      (chunk) => {
        this.#take(chunk);
        return chunk;
      },
      (error: unknown) => {
        this.#fetching = null;
        this.failed = true;
        throw error;
      },
    );
    return this.#fetching;
  };
}
