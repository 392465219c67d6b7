import type { Engine } from '../../engine/engine.ts';
import type { Answers, Citation, Evaluation, OutcomeId, PersonaId } from '../../engine/types.ts';
import { devMessage } from '../../errors.ts';
import { personaOf, type QuizSnapshot, type Send, type ViewBase } from './base.ts';
import { flipViews, type FlipView } from './flips.ts';
import { blendNote, howSettled, weakNote } from './how-decided.ts';
import { investorView, type InvestorView } from './investor.ts';
import { switchView, type SwitchView } from './persona.ts';
import { lastOfRuns, sourced, sourceText, type ListedText, type SourcedText } from './sourced.ts';
import { trialBack, trialText, type TrialBack } from './trial.ts';
import { reasonViews, whySentence, type ReasonView } from './why.ts';

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

export interface ResultView extends ViewBase {
  screen: 'result';
  persona: { id: PersonaId; label: string };
  outcome: { id: OutcomeId; label: string };
  /** The reader's own result, or one opened from someone's share link (worded for whoever opened it). */
  whose: 'own' | 'shared';
  /** "Your result · I'm building" */
  eyebrow: string;
  /** "Your best fit: Layer-2" */
  heading: string;
  /** One sentence of why, made of the answers that weigh most. */
  why: string;
  /** Set while another answer is tried: what changed, and the way back. */
  trial: (TrialBack & { text: string }) | null;
  /** One plain sentence on how a close call was settled; null for a clear lead. */
  decision: string | null;
  /** What the blend of Layer-1 and Layer-2 adds to Hybrid's bar, when it adds anything. */
  blend: { text: string; fit: number; cite: Citation; source: string } | null;
  /** Which answers did not count, and whether that makes the result weak. */
  weak: { weak: boolean; text: string } | null;
  /** Best first, as ranked. */
  scores: ScoreBar[];
  reasons: ReasonView[];
  /** The recommended layer in one sentence, with its source. */
  summary: SourcedText;
  advantages: ListedText[];
  challenges: ListedText[];
  /** Each with `text` as "Name: note". */
  examples: (ListedText & { name: string })[];
  /** Single changed answers that would put another layer first, each offered to try. Empty when there are none. */
  flips: FlipView[];
  /** Shown when `flips` is empty. */
  noFlipText: string;
  investor: InvestorView | null;
  /** The share controls show: on the reader's own result, never on a shared or a tried one. */
  shareable: boolean;
  /** The evaluation on screen (the tried one while trying). */
  evaluation: Evaluation;
  switchTo: SwitchView | null;
  back(): void;
  restart(): void;
}

const NO_SIGNAL = {
  heading: 'No layer stands out yet',
  why: (many: string) =>
    `${many} point to no layer at all, so there is nothing to recommend. Go back and answer the questions you have a view on.`,
} as const;

const WORDS = {
  own: { eyebrow: 'Your result', heading: 'Your best fit', your: 'your', subject: 'you' },
  shared: { eyebrow: 'A shared result', heading: 'Their best fit', your: 'their', subject: 'they' },
} as const;

function evaluated(engine: Engine, persona: PersonaId | null, answers: Answers): Evaluation {
  const evaluation = persona ? engine.evaluate(persona, answers) : null;
  if (!persona || !evaluation?.ok) throw new Error(devMessage(`cannot show a result for persona "${String(persona)}"`));
  return evaluation;
}

export function resultView(snapshot: QuizSnapshot, send: Send, engine: Engine): ResultView {
  const { persona, answers, origin } = snapshot.context;
  const trial = snapshot.matches('trying') ? snapshot.context.trial : null;
  const own = evaluated(engine, persona, answers);
  const evaluation = trial ? evaluated(engine, persona, trial.answers) : own;
  const bank = engine.bank;
  const outcomes = new Map(bank.outcomes.map((o) => [o.id, o]));
  const label = (id: OutcomeId) => outcomes.get(id)?.label ?? id;
  const outcome = outcomes.get(evaluation.outcome)!;
  const whose = origin === 'shared' ? 'shared' : 'own';
  const words = WORDS[whose];
  const personaView = personaOf(bank, evaluation.persona);
  // Every answer neutral (or cancelling out): no layer fits at all, and the result says so rather than name one.
  const noSignal = evaluation.fit[evaluation.outcome] === 0;
  const heading = noSignal
    ? NO_SIGNAL.heading
    : trial
      ? `Best fit with this answer: ${outcome.label}`
      : `${words.heading}: ${outcome.label}`;
  const shown = (ids: Answers) => engine.questionsFor(evaluation.persona, ids).map((q) => q.id);
  const broughtIn = trial ? shown(trial.answers).filter((id) => !shown(answers).includes(id)) : [];
  const fit = (id: OutcomeId) => evaluation.fit[id];
  let flips: FlipView[] | undefined;
  return {
    screen: 'result',
    key: trial ? `trial:${trial.questionId}=${trial.optionId}` : `result:${evaluation.persona}`,
    announcement: trial
      ? `Trying another answer. ${heading}.`
      : whose === 'shared'
        ? `A shared result. ${heading}.`
        : `Your result is ready. ${heading}.`,
    persona: personaView,
    outcome: { id: outcome.id, label: outcome.label },
    whose,
    eyebrow: `${trial ? 'Trying another answer' : words.eyebrow} · ${personaView.label}`,
    heading,
    why: noSignal
      ? NO_SIGNAL.why(trial ? 'These answers' : whose === 'shared' ? 'Their answers' : 'Your answers')
      : whySentence(evaluation, bank, label, trial ? 'trial' : whose),
    trial: trial ? { text: trialText(bank, trial, answers, broughtIn), ...trialBack(snapshot, send) } : null,
    decision: noSignal ? null : howSettled(evaluation, bank, label, words.your),
    blend: ((note) => note && { ...note, cite: bank.scoring.blend.cite })(blendNote(evaluation, bank, label)),
    weak: weakNote(evaluation, bank, words.your),
    scores: evaluation.ranking.map((id) => ({
      id,
      label: label(id),
      fit: fit(id),
      blendFit: evaluation.blend?.into === id ? evaluation.blend.fit : 0,
      recommended: id === evaluation.outcome && !noSignal,
      runnerUp: id === evaluation.runnerUp && fit(id) > 0,
    })),
    reasons: reasonViews(evaluation, bank, label),
    summary: sourced(evaluation.summary),
    advantages: lastOfRuns(outcome.advantages.map(sourced)),
    challenges: lastOfRuns(outcome.challenges.map(sourced)),
    examples: lastOfRuns(
      outcome.examples.map((e) => ({
        name: e.name,
        text: `${e.name}: ${e.note}`,
        cite: e.cite,
        source: sourceText(e.cite),
      })),
    ),
    // Read only when the "what would change" section is made, which waits for idle time or the reader.
    get flips() {
      return (flips ??= flipViews(own.flips, label, words.subject, trial, send));
    },
    noFlipText: `No single changed answer would alter this result: ${label(own.outcome)} stays ahead whichever one answer ${words.subject} change.`,
    investor: evaluation.persona === 'investor' ? investorView(bank, outcome.id) : null,
    shareable: whose === 'own' && !trial,
    evaluation,
    switchTo: whose === 'own' && !trial ? switchView(snapshot, send, bank) : null,
    back: () => send({ type: 'BACK' }),
    restart: () => send({ type: 'RESTART' }),
  };
}
