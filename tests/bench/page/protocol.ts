/**
 * What the bench tells a page (its config, inlined in the page) and what the
 * page reports back (JSON posted to `/bench/report?run=…`). Types only, shared
 * by the page script (page/*.ts) and the bench in Node.
 */

export const REPORT_PATH = '/bench/report';
export const SCRIPT_START = 'bench:script-start';

/**
 * - load: wait for the first painted frame with a usable Start button, let the page settle, report.
 * - run: click through a whole quiz, timing Start and every Continue.
 * - heap: the same run with in-page clicks, then wait for the bench (over DevTools) to read the heap and ask for restarts.
 * - fold: report at the load event and otherwise do nothing (the page is left alone, never scrolled).
 * - launch: a blank page that waits for the browser to settle (and, for real
 *   input, lets the bench learn where the page sits on the screen), then
 *   opens `next`: the measured page starts from a browser that is up, as a
 *   reader's is, not one still starting.
 */
export type Mode = 'load' | 'run' | 'heap' | 'fold' | 'launch';

/** `real`: the bench clicks with xdotool under Xvfb; `synthetic`: the page calls `element.click()` itself. */
export type Input = 'real' | 'synthetic';

export interface WidgetLocation {
  /** Selector of the widget's host element. */
  host: string;
  /** Whether the widget lives in the host's (open) shadow root. */
  shadow: boolean;
}

/** The quiz a run clicks through, as the page sees it. */
export interface PagePlan {
  /** Text of the screen Start opens (the persona question on both pages). */
  firstPrompt: string;
  /** The persona's button (ours) or option (SurveyJS) label. */
  persona: string;
  /** ours: a button; SurveyJS: a radio option followed by Continue. */
  personaIsQuestion: boolean;
  steps: { prompt: string; option: string }[];
  /** Text that shows the run reached its end (our verdict's heading, SurveyJS's thank-you). */
  end: string;
  /** Ours: text that shows the whole end screen, painted after the verdict. */
  whole?: string;
  /** Back is clicked once, after the Continue of `steps[backAfter]` (then Continue again, untimed); null: never. */
  backAfter: number | null;
  /** What a run does on our result (SurveyJS's thank-you page has nothing to open or try). */
  result?: ResultPlan;
}

/** Opening the fold of what would change the result, trying an answer from it, and back. */
export interface ResultPlan {
  /** The fold's summary text. */
  fold: string;
  /** The start of the text of the first thing the open fold shows (a "Try this answer" button, or the no-flip sentence). */
  foldShows: string;
  /** The buttons that try an answer, and which of them to click (0-based); null: none leads straight to a tried result. */
  tryThis: string;
  tryIndex: number | null;
  /** Text only a tried result shows, the button back from it, and text only the reader's own result shows. */
  tried: string;
  back: string;
  mine: string;
}

export interface PageConfig {
  run: string;
  mode: Mode;
  widget: WidgetLocation;
  input: Input;
  plan?: PagePlan;
  /** load: how long to keep recording after the Start frame (late shifts and tasks belong to the load). */
  settleMs: number;
  /** launch: the page to open once the browser has settled. */
  next?: string;
  /** launch: calibrate real input first. */
  calibrate?: boolean;
  timeoutMs: number;
}

export interface LongTask {
  start: number;
  duration: number;
}

export interface Shift {
  start: number;
  value: number;
  recentInput: boolean;
}

/** The first frame with the Start button usable: when a frame callback saw it, and when that frame was painted. */
export interface Interactive {
  seen: number;
  painted: number;
}

/** One timed click (ms since navigation start). */
export interface StepTiming {
  /** The click event's timestamp. */
  click: number;
  /** When the expected text was in the DOM. */
  dom: number;
  /** When the frame showing it was painted. */
  paint: number;
}

export interface LoadReport {
  type: 'load';
  scriptStart: number;
  interactive: Interactive;
  longTasks: LongTask[];
  shifts: Shift[];
  /** A fixed loop timed after the load: shows the CPU speed this page ran at (4× throttled: about 4× longer). */
  cpuIndex: number;
}

export interface RunReport {
  type: 'run';
  input: Input;
  scriptStart: number;
  interactive: Interactive;
  /** Start, clicked as soon as it was painted → the first question painted. */
  start: StepTiming;
  /** Continue → next question, one per question-to-question step. */
  steps: StepTiming[];
  /** The last Continue → the end screen (ours: the verdict), and → the whole of it (ours). */
  end: StepTiming;
  whole?: StepTiming;
  /** Back → the previous question. */
  back?: StepTiming;
  /** Ours: the fold's summary → its content; "Try this answer" → the tried result; back → the result again. */
  fold?: StepTiming;
  tried?: StepTiming;
  mine?: StepTiming;
  /** Clicks that arrived as trusted events on the element aimed at. */
  trustedClicks: number;
  clicks: number;
  longTasks: LongTask[];
  shifts: Shift[];
}

/** Asks the bench for a real click at the centre of an element, in CSS px of the page's viewport. */
export interface ClickRequest {
  type: 'click';
  x: number;
  y: number;
  dpr: number;
  label: string;
  /** Rest the pointer on the element for a moment before pressing, as a reader does. */
  hover: boolean;
}

export type Report =
  | LoadReport
  | RunReport
  | ClickRequest
  | { type: 'calibrate' }
  /** From a trusted mousemove: screen minus client coordinates, in CSS px. */
  | { type: 'offset'; dx: number; dy: number; dpr: number }
  | { type: 'fold'; loadEnd: number; widgetTop: number; viewportHeight: number }
  | { type: 'error'; message: string };

/** What the page script exposes on `window.__bench` in heap mode, for the bench to call over DevTools. */
export interface HeapControl {
  /** Stops the recorders, then restarts and completes the quiz `times` times with in-page clicks. */
  restart(times: number): Promise<void>;
}
