// @vitest-environment node
// (node: the mini-bank fixture reads its files with `new URL(…, import.meta.url)`, which jsdom mode rewrites.)
import { describe, expect, test } from 'vitest';
import { miniBank, miniEngine } from '../fixtures/mini-bank.ts';
import type { Answers, Evaluation } from '../../src/engine/types.ts';
import { sourceText, type ResultView } from '../../src/machine/quiz.connect.ts';
import { lastOfRuns } from '../../src/machine/connect/sourced.ts';
import { whySentence } from '../../src/machine/connect/why.ts';
import type { QuizEvent } from '../../src/machine/quiz.machine.ts';
import { answering, as, resultAfter, resultOf, viewAfter } from './connect-support.ts';

// inherit + frequent + general + public + fast: Layer-2 6, every other layer 0.
const LAYER_2 = ['inherit', 'frequent', 'general', 'public', 'fast'];
const ANSWERS: Answers = { control: 'inherit', fees: 'frequent', workload: 'general', data: 'public', launch: 'fast' };
const layer2 = () => resultOf('builder', ...LAYER_2);
// full 3 + own 2 = Layer-1 5; specialised = Layer-3 5, and that one answer is the firmest either way.
const TIE = ['full', 'frequent', 'specialised', 'own', 'public', 'fast'];
const shared = (answers: Answers = ANSWERS) =>
  resultAfter([{ type: 'RESTORE', persona: 'builder', answers, at: 'result', origin: 'shared' }]);
const trying = (...events: QuizEvent[]) => resultAfter([...answering('builder', ...TIE), ...events]);

describe('the verdict', () => {
  test('names the layer, says why in one sentence made of the reader’s own answers, and announces it', () => {
    const result = layer2();
    expect(result).toMatchObject({
      eyebrow: "Your result · I'm building",
      heading: 'Your best fit: Layer-2',
      why: 'Your answers on control and transaction cost point to Layer-2.',
      decision: null,
      announcement: 'Your result is ready. Your best fit: Layer-2.',
      key: 'result:builder',
    });
  });

  test('charts all four fits out of 100, best first, with no runner-up among layers that do not fit at all', () => {
    // Layer-2 6 points of the 14 these five questions can give one layer at most.
    expect(layer2().scores).toEqual([
      { id: 'l2', label: 'Layer-2', fit: 43, blendFit: 0, recommended: true, runnerUp: false },
      { id: 'hybrid', label: 'Hybrid', fit: 0, blendFit: 0, recommended: false, runnerUp: false },
      { id: 'l1', label: 'Layer-1', fit: 0, blendFit: 0, recommended: false, runnerUp: false },
      { id: 'l3', label: 'Layer-3', fit: 0, blendFit: 0, recommended: false, runnerUp: false },
    ]);
  });

  test('lists the two strongest reasons, each with the answer given and its source', () => {
    const reasons = layer2().reasons;
    expect(reasons.map((r) => [r.answer, r.topic])).toEqual([
      ['Inherit', 'control'],
      ['Frequent', 'transaction cost'],
    ]);
    for (const reason of reasons) {
      expect(reason.source).toBe(sourceText(reason.cite));
      expect(reason.toward).toBeNull();
    }
  });

  test('says how a tie was settled, in one sentence', () => {
    const result = resultOf('builder', ...TIE);
    expect(result.heading).toBe('Your best fit: Layer-3');
    expect(result.why).toBe('Your answer on workload points to Layer-3.');
    expect(result.decision).toBe(
      'A tie with Layer-1, settled by your firmest answer, “Specialised service” on workload, which points to Layer-3.',
    );
    expect(result.scores.filter((s) => s.runnerUp).map((s) => [s.id, s.fit])).toEqual([['l1', 31]]);
  });

  test('explains a blend of Layer-1 and Layer-2: why names both sides, and Hybrid’s blended part is apart, with its source', () => {
    // full 3 + frequent 2 + borrow (-1, +2) + slow 2: Layer-1 4, Layer-2 4, so Hybrid 0 + 4.
    const result = resultOf('builder', 'full', 'frequent', 'general', 'borrow', 'public', 'slow');
    expect(result.heading).toBe('Your best fit: Hybrid');
    expect(result.why).toBe(
      'Your answers on control lean to Layer-1 and on transaction cost to Layer-2, which Hybrid combines.',
    );
    expect(result.decision).toBe(
      'A tie with Layer-1 and Layer-2: your answers pull both ways, and Hybrid combines the two, so it comes first.',
    );
    expect(result.blend).toMatchObject({
      text: '25 of Hybrid’s fit is the blend of Layer-1 and Layer-2, and it is what puts Hybrid first.',
      fit: 25,
      source: 'Source: Future Trends in AI Blockchain Infrastructure — 2. Hybrid Chains Are Taking Over',
    });
    expect(result.scores[0]).toMatchObject({ id: 'hybrid', recommended: true, fit: 25, blendFit: 25 });
    expect(result.reasons.map((r) => r.toward)).toEqual(['Layer-1', 'Layer-2']);
  });

  test('when most answers were neutral, says it is weak and which answers did not count', () => {
    const result = resultOf('builder', 'inherit', 'unsure', 'general', 'unsure', 'unsure');
    expect(result.why).toBe('Your answer on control points to Layer-2.');
    expect(result.weak).toEqual({
      weak: true,
      text: 'A weak recommendation: 3 of your 5 answers were neutral (transaction cost, data sensitivity and time to market), so take it as a starting point.',
    });
  });

  test('when every answer was neutral, names no layer and says there is nothing to recommend', () => {
    const result = resultOf('builder', 'unsure-control', 'unsure', 'general', 'unsure', 'unsure');
    expect(result.heading).toBe('No layer stands out yet');
    expect(result.why).toMatch(/^Your answers point to no layer at all/);
    expect(result.decision).toBeNull();
    expect(result.scores.every((bar) => bar.fit === 0 && !bar.recommended)).toBe(true);
  });

  test('with no answer that stands out, says so rather than inventing a reason', () => {
    const evaluation = miniEngine.evaluate('builder', ANSWERS) as Evaluation;
    const label = (id: string) => miniBank.outcomes.find((o) => o.id === id)!.label;
    expect(whySentence({ ...evaluation, reasons: [] }, miniBank, label, 'own')).toBe(
      'None of your answers points to one layer in particular; taken together they fit Layer-2 best.',
    );
    expect(whySentence({ ...evaluation, reasons: [] }, miniBank, label, 'shared')).toMatch(/^None of their answers/);
  });

  test('for investors, carries the not-advice notice and what is said first about the layer', () => {
    const result = resultOf('investor', 'high', 'long', 'modular', 'public', 'comfortable', 'concentrated');
    expect(result.outcome.id).toBe('l3');
    expect(result.investor!.disclaimer).toBe('Educational, not financial advice.');
    expect(result.investor!.notice).toMatchObject({ text: 'Layer-3 notice.' });
    expect(layer2().investor).toBeNull();
  });
});

