/**
 * The connect layer: turns a quiz machine snapshot into what each screen shows
 * and the actions it offers. Pure (no DOM, no Svelte): components render the
 * view and call its functions; all wording computed from the bank lives here.
 */
import type { SnapshotFrom } from 'xstate';
import type { Engine } from '../engine/engine.ts';
import { OUTCOME_IDS } from '../engine/types.ts';
import type {
  Answers,
  Bank,
  Citation,
  Evaluation,
  Flip,
  OptionId,
  OutcomeId,
  PersonaId,
  QuestionId,
} from '../engine/types.ts';
import type { Origin, QuizEvent, QuizMachine } from './quiz.machine.ts';
import { devMessage } from '../errors.ts';
import { sourced, sourceText, type SourcedText } from './connect/sourced.ts';
import { blendNote, howSettled, weakNote } from './connect/how-decided.ts';

export { sourceText, type SourcedText };

export type QuizSnapshot = SnapshotFrom<QuizMachine>;
export type Send = (event: QuizEvent) => void;
export type Screen = 'intro' | 'persona' | 'question' | 'result';

/** Reading time per question, for the intro's estimate. */
export const SECONDS_PER_QUESTION = 15;
/** How many of the strongest reasons the result lists. */
export const TOP_REASONS = 3;
/** How many "what would flip it" sentences the result lists. */
export const TOP_FLIPS = 3;

interface ViewBase {
  screen: Screen;
  /** Changes exactly when the reader moves to another step: focus and announcements key on it. */
  key: string;
  /** What the status region says on arriving at this step ('' for nothing). */
  announcement: string;
}

export interface IntroView extends ViewBase {
  screen: 'intro';
  questions: { min: number; max: number };
  minutes: number;
  /** "7–9 questions, about 2 minutes" */
  lengthText: string;
  start(): void;
}

export interface PersonaChoice {
  id: PersonaId;
  label: string;
  hint: string;
  /** The persona the reader had before choosing to change it. */
  current: boolean;
}

export interface PersonaView extends ViewBase {
  screen: 'persona';
  choices: PersonaChoice[];
  choose(persona: PersonaId): void;
  back(): void;
}

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

export interface ScoreBar {
  id: OutcomeId;
  label: string;
  /** 0–100, the figure the chart shows. */
  fit: number;
  /** The part of `fit` that comes from the blend (Hybrid only; else 0). */
  blendFit: number;
  recommended: boolean;
  runnerUp: boolean;
}

export interface ReasonView extends SourcedText {
  questionId: QuestionId;
  question: string;
  answer: string;
  /** When the answer pulls toward one side of the blend rather than the recommendation itself: that side; else null. */
  toward: string | null;
}

export interface InvestorView {
  /** What an investor most needs to know about this outcome, said first; null when there is nothing special. */
  notice: SourcedText | null;
  allocation: {
    slices: { id: string; label: string; share: number; examples: string; highlight: boolean }[];
    source: string;
  };
  compliance: SourcedText[];
  tools: {
    rows: { id: string; name: string; bestFor: string; pricing: string; suggested: boolean }[];
    source: string;
  };
  disclaimer: string;
}

export interface ResultView extends ViewBase {
  screen: 'result';
  persona: { id: PersonaId; label: string };
  outcome: { id: OutcomeId; label: string };
  /** "Your best fit: Layer-2" */
  heading: string;
  decidedBy: Evaluation['decidedBy'];
  /** One plain sentence on how a close call was settled; null for a clear lead. */
  decision: { text: string; source: string | null } | null;
  /** What the blend of Layer-1 and Layer-2 adds to Hybrid's bar, when it adds anything. */
  blend: { text: string; fit: number; source: string } | null;
  /** Which answers did not count, and whether that makes the result weak. */
  weak: { weak: boolean; text: string } | null;
  /** The recommended layer in one sentence, with its source. */
  summary: SourcedText;
  scores: ScoreBar[];
  reasons: ReasonView[];
  advantages: SourcedText[];
  challenges: SourcedText[];
  examples: { name: string; note: string; source: string }[];
  /** The second best fit; null when it has no fit at all. */
  runnerUp: { id: OutcomeId; label: string; fit: number } | null;
  /** "If you answered “…” on …, Layer-1 would lead." Empty when no single change would alter the result. */
  flips: string[];
  /** Shown when `flips` is empty. */
  noFlipText: string;
  investor: InvestorView | null;
  /** Where this result came from: the reader's own run, saved progress, or a share link. */
  origin: Origin;
  evaluation: Evaluation;
  back(): void;
  changePersona(): void;
  restart(): void;
}

