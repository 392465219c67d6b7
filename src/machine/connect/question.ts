import type { Engine } from '../../engine/engine.ts';
import type { Answers, OptionId, PersonaId, Question, QuestionId } from '../../engine/types.ts';
import { devMessage } from '../../errors.ts';
import { personaOf, type QuizSnapshot, type Send, type ViewBase } from './base.ts';
import { switchView, type SwitchView } from './persona.ts';
import { trialBack, type TrialBack } from './trial.ts';

export interface OptionView {
  id: OptionId;
  label: string;
  hint: string;
  /** The answer already given to this question (kept across Back and persona switches). */
  selected: boolean;
}

export interface QuestionView extends ViewBase {
  screen: 'question';
  id: QuestionId;
  prompt: string;
  hint: string | null;
  options: OptionView[];
  selected: OptionId | null;
  /** 1-based position among the questions that apply on the reader's path. */
  number: number;
  /** The questions that apply given the answers so far: it grows only when an answer opens a branch. */
  total: number;
  /** Share of the applicable questions already behind the reader, 0 to 1. */
  progress: number;
  /** "Question 3 of 8" */
  progressText: string;
  /** Said when the answer just before changed the count: "Your answer on workload added 1 question." */
  progressNote: string | null;
  persona: { id: PersonaId; label: string };
  canGoBack: boolean;
  /** The other persona, to switch to directly; null when the bank has one. */
  switchTo: SwitchView | null;
  /** Set on a question that a tried answer brought in (see the result's "what would change"). */
  trial: (TrialBack & { text: string }) | null;
  /** Answers the question and moves on; ignored for an option the question does not have. */
  answer(optionId: OptionId): void;
  back(): void;
  restart(): void;
}

const questionsWord = (n: number) => (n === 1 ? '1 question' : `${n} questions`);

/**
 * Why the count just changed, if the answer to the question before the one on
 * screen opened a branch ("added") or, changed after Back, closed one the
 * reader had already answered ("removed"). Null when it changed nothing.
 */
export function branchNote(questions: readonly Question[], all: readonly Question[], index: number, answers: Answers) {
  const before = questions[index - 1];
  if (!before) return null;
  const follows = all.filter((q) => q.showIf?.some((c) => c.question === before.id));
  const added = follows.filter((q) => questions.includes(q)).length;
  const removed = follows.filter((q) => !questions.includes(q) && answers[q.id] !== undefined).length;
  if (added) return `Your answer on ${before.topic} added ${questionsWord(added)}.`;
  if (removed) return `Your answer on ${before.topic} removed ${questionsWord(removed)}.`;
  return null;
}

function optionsOf(question: Question, selected: OptionId | null): OptionView[] {
  return question.options.map((o) => ({ id: o.id, label: o.label, hint: o.hint, selected: o.id === selected }));
}

export function questionView(snapshot: QuizSnapshot, send: Send, engine: Engine): QuestionView {
  const { persona, answers, current, trial } = snapshot.context;
  const tried = trial !== null && snapshot.matches('trying');
  const onScreen = tried ? trial.current : current;
  const given = tried ? trial.answers : answers;
  const questions = persona ? engine.questionsFor(persona, given) : [];
  const index = questions.findIndex((q) => q.id === onScreen);
  const question = questions[index];
  if (!persona || !question) {
    // The machine never leaves a reader on a question that does not apply; guard anyway.
    throw new Error(devMessage(`no applicable question "${String(onScreen)}" for persona "${String(persona)}"`));
  }
  const selected = given[question.id] ?? null;
  const number = index + 1;
  const total = questions.length;
  const progressText = tried ? '' : `Question ${number} of ${total}`;
  const asked = new Set(engine.bank.personas.find((p) => p.id === persona)?.questions);
  const all = engine.bank.questions.filter((q) => asked.has(q.id));
  const progressNote = tried ? null : branchNote(questions, all, index, given);
  const trialText = 'The answer you are trying brings in this question. Answer it to see the result.';
  return {
    screen: 'question',
    key: `${tried ? 'trial-question' : 'question'}:${question.id}`,
    announcement: tried ? trialText : [progressText, progressNote].filter(Boolean).join(' '),
    id: question.id,
    prompt: question.prompt,
    hint: question.hint ?? null,
    options: optionsOf(question, selected),
    selected: question.options.some((o) => o.id === selected) ? selected : null,
    number,
    total,
    progress: (number - 1) / total,
    progressText,
    progressNote,
    persona: personaOf(engine.bank, persona),
    canGoBack: !tried && snapshot.can({ type: 'BACK' }),
    switchTo: tried ? null : switchView(snapshot, send, engine.bank),
    trial: tried ? { text: trialText, ...trialBack(snapshot, send) } : null,
    answer: (optionId) => send({ type: 'ANSWER', optionId }),
    back: () => send({ type: 'BACK' }),
    restart: () => send({ type: 'RESTART' }),
  };
}
