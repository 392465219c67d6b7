/** The figures of one bench run, as written to `.bench/latest.json` and printed by table.ts. */
import type { Bytes } from './bytes.ts';
import type { DecodeSpeed } from './decode-speed.ts';
import type { FoldSample } from './fold.ts';
import type { Connection, LoadSample } from './loads.ts';
import type { HeapSample } from './over-devtools.ts';
import type { Contender } from './pages.ts';
import type { Input } from './page/protocol.ts';
import type { RunSample } from './runs.ts';
import type { ResultCost } from './result-cost.ts';
import type { Split } from './source-map-split.ts';

export interface RateResults {
  rate: number;
  /** 'none' at 1×; above, the DevTools pipe that only throttles. */
  connection: Connection;
  loads: Record<Contender, LoadSample[]>;
  runs: Record<Contender, RunSample[]>;
}

export interface HeapResults {
  rate: number;
  samples: Record<Contender, HeapSample[]>;
}

/** The same cold load three ways, at 1×: what a DevTools connection costs. */
export interface Comparison {
  none: Record<Contender, LoadSample[]>;
  throttle: Record<Contender, LoadSample[]>;
  playwright: Record<Contender, LoadSample[]>;
}

export interface Results {
  date: string;
  environment: {
    chromium: string;
    node: string;
    cpus: number;
    /** At the start and at the end of the run (a shared machine shows here). */
    loadAverage: number[];
    loadAverageEnd: number[];
  };
  /** How clicks were made; `why` says why real input was not used. */
  input: { kind: Input; why?: string };
  iterations: {
    loads: number;
    runs: number;
    restarts: number;
    rates: number[];
    restartRates: number[];
    foldLoads: number;
    foldSeconds: number;
    questionSteps: Record<Contender, number>;
  };
  /** Every file a complete run fetched, per contender, as built (raw, gzip, brotli). */
  bytes: Record<Contender, { files: { path: string; bytes: Bytes }[]; total: Bytes }>;
  /** Sizes of every file of ours and the peer's that any page fetched, by URL path. */
  fileBytes: Record<string, Bytes>;
  split: Split;
  fold: Record<Contender, FoldSample[]>;
  rates: RateResults[];
  heap: HeapResults[];
  comparison?: Comparison;
  /** Reading a share link, in Node (ours only: the peer has no share links). */
  shareDecode: DecodeSpeed;
  /** The result computed in Node on the real bank and on one twice its size (ours only). */
  resultCost: ResultCost;
  seconds: number;
}
