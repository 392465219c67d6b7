import type { Engine } from '../../engine/engine.ts';
import type { Answers, Bank, OptionId, PersonaId, QuestionId } from '../../engine/types.ts';
import { devMessage } from '../../errors.ts';
import { personaOf, type QuizSnapshot, type Send, type ViewBase } from './base.ts';

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
  /** Questions on the reader's path, counting those an open answer may still bring in. */
  total: number;
  /** Share of the applicable questions already behind the reader, 0 to 1. */
  progress: number;
  /** "Question 3 of 8" */
  progressText: string;
  persona: { id: PersonaId; label: string };
  canGoBack: boolean;
  /** Answers the question and moves on; ignored for an option the question does not have. */
  answer(optionId: OptionId): void;
  back(): void;
  changePersona(): void;
  restart(): void;
}

/**
 * How many questions the reader may be asked in all, given the answers so far:
 * the questions that apply, plus those a still-open answer could bring in.
 * Used as the "of N" so the total never grows under the reader's feet; it can
 * only shrink when an answer rules a branch out.
 */
export function mostQuestions(bank: Bank, persona: PersonaId, answers: Answers): number {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const status = new Map<QuestionId, 'shown' | 'maybe'>();
  for (const id of bank.personas.find((p) => p.id === persona)?.questions ?? []) {
    const question = byId.get(id);
    if (!question) continue;
    let state: 'shown' | 'maybe' | null = 'shown';
    for (const condition of question.showIf ?? []) {
      const earlier = status.get(condition.question);
      const answer = answers[condition.question];
      if (!earlier || (answer !== undefined && !condition.anyOf.includes(answer))) {
        state = null;
        break;
      }
      if (answer === undefined || earlier === 'maybe') state = 'maybe';
    }
    if (state) status.set(id, state);
  }
  return status.size;
}

export function questionView(snapshot: QuizSnapshot, send: Send, engine: Engine): QuestionView {
  const { persona, answers, current } = snapshot.context;
  const questions = persona ? engine.questionsFor(persona, answers) : [];
  const index = questions.findIndex((q) => q.id === current);
  const question = questions[index];
  if (!persona || !question) {
    // The machine never leaves a reader on a question that does not apply; guard anyway.
    throw new Error(devMessage(`no applicable question "${String(current)}" for persona "${String(persona)}"`));
  }
  const selected = answers[question.id] ?? null;
  const number = index + 1;
  const total = Math.max(questions.length, mostQuestions(engine.bank, persona, answers));
  const progressText = `Question ${number} of ${total}`;
  return {
    screen: 'question',
    key: `question:${question.id}`,
    announcement: progressText,
    id: question.id,
    prompt: question.prompt,
    hint: question.hint ?? null,
    options: question.options.map((o) => ({ id: o.id, label: o.label, hint: o.hint, selected: o.id === selected })),
    selected: question.options.some((o) => o.id === selected) ? selected : null,
    number,
    total,
    progress: (number - 1) / total,
    progressText,
    persona: personaOf(engine.bank, persona),
    canGoBack: snapshot.can({ type: 'BACK' }),
    answer: (optionId) => send({ type: 'ANSWER', optionId }),
    back: () => send({ type: 'BACK' }),
    changePersona: () => send({ type: 'CHANGE_PERSONA' }),
    restart: () => send({ type: 'RESTART' }),
  };
}
