/**
 * The quiz runs the bench clicks through: persona and answers, planned with
 * our engine over the real bank (branching included), and checked against
 * SurveyJS's own model of the converted survey, so both pages are asked the
 * same questions in the same order.
 */
import { fileURLToPath } from 'node:url';
import { Model } from 'survey-core';
import { loadBankFolder } from '../../src/bank/check.ts';
import { createEngine } from '../../src/engine/engine.ts';
import type { Answers, Bank, PersonaId, Question } from '../../src/engine/types.ts';
import { resultView } from '../../src/machine/connect/result.ts';
import type { Contender } from './pages.ts';
import type { PagePlan } from './page/protocol.ts';
import { resultSnapshot } from './result-cost.ts';
import { PERSONA_PROMPT, PERSONA_QUESTION, surveyName, toSurveyJs, type SurveyJson } from './surveyjs-bank.ts';

const QUESTIONS = fileURLToPath(new URL('../../questions/', import.meta.url));

export interface RunPlan {
  persona: PersonaId;
  personaLabel: string;
  /** How the answers were picked, for the report. */
  picker: string;
  steps: { question: Question; prompt: string; optionId: string; option: string }[];
  /** Our result: how many answers it offers to try, and which leads straight to a tried result (null: none). */
  flips: { offered: number; tryIndex: number | null };
}

type Picker = (question: Question, index: number) => number;
const PICKERS: [string, Picker][] = [
  ['first options', () => 0],
  ['last options', (q) => q.options.length - 1],
  ['alternating options', (q, i) => i % q.options.length],
];

export function loadBank(): Bank {
  return loadBankFolder(QUESTIONS).bank;
}

/** `count` runs: personas alternate, pickers rotate. */
export function planRuns(bank: Bank, count: number): RunPlan[] {
  const engine = createEngine(bank);
  return Array.from({ length: count }, (_, n) => {
    const persona = bank.personas[n % bank.personas.length]!;
    const [picker, pick] = PICKERS[Math.floor(n / bank.personas.length) % PICKERS.length]!;
    const answers: Record<string, string> = {};
    const steps: RunPlan['steps'] = [];
    for (;;) {
      const next = engine.questionsFor(persona.id, answers).find((q) => answers[q.id] === undefined);
      if (!next) break;
      const option = next.options[pick(next, steps.length)]!;
      answers[next.id] = option.id;
      steps.push({ question: next, prompt: next.prompt, optionId: option.id, option: option.label });
    }
    return {
      persona: persona.id,
      personaLabel: persona.label,
      picker,
      steps,
      flips: flipsOf(bank, persona.id, answers),
    };
  });
}

export const answersOf = (plan: RunPlan): Answers =>
  Object.fromEntries(plan.steps.map((s) => [s.question.id, s.optionId]));

/** The answers our result offers to try, and the first that brings in no question, so it shows a result at once. */
function flipsOf(bank: Bank, persona: PersonaId, answers: Answers): RunPlan['flips'] {
  const engine = createEngine(bank);
  const flips = resultView(resultSnapshot(bank, { persona, answers }), () => {}, engine).flips;
  const index = flips.findIndex((flip) => {
    const tried = { ...answers, [flip.questionId]: flip.optionId };
    return engine.questionsFor(persona, tried).every((q) => tried[q.id] !== undefined);
  });
  return { offered: flips.length, tryIndex: index < 0 ? null : index };
}

/** Throws when SurveyJS would ask a plan's questions differently from our engine. */
export function checkPlansInSurveyJs(survey: SurveyJson, plans: RunPlan[]): void {
  for (const plan of plans) {
    const model = new Model(survey);
    model.setValue(PERSONA_QUESTION, plan.persona);
    for (const step of plan.steps) model.setValue(surveyName(plan.persona, step.question.id), step.optionId);
    const asked = model.visiblePages.map((page) => page.name).filter((name) => name.startsWith(`${plan.persona}__`));
    const expected = plan.steps.map((step) => surveyName(plan.persona, step.question.id));
    if (asked.join() !== expected.join()) {
      throw new Error(
        `[bench] SurveyJS asks ${plan.persona} (${plan.picker}) ${asked.join(', ')}; our engine asks ${expected.join(', ')}`,
      );
    }
  }
}

/** Text only the last screen shows: our verdict's eyebrow, SurveyJS's thank-you page. */
const END_TEXT: Record<Contender, string> = { ours: 'Your result', peer: 'Thank you' };
/** Text only the whole of our result shows: its "Start over", a frame after the verdict. */
const WHOLE_TEXT = 'Start over';

/** What our result offers, as a reader sees it. */
const RESULT = {
  fold: 'What would change the result',
  tryThis: 'Try this answer',
  noFlip: 'No single changed answer would alter this result',
  tried: 'Trying another answer',
  back: 'Back to my result',
};

/** A plan as a page clicks through it (ours: the persona is a button; SurveyJS: a question). */
export function pagePlan(plan: RunPlan, contender: Contender): PagePlan {
  return {
    firstPrompt: PERSONA_PROMPT,
    persona: plan.personaLabel,
    personaIsQuestion: contender === 'peer',
    steps: plan.steps.map((s) => ({ prompt: s.prompt, option: s.option })),
    end: END_TEXT[contender],
    ...(contender === 'ours' ? { whole: WHOLE_TEXT } : {}),
    // After the second question's Continue, or the earliest a shorter plan has: Back needs a question to go back from.
    backAfter: plan.steps.length > 1 ? Math.min(1, plan.steps.length - 2) : null,
    ...(contender === 'ours'
      ? {
          result: {
            fold: RESULT.fold,
            foldShows: plan.flips.offered ? RESULT.tryThis : RESULT.noFlip,
            tryThis: RESULT.tryThis,
            tryIndex: plan.flips.tryIndex,
            tried: RESULT.tried,
            back: RESULT.back,
            mine: END_TEXT.ours,
          },
        }
      : {}),
  };
}

export const planLabel = (plan: RunPlan) => `${plan.persona}, ${plan.picker}`;

export { toSurveyJs };
