/**
 * The core flows, the same in every engine: each is a reader's path through
 * the widget and what they must see on it. suite.ts runs them all in an
 * engine, and fails any flow whose pages reported an error.
 */
import { engine } from '../../src/engine/index.ts';
import type { Answers } from '../../src/engine/types.ts';
import { pickFlips } from '../../src/machine/quiz.connect.ts';
import { runOf } from '../browser/longest-results.ts';
import {
  alternating,
  lastOption,
  outcomeLabel,
  optionLabel,
  PERSONA_LABEL,
  plannedRun,
  type Run,
} from '../browser/widget.ts';
import { expect } from 'vitest';
import type { Focus, Reader, Screen } from './reader.ts';

const INTRO = 'Which blockchain layer fits your AI plans?';
const PERSONA = 'Are you building or investing?';

const builder = plannedRun('builder', alternating);
const investor = plannedRun('investor', lastOption);

/** A builder's path whose result offers a changed answer to try. */
function pathWithAFlip() {
  let found: Answers | null = null;
  engine.forEachPath('builder', (answers) => {
    const result = found ? null : engine.evaluate('builder', answers);
    if (result?.ok && pickFlips(result.flips).length > 0) found = answers;
  });
  return runOf('builder', found!);
}

/** The reader's own result for `run`, focus on its heading. */
function expectOwnResult({ heading, eyebrow, focus }: Screen, run: Run): void {
  expect(heading).toBe(`Your best fit: ${outcomeLabel(run.expected)}`);
  expect(eyebrow).toBe(`Your result · ${PERSONA_LABEL[run.persona]}`);
  expect(focus.text).toBe(heading);
}

const button = (name: string) => (f: Focus) => f.inWidget && f.tag === 'button' && f.text.startsWith(name);

export const FLOWS: [string, (quiz: Reader) => Promise<void>][] = [
  [
    'the intro shows its heading and starts the quiz',
    async (quiz) => {
      await quiz.see(INTRO);
      await quiz.start();
      const { focus } = await quiz.see(PERSONA);
      expect(focus.inWidget && /^h[1-6]$/.test(focus.tag)).toBe(true);
    },
  ],
  [
    'a builder answers every question by clicks and sees the layer their answers give; its share link, in a fresh tab, shows it as someone else’s',
    async (quiz) => {
      expectOwnResult(await quiz.complete(builder), builder);
      const [shareUrl] = await quiz.shareUrls();
      expect(shareUrl).toMatch(/#alq\.[\w-]+=[\w-]+$/);
      await quiz.open(shareUrl);
      const shared = await quiz.see(`Their best fit: ${outcomeLabel(builder.expected)}`);
      expect(shared.eyebrow).toMatch(/^A shared result · /);
    },
  ],
  [
    'an investor answers every question by clicks and sees the layer their answers give; a fold opens on a click and closes on the next',
    async (quiz) => {
      expectOwnResult(await quiz.complete(investor), investor);
      const summary = 'Allocation, tax and tools';
      expect(await quiz.fold(summary)).toEqual({ open: false, shown: false });
      await quiz.summary(summary);
      await expect.poll(() => quiz.fold(summary)).toEqual({ open: true, shown: true });
      await quiz.summary(summary);
      await expect.poll(() => quiz.fold(summary)).toEqual({ open: false, shown: false });
    },
  ],
  [
    'a changed answer can be tried, and one click returns to the reader’s own result',
    async (quiz) => {
      const run = pathWithAFlip();
      const mine = (await quiz.complete(run)).heading;
      await quiz.summary('What would change the result');
      await quiz.button('Try this answer');
      const next = await quiz.see(/^Best fit with this answer: |\?$/);
      if (next.heading.endsWith('?')) {
        // The tried answer brings in a question of its own: answer it.
        await quiz.tabTo((f) => f.inWidget && f.type === 'radio', 'the answers');
        await quiz.press('Space');
        await quiz.continue();
        await quiz.see(/^Best fit with this answer: /);
      }
      await quiz.button('Back to my result');
      expect((await quiz.see(mine)).focus.text).toBe(mine);
    },
  ],
  [
    'a reload mid-quiz comes back on the same question, and the quiz goes on to the same result',
    async (quiz) => {
      await quiz.start();
      await quiz.choosePersona(PERSONA_LABEL.builder);
      for (const question of builder.questions.slice(0, 2)) {
        await quiz.see(question.prompt);
        await quiz.choose(optionLabel(question, builder.answers[question.id]!));
        await quiz.continue();
      }
      await quiz.see(builder.questions[2]!.prompt);
      await quiz.reload();
      await quiz.see(builder.questions[2]!.prompt);
      await quiz.answer(builder, 2);
    },
  ],
  [
    'by keyboard alone: Tab, arrows, Space and Enter, with a focus ring on each answer the arrows reach',
    async (quiz) => {
      await quiz.tabTo(button('Start'), 'the Start button');
      await quiz.press('Enter');
      await quiz.see(PERSONA);
      await quiz.tabTo(button(PERSONA_LABEL.investor), PERSONA_LABEL.investor);
      await quiz.press('Space');
      for (const question of investor.questions) {
        await quiz.see(question.prompt);
        await quiz.tabTo((f) => f.inWidget && f.type === 'radio', 'the answers');
        const target = question.options.findIndex((o) => o.id === investor.answers[question.id]);
        if (target === 0) await quiz.press('Space');
        for (let i = 0; i < target; i++) await quiz.press('ArrowDown');
        const { focus } = await quiz.screen();
        expect(focus).toMatchObject({ type: 'radio', checked: true, ring: true });
        expect(focus.text).toBe(optionLabel(question, investor.answers[question.id]!));
        await quiz.tabTo(button('Continue'), 'Continue');
        await quiz.press('Enter');
      }
      const { heading, focus } = await quiz.see(`Your best fit: ${outcomeLabel(investor.expected)}`);
      expect(focus.text).toBe(heading);
    },
  ],
  [
    'an answer picked with the mouse shows no focus ring, even after arrow keys',
    async (quiz) => {
      await quiz.start();
      await quiz.choosePersona(PERSONA_LABEL.builder);
      const first = builder.questions[0]!;
      await quiz.see(first.prompt);
      await quiz.tabTo((f) => f.inWidget && f.type === 'radio', 'the answers');
      await quiz.press('ArrowDown');
      expect((await quiz.screen()).focus).toMatchObject({ type: 'radio', ring: true });
      const label = optionLabel(first, first.options[2]!.id);
      await quiz.choose(label);
      expect((await quiz.screen()).focus).toMatchObject({ type: 'radio', text: label, checked: true, ring: false });
    },
  ],
];
