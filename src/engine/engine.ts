import { applicableQuestions, findPersona, forEachPath, questionIndex } from './paths.ts';
import { decide, scoreAnswers } from './score.ts';
import { flipsFor, reasonsFor } from './explain.ts';
import type {
  Answers,
  Bank,
  EngineError,
  EngineErrorKind,
  EvaluateResult,
  Evaluation,
  OutcomeId,
  PersonaId,
  Question,
} from './types.ts';
import { devMessage } from '../errors.ts';

export interface Engine {
  readonly bank: Bank;
  /** The questions that apply, in order, given the answers so far (empty for an unknown persona). */
  questionsFor(persona: PersonaId, answers: Answers): Question[];
  /** Scores and explains `answers`; answers to questions that do not apply are left out. Never throws. */
  evaluate(persona: string, answers: Answers): EvaluateResult;
  /** Calls `visit` with the answers of every distinct path through the persona's questions; returns the count. */
  forEachPath(persona: PersonaId, visit: (answers: Answers) => void): number;
  /** The fewest and most questions a reader of `persona` can be asked. */
  questionCount(persona: PersonaId): { min: number; max: number };
}

function failure(kind: EngineErrorKind, id: string, message: string): EngineError {
  return { ok: false, kind, id, message: devMessage(message) };
}

export function createEngine(bank: Bank): Engine {
  const byId = questionIndex(bank);
  const outcomes = new Map(bank.outcomes.map((o) => [o.id, o]));

  const questionsFor = (persona: PersonaId, answers: Answers) => applicableQuestions(bank, byId, persona, answers);

  /** Keeps only the answers that count for this persona. */
  function counted(questions: readonly Question[], answers: Answers): Answers {
    const kept: Record<string, string> = {};
    for (const q of questions) {
      const answer = answers[q.id];
      if (answer !== undefined) kept[q.id] = answer;
    }
    return kept;
  }

  function outcomeOf(persona: PersonaId, answers: Answers): OutcomeId {
    const questions = questionsFor(persona, answers);
    return decide(scoreAnswers(questions, answers), bank.tieRule).outcome;
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
    const scores = scoreAnswers(questions, answers);
    const decision = decide(scores, bank.tieRule);
    const result: Evaluation = {
      ok: true,
      persona: persona.id,
      ...decision,
      scores,
      answers: counted(questions, answers),
      complete: questions.every((q) => answers[q.id] !== undefined),
      summary: outcomes.get(decision.outcome)!.summary,
      reasons: reasonsFor(questions, answers, decision, bank.tieRule),
      flips: flipsFor(questions, answers, decision, (changed) => outcomeOf(persona.id, changed)),
    };
    return result;
  }

  // Only answers to these questions change which questions are shown.
  const branchQuestions = new Set(bank.questions.flatMap((q) => q.showIf ?? []).map((c) => c.question));

  function questionCount(persona: PersonaId) {
    let min = Infinity;
    let max = 0;
    forEachPath(
      bank,
      byId,
      persona,
      (answers) => {
        const n = questionsFor(persona, answers).length;
        min = Math.min(min, n);
        max = Math.max(max, n);
      },
      branchQuestions,
    );
    return { min: Number.isFinite(min) ? min : 0, max };
  }

  return {
    bank,
    questionsFor,
    evaluate,
    forEachPath: (persona, visit) => forEachPath(bank, byId, persona, visit),
    questionCount,
  };
}