export type QuizView = IntroView | PersonaView | QuestionView | ResultView;

/** Fewest and most questions a reader can be asked, over every path of the given personas. */
export function questionRange(engine: Engine, personas: readonly PersonaId[]): { min: number; max: number } {
  const counts = personas.map((persona) => engine.questionCount(persona));
  return counts.length === 0
    ? { min: 0, max: 0 }
    : { min: Math.min(...counts.map((c) => c.min)), max: Math.max(...counts.map((c) => c.max)) };
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

function introView(snapshot: QuizSnapshot, send: Send, engine: Engine): IntroView {
  const preset = snapshot.context.presetPersona;
  const personas = preset ? [preset] : engine.bank.personas.map((p) => p.id);
  const questions = questionRange(engine, personas);
  const minutes = Math.max(1, Math.round((questions.max * SECONDS_PER_QUESTION) / 60));
  const count = questions.min === questions.max ? `${questions.max}` : `${questions.min}–${questions.max}`;
  return {
    screen: 'intro',
    key: 'intro',
    announcement: '',
    questions,
    minutes,
    lengthText: `${count} questions, about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`,
    start: () => send({ type: 'START' }),
  };
}

function personaView(snapshot: QuizSnapshot, send: Send, bank: Bank): PersonaView {
  return {
    screen: 'persona',
    key: 'persona',
    announcement: '',
    choices: bank.personas.map((p) => ({
      id: p.id,
      label: p.label,
      hint: p.hint,
      current: p.id === snapshot.context.persona,
    })),
    choose: (persona) => send({ type: 'CHOOSE_PERSONA', persona }),
    back: () => send({ type: 'BACK' }),
  };
}

function personaOf(bank: Bank, id: PersonaId) {
  const persona = bank.personas.find((p) => p.id === id);
  return { id, label: persona?.label ?? id };
}

function questionView(snapshot: QuizSnapshot, send: Send, engine: Engine): QuestionView {
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

/** "If you answered “Low fees don't matter” on transaction cost, Layer-1 would lead." */
export function flipSentence(flip: Flip, outcomeLabel: string): string {
  return `If you answered “${flip.to.label}” on ${flip.topic}, ${outcomeLabel} would lead.`;
}

/** Up to `limit` flips, preferring different questions (the engine lists the runner-up's first). */
export function pickFlips(flips: readonly Flip[], limit = TOP_FLIPS): Flip[] {
  const picked: Flip[] = [];
  const seen = new Set<QuestionId>();
  for (const flip of flips) {
    if (picked.length === limit) break;
    if (seen.has(flip.questionId)) continue;
    seen.add(flip.questionId);
    picked.push(flip);
  }
  for (const flip of flips) {
    if (picked.length === limit) break;
    if (!picked.includes(flip)) picked.push(flip);
  }
  return picked;
}

function investorView(bank: Bank, outcomeId: OutcomeId): InvestorView {
  const guide = bank.investorGuide;
  const outcome = bank.outcomes.find((o) => o.id === outcomeId)!;
  const citeKey = (c: Citation) => `${c.section}\u0000${c.point ?? ''}`;
  const specific = outcome.investor.compliance;
  const covered = new Set(specific.map((c) => citeKey(c.cite)));
  const general = guide.compliance.filter(
    (c) => !covered.has(citeKey(c.cite)) && (c.appliesTo?.includes(outcomeId) ?? true),
  );
  const suggested = new Set(outcome.investor.tools);
  const rows = guide.tools.list.map((t) => ({ ...t, suggested: suggested.has(t.id) }));
  return {
    notice: outcome.investor.notice ? sourced(outcome.investor.notice) : null,
    allocation: {
      slices: guide.allocation.slices.map((s) => ({ ...s, highlight: s.id === outcome.investor.allocationSlice })),
      source: sourceText(guide.allocation.cite),
    },
    compliance: [...specific, ...general].map(sourced),
    tools: {
      rows: [...rows.filter((r) => r.suggested), ...rows.filter((r) => !r.suggested)],
      source: sourceText(guide.tools.cite),
    },
    disclaimer: guide.disclaimer,
  };
}

function resultView(snapshot: QuizSnapshot, send: Send, engine: Engine): ResultView {
  const { persona, answers, origin } = snapshot.context;
  const evaluation = persona ? engine.evaluate(persona, answers) : null;
  if (!persona || !evaluation?.ok) {
    throw new Error(devMessage(`cannot show a result for persona "${String(persona)}"`));
  }
  const bank = engine.bank;
  const outcomes = new Map(bank.outcomes.map((o) => [o.id, o]));
  const label = (id: OutcomeId) => outcomes.get(id)?.label ?? id;
  const outcome = outcomes.get(evaluation.outcome)!;
  const heading = `Your best fit: ${outcome.label}`;
  return {
    screen: 'result',
    key: 'result',
    announcement: `Your result is ready. ${heading}.`,
    persona: personaOf(bank, persona),
    outcome: { id: outcome.id, label: outcome.label },
    heading,
    decidedBy: evaluation.decidedBy,
    decision: ((text) => (text ? { text, source: null } : null))(howSettled(evaluation, bank, label)),
    blend: blendNote(evaluation, bank, label),
    weak: weakNote(evaluation, bank),
    summary: sourced(evaluation.summary),
    scores: OUTCOME_IDS.map((id) => ({
      id,
      label: label(id),
      fit: evaluation.fit[id],
      blendFit: evaluation.blend?.into === id ? evaluation.blend.fit : 0,
      recommended: id === evaluation.outcome,
      runnerUp: id === evaluation.runnerUp && evaluation.fit[id] > 0,
    })),
    reasons: evaluation.reasons.slice(0, TOP_REASONS).map((r) => ({
      ...sourced(r),
      questionId: r.questionId,
      question: r.question,
      answer: r.answer,
      toward: r.toward !== evaluation.outcome ? label(r.toward) : null,
    })),
    advantages: outcome.advantages.map(sourced),
    challenges: outcome.challenges.map(sourced),
    examples: outcome.examples.map((e) => ({ name: e.name, note: e.note, source: sourceText(e.cite) })),
    runnerUp:
      evaluation.fit[evaluation.runnerUp] > 0
        ? { id: evaluation.runnerUp, label: label(evaluation.runnerUp), fit: evaluation.fit[evaluation.runnerUp] }
        : null,
    flips: pickFlips(evaluation.flips).map((f) => flipSentence(f, label(f.outcome))),
    noFlipText: `No single changed answer would alter this result: ${outcome.label} stays ahead whichever one answer you change.`,
    investor: persona === 'investor' ? investorView(bank, outcome.id) : null,
    origin,
    evaluation,
    back: () => send({ type: 'BACK' }),
    changePersona: () => send({ type: 'CHANGE_PERSONA' }),
    restart: () => send({ type: 'RESTART' }),
  };
}

/** The view model of the screen `snapshot` is on. */
export function connect(snapshot: QuizSnapshot, send: Send, engine: Engine): QuizView {
  if (snapshot.matches('persona')) return personaView(snapshot, send, engine.bank);
  if (snapshot.matches('question')) return questionView(snapshot, send, engine);
  if (snapshot.matches('result')) return resultView(snapshot, send, engine);
  return introView(snapshot, send, engine);
}