describe('the folded sections', () => {
  test('offer each changed answer that would put another layer first, the runner-up’s first, to try', () => {
    const { view, send } = viewAfter(answering('builder', ...TIE));
    const result = as(view, 'result');
    expect(result.flips.map((f) => [f.text, f.tried])).toEqual([
      ['If you answered “Rare” on transaction cost, Layer-1 would lead.', false],
      ['If you answered “General app” on workload, Layer-1 would lead.', false],
      ['If you answered “Slow is fine” on time to market, Layer-1 would lead.', false],
    ]);
    result.flips[0]!.try();
    expect(send).toHaveBeenCalledWith({ type: 'TRY_ANSWER', questionId: 'fees', optionId: 'rare' });
  });

  test('say when no single changed answer would alter the result', () => {
    let found: Answers | null = null;
    miniEngine.forEachPath('investor', (answers) => {
      const result = miniEngine.evaluate('investor', answers);
      if (!found && result.ok && result.flips.length === 0) found = answers;
    });
    expect(found).not.toBeNull();
    const order = miniBank.personas.find((p) => p.id === 'investor')!.questions;
    const result = resultOf('investor', ...order.map((id) => found![id]!));
    expect(result.flips).toEqual([]);
    expect(result.noFlipText).toMatch(/^No single changed answer would alter this result/);
  });

  test('give the advantages, challenges and projects of the layer, a source repeated by the next item shown once', () => {
    const result = layer2();
    const outcome = miniBank.outcomes.find((o) => o.id === 'l2')!;
    expect(result.summary.text).toBe('Layer-2 summary.');
    expect(result.advantages.map((t) => t.text)).toEqual(outcome.advantages.map((t) => t.text));
    // Both advantages cite the same place: the line shows once, after the last of them.
    expect(result.advantages.map((t) => t.source)).toEqual([null, sourceText(outcome.advantages[1]!.cite)]);
    expect(result.challenges.map((t) => t.text)).toEqual(outcome.challenges.map((t) => t.text));
    expect(result.examples).toEqual(
      outcome.examples.map((e) => ({
        name: e.name,
        text: `${e.name}: ${e.note}`,
        cite: e.cite,
        source: sourceText(e.cite),
      })),
    );
  });

  test('give investors the sample allocation with their slice marked, compliance notes and tools', () => {
    const result = resultOf('investor', 'high', 'long', 'base', 'public', 'comfortable', 'concentrated');
    expect(result.outcome.id).toBe('l1');
    const investor = result.investor!;
    expect(investor.allocation.slices.filter((s) => s.highlight).map((s) => s.id)).toEqual(['layer-1']);
    expect(investor.compliance.map((c) => c.text)).toEqual(['Compliance note.', 'General note.']);
    expect(investor.tools.rows.map((t) => [t.name, t.suggested])).toEqual([['CoinGecko', true]]);
  });
});

