/**
 * The answer paths whose result has the most to say in its verdict card (the
 * why sentence, the notes under the chart, the top reasons and their
 * sources): the ones a height budget must hold for. Sampled evenly over every
 * path of the bank, so the count stays small when neutral answers multiply
 * the paths.
 */
import { createActor } from 'xstate';
import { engine, questionsFor } from '../../src/engine/index.ts';
import type { Answers, PersonaId } from '../../src/engine/types.ts';
import { resultView } from '../../src/machine/connect/result.ts';
import { connect, type ResultView } from '../../src/machine/quiz.connect.ts';
import { createQuizMachine } from '../../src/machine/quiz.machine.ts';
import type { Run } from './widget.ts';

/** At most this many paths per persona are evaluated. */
const SAMPLE = 2000;

function cardText(view: ResultView): number {
  const notes = [view.why, view.blend?.text, view.blend?.source, view.decision, view.weak?.weak ? view.weak.text : ''];
  const reasons = view.reasons.map((r) => `${r.answer} ${r.text} ${r.source ?? ''}`);
  return [...notes, ...reasons, view.investor?.disclaimer].join(' ').length;
}

export function runOf(persona: PersonaId, answers: Answers): Run {
  const result = engine.evaluate(persona, answers);
  if (!result.ok) throw new Error(result.message);
  return { persona, answers, expected: result.outcome, questions: questionsFor(persona, answers) };
}

const found = new Map<string, Run[]>();

/** The `count` paths of `persona` with the longest verdict card, longest first (worked out once per file). */
export function longestResults(persona: PersonaId, count = 2): Run[] {
  const key = `${persona}:${count}`;
  if (!found.has(key)) found.set(key, rank(persona, count));
  return found.get(key)!;
}

function rank(persona: PersonaId, count: number): Run[] {
  const machine = createQuizMachine(engine);
  const total = engine.forEachPath(persona, () => {});
  const step = Math.max(1, Math.floor(total / SAMPLE));
  const scored: [number, Answers][] = [];
  let i = 0;
  engine.forEachPath(persona, (answers) => {
    if (i++ % step !== 0) return;
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'RESTORE', persona, answers, at: 'result', origin: 'saved' });
    scored.push([cardText(connect(actor.getSnapshot(), () => {}, engine, resultView) as ResultView), answers]);
    actor.stop();
  });
  return scored
    .sort((a, b) => b[0] - a[0])
    .slice(0, count)
    .map(([, answers]) => runOf(persona, answers));
}
