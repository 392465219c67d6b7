import { branchQuestions, findPersona, questionIndex, questionPaths, type QuestionPaths } from './paths.ts';
import {
  blendOf,
  blendShareFor,
  effectiveFor,
  fitOf,
  fullPullOf,
  picksOf,
  pointsOf,
  strongestWeight,
  type Answered,
} from './score.ts';
import { decide, soleLeader, type Decision } from './decide.ts';
import { flipsFor, reasonsFor } from './explain.ts';
import type {
  Answers,
  Bank,
  BlendShare,
  EngineError,
  EngineErrorKind,
  EvaluateResult,
  Evaluation,
  Fit,
  Flip,
  Option,
  OutcomeId,
  PersonaId,
  Question,
  Scores,
  ScoringRule,
  Strength,
} from './types.ts';
import { OUTCOME_IDS } from './types.ts';
import { devMessage } from '../errors.ts';

export interface Engine extends QuestionPaths {
  readonly bank: Bank;
  /** Scores and explains `answers`; answers to questions that do not apply are left out. Never throws. */
  evaluate(persona: string, answers: Answers): EvaluateResult;
  /** The ranking alone (no reasons, no flips), for one set of answers. To score every path, see walk.ts. */
  decisionFor(persona: PersonaId, answers: Answers): Decision & { points: Scores; fit: Fit };
}

function failure(kind: EngineErrorKind, id: string, message: string): EngineError {
  return { ok: false, kind, id, message: devMessage(message) };
}

export function createEngine(bank: Bank): Engine {
  const byId = questionIndex(bank);
  const outcomes = new Map(bank.outcomes.map((o) => [o.id, o]));
  const paths = questionPaths(bank);
  const branching = branchQuestions(bank);
  // Made with the engine, while the reader answers, so the last answer's scoring reads each question once.
  for (const question of bank.questions) strongestWeight(question);
  const { questionsFor } = paths;

  /** Keeps only the answers that count for this persona. */
  function counted(questions: readonly Question[], answers: Answers): Answers {
    const kept: Record<string, string> = {};
    for (const q of questions) {
      const answer = answers[q.id];
      if (answer !== undefined) kept[q.id] = answer;
    }
    return kept;
  }

  function decisionFor(persona: PersonaId, answers: Answers) {
    const picks = picksOf(questionsFor(persona, answers), answers);
    const points = pointsOf(picks);
    const decision = decide(picks, points, bank.scoring);
    const full = fullPullOf(picks);
    return { ...decision, points, fit: fitOf(effectiveFor(points, full, bank.scoring), full) };
  }

  /**
   * The outcome with one answer changed. A question no other depends on keeps the same questions, so the points
   * move by the two options' weights alone and the leader is read off them; a tie, or a question others depend on,
   * is scored anew.
   */
  function outcomeWith(persona: PersonaId, picks: readonly Answered[], points: Scores, answers: Answers) {
    const full = fullPullOf(picks);
    return (question: Question, from: Option, to: Option): OutcomeId => {
      if (branching.has(question.id)) return decisionFor(persona, { ...answers, [question.id]: to.id }).outcome;
      const moved = { ...points };
      for (const id of OUTCOME_IDS) moved[id] += to.weights[id] - from.weights[id];
      const leader = soleLeader(effectiveFor(moved, full, bank.scoring));
      if (leader) return leader;
      return decide(
        picks.map((p) => (p.question === question ? { question, option: to } : p)),
        moved,
        bank.scoring,
      ).outcome;
    };
  }

  /** How much of the blend outcome's fit the blend gave, and whether that is what put it first. */
  function blendShare(picks: ReturnType<typeof picksOf>, points: Scores, decision: Decision): BlendShare | null {
    const rule = bank.scoring;
    const full = fullPullOf(picks);
    if (blendOf(points, rule, blendShareFor(points, full, rule)) === 0) return null;
    const into = rule.blend.into;
    const fit = fitOf(effectiveFor(points, full, rule), full)[into] - fitOf(points, full)[into];
    const { of, cite } = rule.blend;
    const without: ScoringRule = { ...rule, blend: { of, into, share: 0, cite } };
    const decisive = decision.outcome === into && decide(picks, points, without).outcome !== into;
    return { into, of: rule.blend.of, fit, decisive };
  }

  /** Weak when most answers did not count; close when level or within a point; else clear. */
  function strengthOf(picks: readonly Answered[], notCounted: number, points: Scores, decision: Decision): Strength {
    if (notCounted * 2 > picks.length) return 'weak';
    const effective = effectiveFor(points, fullPullOf(picks), bank.scoring);
    const gap = effective[decision.outcome] - effective[decision.runnerUp];
    return decision.decidedBy !== 'lead' || gap <= 1 ? 'close' : 'clear';
  }

  function unknownIn(answers: Answers): EngineError | undefined {
    for (const [questionId, optionId] of Object.entries(answers)) {
      const question = byId.get(questionId);
      if (!question) return failure('unknown-question', questionId, `unknown question "${questionId}"`);
      if (!question.options.some((o) => o.id === optionId)) {
        return failure('unknown-option', optionId, `question "${questionId}" has no option "${optionId}"`);
      }
    }
    return undefined;
  }

  function evaluate(personaId: string, answers: Answers): EvaluateResult {
    const persona = findPersona(bank, personaId);
    if (!persona) {
      const known = bank.personas.map((p) => p.id).join(', ');
      return failure('unknown-persona', String(personaId), `unknown persona "${personaId}" (known: ${known})`);
    }
    if (answers === null || typeof answers !== 'object') {
      return failure('unknown-question', String(answers), 'answers must be an object of { questionId: optionId }');
    }
    const problem = unknownIn(answers);
    if (problem) return problem;

    const questions = questionsFor(persona.id, answers);
    const picks = picksOf(questions, answers);
    const points = pointsOf(picks);
    const decision = decide(picks, points, bank.scoring);
    const blend = blendShare(picks, points, decision);
    const notCounted = picks.filter((p) => p.option.neutral).map((p) => p.question.id);
    const result: Omit<Evaluation, 'flips'> = {
      ok: true,
      persona: persona.id,
      ...decision,
      scores: points,
      fit: fitOf(effectiveFor(points, fullPullOf(picks), bank.scoring), fullPullOf(picks)),
      blend,
      strength: strengthOf(picks, notCounted.length, points, decision),
      answers: counted(questions, answers),
      notCounted,
      complete: questions.every((q) => answers[q.id] !== undefined),
      summary: outcomes.get(decision.outcome)!.summary,
      reasons: reasonsFor(picks, points, decision, blend, bank.scoring),
    };
    // The flips score every single changed answer, most of a result's cost: worked out when first read, from the
    // answers as they are now.
    const given = { ...answers };
    let flips: Flip[] | undefined;
    return {
      ...result,
      get flips() {
        return (flips ??= flipsFor(questions, given, decision, outcomeWith(persona.id, picks, points, given)));
      },
    };
  }

  return { ...paths, bank, evaluate, decisionFor };
}
