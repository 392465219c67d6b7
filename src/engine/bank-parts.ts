/**
 * The bank in two parts, so a page pays for the result's text only when a
 * reader nears the result: the flow (personas and questions as the reader
 * sees them, with branches) and the result part (each answer's weights and
 * reason, the outcomes, the investor guide, the scoring rule). `splitBank`
 * runs at build time; `joinBank` puts the two back into the bank they came
 * from.
 */
import type { Bank, CitedText, Option, Question, Scores } from './types.ts';

export type FlowOption = Omit<Option, 'weights' | 'reason'>;
export type FlowQuestion = Omit<Question, 'options'> & { options: FlowOption[] };
export interface FlowBank {
  version: number;
  personas: Bank['personas'];
  questions: FlowQuestion[];
  /** The outcomes' names, for the first screen. */
  outcomes: Pick<Bank['outcomes'][number], 'id' | 'label' | 'tagline'>[];
}

export interface ResultPart {
  /** Per question, per option (in the flow's order): its weights and reason. */
  answers: Record<string, { weights: Scores; reason?: CitedText }[]>;
  outcomes: Bank['outcomes'];
  investorGuide: Bank['investorGuide'];
  scoring: Bank['scoring'];
}

export function splitBank(bank: Bank): { flow: FlowBank; result: ResultPart } {
  const answers: ResultPart['answers'] = {};
  const questions = bank.questions.map(({ options, ...question }) => {
    answers[question.id] = options.map(({ weights, reason }) => (reason ? { weights, reason } : { weights }));
    return { ...question, options: options.map(({ weights: _weights, reason: _reason, ...rest }) => rest) };
  });
  return {
    flow: {
      version: bank.version,
      personas: bank.personas,
      questions,
      outcomes: bank.outcomes.map(({ id, label, tagline }) => ({ id, label, tagline })),
    },
    result: { answers, outcomes: bank.outcomes, investorGuide: bank.investorGuide, scoring: bank.scoring },
  };
}

export function joinBank(flow: FlowBank, result: ResultPart): Bank {
  const questions = flow.questions.map((question) => ({
    ...question,
    options: question.options.map((option, i) => ({ ...option, ...result.answers[question.id]![i]! })),
  }));
  return {
    version: flow.version,
    personas: flow.personas,
    questions,
    outcomes: result.outcomes,
    investorGuide: result.investorGuide,
    scoring: result.scoring,
  };
}
