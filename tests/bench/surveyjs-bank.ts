/**
 * Our question bank as a SurveyJS survey, for the peer page: the same
 * intro, the persona as the first question, then every question of each
 * persona in that persona's order, one radiogroup per page.
 *
 * - `showIf` branches become `visibleIf` expressions; every question also
 *   needs `{persona} = '…'`. SurveyJS skips pages whose questions are all
 *   hidden, as our engine skips questions whose conditions fail.
 * - A question both personas ask (say `data-sensitivity`) sits at a
 *   different place in each persona's order, so it appears once per persona
 *   (`builder__data_sensitivity`, `investor__data_sensitivity`).
 * - Only what SurveyJS shows is carried over: prompts and hints (each
 *   persona's own wording), option labels.
 *   The reasons, outcomes and investor guide stay behind (SurveyJS has no
 *   result screen), so the peer ships less content than we do.
 */
import { wordedFor } from '../../src/engine/paths.ts';
import type { Bank, Persona, Question, ShowCondition } from '../../src/engine/types.ts';

/** The parts of SurveyJS's JSON schema used here. */
export interface SurveyJson {
  firstPageIsStartPage: boolean;
  startSurveyText: string;
  pageNextText: string;
  pagePrevText: string;
  completeText: string;
  showQuestionNumbers: 'off';
  showProgressBar: 'top' | 'off';
  progressBarType: 'pages';
  completedHtml: string;
  clearInvisibleValues: 'onHidden';
  pages: { name: string; elements: SurveyElement[] }[];
}

export type SurveyElement =
  | { type: 'html'; name: string; html: string }
  | {
      type: 'radiogroup';
      name: string;
      title: string;
      description?: string;
      isRequired: true;
      visibleIf?: string;
      choices: { value: string; text: string }[];
    };

/** The text our intro screen shows (IntroStep.svelte), so both pages show the same first screen. */
export const INTRO_HEADING = 'Which blockchain layer fits your AI plans?';
export const INTRO_TEXT =
  'Answer a few short questions about what you are building or investing in. You get a recommendation (Layer-1, ' +
  'Layer-2, Layer-3 or a hybrid) with the reasons behind it, each taken from the article.';
export const PERSONA_PROMPT = 'Are you building or investing?';
export const PERSONA_QUESTION = 'persona';

/** The SurveyJS name of a question as `persona` asks it (letters, digits and `_` only, safe in expressions). */
export function surveyName(persona: string, questionId: string): string {
  return `${persona}__${questionId.replace(/[^A-Za-z0-9]/g, '_')}`;
}

const quote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function visibleIf(persona: Persona, conditions: readonly ShowCondition[] = []): string {
  const parts = [`{${PERSONA_QUESTION}} = ${quote(persona.id)}`];
  for (const condition of conditions) {
    parts.push(`{${surveyName(persona.id, condition.question)}} anyof [${condition.anyOf.map(quote).join(', ')}]`);
  }
  return parts.join(' and ');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function toSurveyJs(bank: Bank): SurveyJson {
  const byId = new Map<string, Question>(bank.questions.map((q) => [q.id, q]));
  const pages: SurveyJson['pages'] = [
    {
      name: 'intro',
      elements: [
        { type: 'html', name: 'intro', html: `<h2>${escapeHtml(INTRO_HEADING)}</h2><p>${escapeHtml(INTRO_TEXT)}</p>` },
      ],
    },
    {
      name: 'persona',
      elements: [
        {
          type: 'radiogroup',
          name: PERSONA_QUESTION,
          title: PERSONA_PROMPT,
          isRequired: true,
          choices: bank.personas.map((p) => ({ value: p.id, text: p.label })),
        },
      ],
    },
  ];
  for (const persona of bank.personas) {
    for (const id of persona.questions) {
      const shared = byId.get(id);
      if (!shared) throw new Error(`surveyjs-bank: persona ${persona.id} lists unknown question ${id}`);
      const question = wordedFor(shared, persona.id);
      const name = surveyName(persona.id, id);
      pages.push({
        name,
        elements: [
          {
            type: 'radiogroup',
            name,
            title: question.prompt,
            ...(question.hint ? { description: question.hint } : {}),
            isRequired: true,
            visibleIf: visibleIf(persona, question.showIf),
            choices: question.options.map((o) => ({ value: o.id, text: o.label })),
          },
        ],
      });
    }
  }
  return {
    firstPageIsStartPage: true,
    startSurveyText: 'Start',
    pageNextText: 'Continue',
    pagePrevText: 'Back',
    completeText: 'Continue',
    showQuestionNumbers: 'off',
    showProgressBar: 'top',
    progressBarType: 'pages',
    completedHtml: '<h3>Thank you</h3>',
    clearInvisibleValues: 'onHidden',
    pages,
  };
}
