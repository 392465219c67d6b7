import type { Engine } from '../../engine/engine.ts';
import { OUTCOME_IDS } from '../../engine/types.ts';
import type { Evaluation, OutcomeId, PersonaId, QuestionId } from '../../engine/types.ts';
import { devMessage } from '../../errors.ts';
import type { Origin } from '../quiz.machine.ts';
import { personaOf, type QuizSnapshot, type Send, type ViewBase } from './base.ts';
import { flipSentence, pickFlips } from './flips.ts';
import { blendNote, howSettled, weakNote } from './how-decided.ts';
import { investorView, type InvestorView } from './investor.ts';
import { sourced, sourceText, type SourcedText } from './sourced.ts';

/** How many of the strongest reasons the result lists. */
export const TOP_REASONS = 3;

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

export function resultView(snapshot: QuizSnapshot, send: Send, engine: Engine): ResultView {
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