describe('the way on', () => {
  test('from the reader’s own result: Back, the switch in plain words, Start over; and share controls', () => {
    const { view, send } = viewAfter(answering('builder', ...LAYER_2));
    const result = view as ResultView;
    expect(result.shareable).toBe(true);
    expect(result.switchTo!.label).toBe('Switch to investing');
    result.back();
    result.switchTo!.go();
    result.restart();
    expect(send.mock.calls.map(([e]) => e.type)).toEqual(['BACK', 'CHANGE_PERSONA', 'RESTART']);
  });
});

describe('a shared result', () => {
  test('is worded for whoever opened the link: their answers, their best fit', () => {
    const result = shared();
    expect(result).toMatchObject({
      whose: 'shared',
      eyebrow: "A shared result · I'm building",
      heading: 'Their best fit: Layer-2',
      why: 'Their answers on control and transaction cost point to Layer-2.',
      announcement: 'A shared result. Their best fit: Layer-2.',
    });
  });

  test('speaks of their answers in the close call and the flips too', () => {
    const answers = { control: 'full', fees: 'frequent', workload: 'specialised', security: 'own', data: 'public' };
    const result = shared({ ...answers, launch: 'fast' });
    expect(result.decision).toBe(
      'A tie with Layer-1, settled by their firmest answer, “Specialised service” on workload, which points to Layer-3.',
    );
    expect(result.flips[0]!.text).toBe('If they answered “Rare” on transaction cost, Layer-1 would lead.');
  });

  test('offers no share controls, Back or switch: its way on is to take the quiz (App gives it)', () => {
    const result = shared();
    expect([result.shareable, result.switchTo]).toEqual([false, null]);
  });
});

describe('a tried answer', () => {
  test('shows the result with that one answer changed, saying what changed, and never as the reader’s own', () => {
    const result = trying({ type: 'TRY_ANSWER', questionId: 'fees', optionId: 'rare' });
    expect(result).toMatchObject({
      eyebrow: "Trying another answer · I'm building",
      heading: 'Best fit with this answer: Layer-1',
      key: 'trial:fees=rare',
      announcement: 'Trying another answer. Best fit with this answer: Layer-1.',
      shareable: false,
      switchTo: null,
    });
    expect(result.trial).toMatchObject({
      text: 'With “Rare” instead of “Frequent” on transaction cost.',
      backLabel: 'Back to my result',
    });
    expect(result.evaluation.answers).toMatchObject({ fees: 'rare' });
  });

  test('marks the answer being tried among the reader’s own flips, and Back to my result sends BACK_TO_MINE', () => {
    const { view, send } = viewAfter([
      ...answering('builder', ...TIE),
      { type: 'TRY_ANSWER', questionId: 'workload', optionId: 'general' },
    ]);
    const result = as(view, 'result');
    expect(result.flips.map((f) => f.tried)).toEqual([false, true, false]);
    result.trial!.backToMine();
    expect(send).toHaveBeenCalledWith({ type: 'BACK_TO_MINE' });
  });

  test('names the answers given to the questions it brought in', () => {
    const result = resultAfter([
      ...answering('builder', ...LAYER_2),
      { type: 'TRY_ANSWER', questionId: 'control', optionId: 'full' },
      { type: 'ANSWER', optionId: 'own' },
    ]);
    expect(result.trial!.text).toBe('With “Full control” instead of “Inherit” on control and “Own it” on security.');
    expect(result.heading).toBe('Best fit with this answer: Layer-1');
  });

  test('from a shared result leads back to the shared result', () => {
    const result = resultAfter([
      { type: 'RESTORE', persona: 'builder', answers: ANSWERS, at: 'result', origin: 'shared' },
      { type: 'TRY_ANSWER', questionId: 'fees', optionId: 'rare' },
    ]);
    expect(result.trial!.backLabel).toBe('Back to the shared result');
  });
});

describe('helpers', () => {
  test('a source names the section, and the point when there is one', () => {
    expect(sourceText({ section: 'Conclusion' })).toBe('Source: Conclusion');
    expect(sourceText({ section: 'Regulatory Landscape', point: '2. Tax' })).toBe(
      'Source: Regulatory Landscape — 2. Tax',
    );
  });

  test('a run of items citing one place keeps its source line on the last of them only', () => {
    const item = (text: string, source: string) => ({ text, source });
    expect(lastOfRuns([item('a', 'S'), item('b', 'S'), item('c', 'T'), item('d', 'S')]).map((i) => i.source)).toEqual([
      null,
      'S',
      'T',
      'S',
    ]);
  });
});
