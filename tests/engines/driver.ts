/**
 * What a scenario needs from a browser, whatever the engine: open a page in a
 * fresh tab, reload it, run a function in it, click an element a function
 * finds (the driver's own pointer, not a script's click) and press keys.
 * One small adapter per engine implements it (firefox.ts, webkit.ts), so
 * every engine runs the same scenarios. Chromium runs these flows and more in
 * the browser suite.
 */

/** The keys the scenarios press, named once for every driver. */
export type Key = 'Tab' | 'Enter' | 'Space' | 'ArrowDown';

/** A function run in the page: self-contained (it is sent as source), with one serialisable argument. */
export type PageFunction<A, R> = (arg: A) => R;

/**
 * The same function as the libraries take it: they type arguments as they unwrap handles, and ours are plain
 * JSON, so nothing is unwrapped.
 */
export const plain = <A, R>(fn: PageFunction<A, R>) => fn as (arg: unknown) => R;

export interface Driver {
  /** Opens `url` in a new tab (its own sessionStorage), closing the one before. */
  open(url: string): Promise<void>;
  reload(): Promise<void>;
  run<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Clicks, with the driver's pointer, the middle of the element `find` returns. */
  click<A>(find: PageFunction<A, Element | null>, arg: A): Promise<void>;
  press(key: Key): Promise<void>;
  close(): Promise<void>;
}

/** How each engine is started: the test file names its engine and this. */
export type LaunchDriver = () => Promise<Driver>;

/** The viewport every engine gets: wide enough for MiniBrowser, whose window will not go below about 447 px. */
export const VIEWPORT = { width: 1024, height: 800 };

export function failNoPage(): never {
  throw new Error('[engines] no page is open: call open() first');
}
