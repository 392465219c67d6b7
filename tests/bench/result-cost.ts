/**
 * What the result costs to compute, in Node, on the real bank and on one
 * twice its size (doubled-bank.ts), for the answers of the bench's runs: the
 * connect layer's result view as the verdict paints it (the answers scored
 * and explained), and the same with its flips read (every single changed
 * answer scored, as when the "what would change" section is made), timed as
 * the median over batches, each result on an engine of its own that has
 * computed nothing yet. Two counts go with each that no busy machine can
 * move: how many times one result works out which questions apply (a whole
 * scoring) and how many option weights it reads.
 */
import { performance } from 'node:perf_hooks';
import { createActor } from 'xstate';
import { createEngine, type Engine } from '../../src/engine/engine.ts';
import type { Answers, Bank, PersonaId } from '../../src/engine/types.ts';
import type { QuizSnapshot } from '../../src/machine/connect/base.ts';
import { resultView } from '../../src/machine/connect/result.ts';
import { createQuizMachine } from '../../src/machine/quiz.machine.ts';
import { doubledAnswers, doubledBank } from './doubled-bank.ts';

export interface AnswerSet {
  persona: PersonaId;
  answers: Answers;
}

export interface BankCost {
  /** Median over batches of the mean time per result (ms): the result view as painted, its flips not read. */
  paintedMs: number;
  /** The same with the flips read. */
  resultMs: number;
  /** Per result, on average: questions answered and options per answered question. */
  questions: number;
  options: number;
  /** Per result, on average: times the questions that apply were worked out (a whole scoring), as painted and with the flips. */
  paintedScorings: number;
  scorings: number;
  /** Per result, on average: option weights read, as painted and with the flips. */
  paintedWeightReads: number;
  weightReads: number;
}

export interface ResultCost {
  real: BankCost;
  doubled: BankCost;
  answerSets: number;
  batches: number;
}

const send = () => {};

/** A snapshot of the quiz machine on the result of `set`, made with an engine of its own (it evaluates on the way). */
export function resultSnapshot(bank: Bank, set: AnswerSet): QuizSnapshot {
  const actor = createActor(createQuizMachine(createEngine(bank)), { input: {} }).start();
  actor.send({ type: 'RESTORE', persona: set.persona, answers: set.answers, at: 'result', origin: 'saved' });
  const snapshot = actor.getSnapshot();
  actor.stop();
  if (!snapshot.matches('result')) throw new Error(`[bench] the answers of ${set.persona} do not restore a result`);
  return snapshot;
}

/** The result of a snapshot as its verdict paints, or with the flips read too. */
function computeResult(snapshot: QuizSnapshot, engine: Engine, flips: boolean): unknown {
  const view = resultView(snapshot, send, engine);
  return flips ? view.flips.length : view;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A bank with the answer sets to compute the result of, and their snapshots on the result. */
interface Subject {
  bank: Bank;
  sets: AnswerSet[];
  snapshots: QuizSnapshot[];
}

type Timing = 'paintedMs' | 'resultMs';
const WORK: Record<Timing, (subject: Subject, i: number, engine: Engine) => unknown> = {
  paintedMs: (subject, i, engine) => computeResult(subject.snapshots[i]!, engine, false),
  resultMs: (subject, i, engine) => computeResult(subject.snapshots[i]!, engine, true),
};

/** Mean ms per call over `repeat` rounds of the answer sets, each call on a fresh engine made before the clock starts. */
function batch(subject: Subject, timing: Timing, repeat: number): number {
  const engines = Array.from({ length: repeat * subject.sets.length }, () => createEngine(subject.bank));
  const start = performance.now();
  engines.forEach((engine, n) => WORK[timing](subject, n % subject.sets.length, engine));
  return (performance.now() - start) / engines.length;
}

/**
 * Medians over batches. Each batch times every bank and both timings in
 * turn, so a busy moment on a shared machine falls on all of them; the first
 * batches warm the code up and are not counted.
 */
function timings(subjects: Subject[], batches: number, repeat: number): Record<Timing, number>[] {
  const samples = subjects.map(() => ({ paintedMs: [] as number[], resultMs: [] as number[] }));
  for (let b = -3; b < batches; b++) {
    subjects.forEach((subject, s) => {
      for (const timing of ['paintedMs', 'resultMs'] as const) {
        const ms = batch(subject, timing, repeat);
        if (b >= 0) samples[s]![timing].push(ms);
      }
    });
  }
  return samples.map((s) => ({ paintedMs: medianOf(s.paintedMs), resultMs: medianOf(s.resultMs) }));
}

/** A copy of `bank` that counts reads of each persona's question list and of each option's weights. */
function counting(bank: Bank) {
  const counts = { scorings: 0, weightReads: 0 };
  const counted = <T extends object, K extends keyof T>(object: T, key: K, count: () => void): T => {
    const value = object[key];
    return Object.defineProperty({ ...object }, key, { enumerable: true, get: () => (count(), value) });
  };
  return {
    counts,
    bank: {
      ...bank,
      personas: bank.personas.map((p) => counted(p, 'questions', () => counts.scorings++)),
      questions: bank.questions.map((q) => ({
        ...q,
        options: q.options.map((o) => counted(o, 'weights', () => counts.weightReads++)),
      })),
    },
  };
}

/** What one result asks of a bank: the questions and options answered, and the two counts. */
function workOn({ bank, sets, snapshots }: Subject): Omit<BankCost, Timing> {
  const plain = createEngine(bank);
  const asked = sets.map((set) => plain.questionsFor(set.persona, set.answers));
  const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const counted = (flips: boolean) => {
    const { counts, bank: countingBank } = counting(bank);
    const engines = snapshots.map(() => createEngine(countingBank));
    Object.assign(counts, { scorings: 0, weightReads: 0 });
    snapshots.forEach((snapshot, i) => computeResult(snapshot, engines[i]!, flips));
    return { scorings: counts.scorings / sets.length, weightReads: counts.weightReads / sets.length };
  };
  const painted = counted(false);
  return {
    questions: mean(asked.map((questions) => questions.length)),
    options: mean(asked.flatMap((questions) => questions.map((q) => q.options.length))),
    paintedScorings: painted.scorings,
    paintedWeightReads: painted.weightReads,
    ...counted(true),
  };
}

export function measureResultCost(bank: Bank, sets: AnswerSet[], batches = 21, repeat = 5): ResultCost {
  const subject = (bank: Bank, sets: AnswerSet[]): Subject => ({
    bank,
    sets,
    snapshots: sets.map((set) => resultSnapshot(bank, set)),
  });
  const real = subject(bank, sets);
  const doubled = subject(
    doubledBank(bank),
    sets.map((set) => ({ persona: set.persona, answers: doubledAnswers(set.answers) })),
  );
  const [realTimes, doubledTimes] = timings([real, doubled], batches, repeat);
  return {
    real: { ...realTimes!, ...workOn(real) },
    doubled: { ...doubledTimes!, ...workOn(doubled) },
    answerSets: sets.length,
    batches,
  };
}
