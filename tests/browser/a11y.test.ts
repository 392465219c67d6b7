/**
 * axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA) on every screen of the quiz (the
 * result with its sections folded and open, and a tried answer's result), in
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
      await expectNoViolations(quiz, 'result, sections folded');

      // Every folded section open: the tables, the lists, the flips to try.
      for (const summary of await quiz.host.locator('summary').all()) await summary.click();
      expect(await quiz.host.locator('details:not([open])').count()).toBe(0);
      await expectNoViolations(quiz, 'result, sections open');

      // Trying another answer, answering any question it brings in, then back.
      const tries = quiz.host.getByRole('button', { name: 'Try this answer' });
      if ((await tries.count()) > 0) {
        await tries.first().click();
        const tried = quiz.heading.filter({ hasText: 'Best fit with this answer' });
        await quiz.host.getByRole('radiogroup').or(tried).first().waitFor();
        if ((await quiz.host.getByRole('radiogroup').count()) > 0) {
          await expectNoViolations(quiz, 'a question a tried answer brings in');
          await quiz.host.getByRole('radio').first().check();
          await quiz.continue();
        }
        await tried.waitFor();
        await expectNoViolations(quiz, 'a tried answer’s result');
        await quiz.host.getByRole('button', { name: 'Back to my result' }).click();
        await quiz.heading.filter({ hasText: 'Your best fit' }).waitFor();
      }

      // The switch to the other persona goes straight to its questions.
      await quiz.changePersona();
      await quiz.host.getByRole('radiogroup').waitFor();
      await expectNoViolations(quiz, 'the other persona’s question after the switch');
    },
  );
});
