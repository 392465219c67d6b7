/**
 * axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA) on every screen of the quiz, in
 * the light and dark themes (set by attribute, and `auto` following the
 * reader's colour scheme), and with accent colours a blog might pick.
 */
import { blogPage, SCRIPT_TAG } from './pages.ts';
import { runAxe } from './axe.ts';
import { describe, expect, test } from './harness.ts';
import {
  alternating,
  lastOption,
  optionLabel,
  outcomeLabel,
  PERSONA_LABEL,
  plannedRun,
  widget,
  type Widget,
} from './widget.ts';
import type { PersonaId } from '../../src/engine/types.ts';

type Case = { name: string; attributes: string; colorScheme: 'light' | 'dark'; persona: PersonaId };

const CASES: Case[] = [
  { name: 'light theme, builder', attributes: 'theme="light"', colorScheme: 'light', persona: 'builder' },
  { name: 'light theme, investor', attributes: 'theme="light"', colorScheme: 'light', persona: 'investor' },
  { name: 'dark theme, builder', attributes: 'theme="dark"', colorScheme: 'light', persona: 'builder' },
  { name: 'dark theme, investor', attributes: 'theme="dark"', colorScheme: 'light', persona: 'investor' },
  { name: 'auto theme in a dark colour scheme, investor', attributes: '', colorScheme: 'dark', persona: 'investor' },
  {
    name: 'a pale accent (#ffeb3b) in the light theme, builder',
    attributes: 'theme="light" accent="#ffeb3b"',
    colorScheme: 'light',
    persona: 'builder',
  },
  {
    name: 'a dark accent (#0b3d2e) in the dark theme, builder',
    attributes: 'theme="dark" accent="#0b3d2e"',
    colorScheme: 'light',
    persona: 'builder',
  },
];

async function expectNoViolations(quiz: Widget, screen: string): Promise<void> {
  const violations = await runAxe(quiz.page);
  expect(violations, `axe on the ${screen} screen`).toEqual([]);
}

describe('WCAG 2.2 AA (axe-core) on every screen', () => {
  test.for(CASES.map((c) => [c.name, c] as const))(
    '%s',
    async ([, { attributes, colorScheme, persona }], { site, open }) => {
      const html = blogPage({ widget: `<ai-layer-quiz ${attributes}></ai-layer-quiz>${SCRIPT_TAG}` });
      const path = site.page(`/axe-${attributes.replace(/\W+/g, '-')}-${colorScheme}-${persona}.html`, html);
      const { page } = await open(path, { colorScheme, reducedMotion: 'reduce' });
      const quiz = widget(page);
      const run = plannedRun(persona, persona === 'builder' ? alternating : lastOption);

      await expectNoViolations(quiz, 'intro');
      await quiz.start();
      await quiz.host.getByRole('button', { name: PERSONA_LABEL[persona] }).waitFor();
      await expectNoViolations(quiz, 'persona');
      await quiz.choosePersona(PERSONA_LABEL[persona]);

      for (const [i, question] of run.questions.entries()) {
        await quiz.heading.filter({ hasText: question.prompt }).waitFor();
        if (i === 0) {
          // The "choose an answer" error state.
          await quiz.continue();
          await quiz.host.getByText('Choose an answer to continue.').first().waitFor();
          await expectNoViolations(quiz, `question ${i + 1} with its error`);
        }
        await quiz.choose(optionLabel(question, run.answers[question.id]!));
        await expectNoViolations(quiz, `question ${i + 1} (${question.id})`);
        await quiz.continue();
      }
      await quiz.heading.filter({ hasText: outcomeLabel(run.expected) }).waitFor();
      await expectNoViolations(quiz, 'result');

      // The persona step reached from the result ("Change persona") marks the current choice.
      await quiz.changePersona();
      await quiz.host.getByRole('button', { name: PERSONA_LABEL[persona] }).waitFor();
      await expectNoViolations(quiz, 'persona (changing)');
    },
  );
});
