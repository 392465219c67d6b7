// @vitest-environment node
// (node: the mini-bank fixture reads its files with `new URL(…, import.meta.url)`, which jsdom mode rewrites.)
import { describe, expect, test, vi } from 'vitest';
import { createActor } from 'xstate';
import { miniBank, miniEngine } from '../fixtures/mini-bank.ts';
import type { Answers, PersonaId } from '../../src/engine/types.ts';
import {
  connect,
  mostQuestions,
  sourceText,
  type IntroView,
  type PersonaView,
  type QuestionView,
  type QuizView,
  type ResultView,
} from '../../src/machine/quiz.connect.ts';
import { createQuizMachine, type QuizEvent } from '../../src/machine/quiz.machine.ts';

const machine = createQuizMachine(miniEngine);

/** Runs `events` through a fresh quiz and returns the view of where it ends, plus what the view's actions send. */
function viewAfter(events: QuizEvent[], presetPersona: PersonaId | null = null) {
  const actor = createActor(machine, { input: { presetPersona } }).start();
  for (const event of events) actor.send(event);
  const send = vi.fn<(event: QuizEvent) => void>();
  const view = connect(actor.getSnapshot(), send, miniEngine);
  return { view, send };
}

function as<S extends QuizView['screen']>(view: QuizView, screen: S) {
  expect(view.screen).toBe(screen);
  return view as Extract<QuizView, { screen: S }>;
}

const answering = (persona: PersonaId, ...optionIds: string[]): QuizEvent[] => [
  { type: 'START' },
  { type: 'CHOOSE_PERSONA', persona },
  ...optionIds.map((optionId): QuizEvent => ({ type: 'ANSWER', optionId })),
];

const resultOf = (persona: PersonaId, ...optionIds: string[]) =>
  as(viewAfter(answering(persona, ...optionIds)).view, 'result') as ResultView;

describe('the intro', () => {
  test('says how many questions there are and about how long it takes, from the bank', () => {
    const intro = as(viewAfter([]).view, 'intro') as IntroView;
    expect(intro.questions).toEqual({ min: 5, max: 6 });
    expect(intro.lengthText).toBe('5–6 questions, about 2 minutes');
  });

  test('counts only the preset persona’s questions when the embed sets one', () => {
    const intro = as(viewAfter([], 'investor').view, 'intro') as IntroView;
    expect(intro.lengthText).toBe('6 questions, about 2 minutes');
  });

  test('Start sends START', () => {
    const { view, send } = viewAfter([]);
    (view as IntroView).start();
    expect(send).toHaveBeenCalledWith({ type: 'START' });
  });
});

describe('the persona step', () => {
  test('offers both personas with their hints, none marked current at first', () => {
    const view = as(viewAfter([{ type: 'START' }]).view, 'persona') as PersonaView;
    expect(view.choices).toEqual([
      { id: 'builder', label: "I'm building", hint: 'Builder hint.', current: false },
      { id: 'investor', label: "I'm investing", hint: 'Investor hint.', current: false },
    ]);
  });

  test('marks the persona the reader is changing from', () => {
    const view = viewAfter([...answering('builder', 'full'), { type: 'CHANGE_PERSONA' }]).view as PersonaView;
    expect(view.choices.map((c) => c.current)).toEqual([true, false]);
  });

  test('choosing sends CHOOSE_PERSONA, Back sends BACK', () => {
    const { view, send } = viewAfter([{ type: 'START' }]);
    (view as PersonaView).choose('investor');
    (view as PersonaView).back();
    expect(send.mock.calls).toEqual([[{ type: 'CHOOSE_PERSONA', persona: 'investor' }], [{ type: 'BACK' }]]);
  });
});

describe('a question', () => {
  test('shows the prompt, the hint and each option with its hint, nothing selected yet', () => {
    const view = as(viewAfter(answering('builder')).view, 'question') as QuestionView;
    const question = miniBank.questions.find((q) => q.id === 'control')!;
    expect(view).toMatchObject({ id: 'control', prompt: question.prompt, hint: question.hint ?? null, selected: null });
    expect(view.options).toEqual(
      question.options.map((o) => ({ id: o.id, label: o.label, hint: o.hint, selected: false })),
    );
  });

  test('counts a branch question that may still come into the total, and drops it once ruled out', () => {
    expect((viewAfter(answering('builder')).view as QuestionView).progressText).toBe('Question 1 of 6');
    expect((viewAfter(answering('builder', 'full')).view as QuestionView).progressText).toBe('Question 2 of 6');
    expect((viewAfter(answering('builder', 'inherit')).view as QuestionView).progressText).toBe('Question 2 of 5');
  });

  test('numbers questions along the reader’s own path, skipping hidden ones', () => {
    const withBranch = viewAfter(answering('builder', 'full', 'rare', 'general')).view as QuestionView;
    expect([withBranch.id, withBranch.progressText]).toEqual(['security', 'Question 4 of 6']);
    const without = viewAfter(answering('builder', 'inherit', 'rare', 'general')).view as QuestionView;
    expect([without.id, without.progressText]).toEqual(['data', 'Question 4 of 5']);
  });

  test('the progress fraction is the share of questions already answered', () => {
    const view = viewAfter(answering('builder', 'inherit', 'rare')).view as QuestionView;
    expect(view.number).toBe(3);
    expect(view.progress).toBeCloseTo(2 / 5);
  });

  test('after Back, the earlier answer is selected', () => {
    const view = viewAfter([...answering('builder', 'inherit', 'rare'), { type: 'BACK' }]).view as QuestionView;
    expect(view.id).toBe('fees');
    expect(view.selected).toBe('rare');
    expect(view.options.filter((o) => o.selected).map((o) => o.id)).toEqual(['rare']);
  });

  test('its actions send ANSWER, BACK, CHANGE_PERSONA and RESTART', () => {
    const { view, send } = viewAfter(answering('builder'));
    const q = view as QuestionView;
    expect(q.canGoBack).toBe(true);
    q.answer('full');
    q.back();
    q.changePersona();
    q.restart();
    expect(send.mock.calls.map(([e]) => e)).toEqual([
      { type: 'ANSWER', optionId: 'full' },
      { type: 'BACK' },
      { type: 'CHANGE_PERSONA' },
      { type: 'RESTART' },
    ]);
  });

  test('the step key changes with the question, for focus and announcements', () => {
    const first = viewAfter(answering('builder')).view;
    const second = viewAfter(answering('builder', 'full')).view;
    expect(first.key).not.toBe(second.key);
    expect(second.announcement).toBe('Question 2 of 6');
  });
});

describe('the result', () => {
  // inherit + frequent + general + public + fast: Layer-2 6, every other layer 0.
  const layer2 = () => resultOf('builder', 'inherit', 'frequent', 'general', 'public', 'fast');

  test('names the recommended layer with its one-sentence summary and source', () => {
    const result = layer2();
    expect(result.heading).toBe('Your best fit: Layer-2');
    expect(result.summary.text).toBe('Layer-2 summary.');
    expect(result.summary.source).toMatch(/^Source: /);
    expect(result.decision).toBeNull();
    expect(result.announcement).toBe('Your result is ready. Your best fit: Layer-2.');
  });

  test('gives all four fits out of 100, with no runner-up among layers that do not fit at all', () => {
    // Layer-2 6 points of the 14 these five questions can give one layer at most.
    expect(layer2().scores).toEqual([
      { id: 'l1', label: 'Layer-1', fit: 0, blendFit: 0, recommended: false, runnerUp: false },
      { id: 'l2', label: 'Layer-2', fit: 43, blendFit: 0, recommended: true, runnerUp: false },
      { id: 'l3', label: 'Layer-3', fit: 0, blendFit: 0, recommended: false, runnerUp: false },
      { id: 'hybrid', label: 'Hybrid', fit: 0, blendFit: 0, recommended: false, runnerUp: false },
    ]);
    expect(layer2().runnerUp).toBeNull();
  });

  test('lists the strongest reasons first, each with the answer, the question and the source', () => {
    const reasons = layer2().reasons;
    expect(reasons).toHaveLength(3);
    expect(reasons.map((r) => r.answer)).toEqual(['Inherit', 'Frequent', 'Fast']);
    for (const reason of reasons) {
      expect(reason.source).toBe(sourceText(reason.cite));
      expect(reason.question).toBe(miniBank.questions.find((q) => q.id === reason.questionId)!.prompt);
      expect(reason.toward).toBeNull();
    }
  });

  test('computes what would flip the result from the reader’s own answers, the runner-up’s first', () => {
    // Layer-1 5 (full, own) level with Layer-3 5 (specialised); Layer-2 4.
    const result = resultOf('builder', 'full', 'frequent', 'specialised', 'own', 'public', 'fast');
    expect(result.runnerUp).toEqual({ id: 'l1', label: 'Layer-1', fit: 31 });
    expect(result.flips).toEqual([
      'If you answered “Rare” on transaction cost, Layer-1 would lead.',
      'If you answered “General app” on workload, Layer-1 would lead.',
      'If you answered “Slow is fine” on time to market, Layer-1 would lead.',
    ]);
  });

  test('says when no single changed answer would alter it', () => {
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

  test('explains a blend of Layer-1 and Layer-2 with its source, and the reasons on both sides', () => {
    // full 3 + frequent 2 + borrow (-1, +2) + slow 2: Layer-1 4, Layer-2 4, so Hybrid 0 + 4.
    const result = resultOf('builder', 'full', 'frequent', 'general', 'borrow', 'public', 'slow');
    expect(result.decidedBy).toBe('both-ways');
    expect(result.heading).toBe('Your best fit: Hybrid');
    expect(result.decision!.text).toBe(
      'Layer-1, Layer-2 and Hybrid fit your answers equally well: they pull both ways, and a hybrid combines Layer-1 and Layer-2, so Hybrid comes first.',
    );
    expect(result.blend!.text).toMatch(/^Your answers pull both ways, toward Layer-1 and toward Layer-2/);
    expect(result.blend!.source).toBe(
      'Source: Future Trends in AI Blockchain Infrastructure — 2. Hybrid Chains Are Taking Over',
    );
    expect(result.scores.find((s) => s.id === 'hybrid')).toMatchObject({
      recommended: true,
      blendFit: result.blend!.fit,
    });
    expect(result.reasons.every((r) => r.toward === 'Layer-1' || r.toward === 'Layer-2')).toBe(true);
  });

  test('explains a tie settled by the reader’s firmest answer, in one sentence', () => {
    // full 3 + own 2 = Layer-1 5; specialised = Layer-3 5, and that one answer is the firmest either way.
    const result = resultOf('builder', 'full', 'frequent', 'specialised', 'own', 'public', 'fast');
    expect(result.decidedBy).toBe('strongest-answer');
    expect(result.decision).toEqual({
      text: 'Layer-1 and Layer-3 fit your answers equally well. Your answer “Specialised service” on workload points to Layer-3 more firmly than any answer points to Layer-1, so Layer-3 comes first.',
      source: null,
    });
  });

  test('shows the advantages, challenges and examples of the recommended layer with their sources', () => {
    const result = layer2();
    const outcome = miniBank.outcomes.find((o) => o.id === 'l2')!;
    expect(result.advantages.map((t) => t.text)).toEqual(outcome.advantages.map((t) => t.text));
    expect(result.challenges.map((t) => t.text)).toEqual(outcome.challenges.map((t) => t.text));
    expect(result.examples).toEqual(
      outcome.examples.map((e) => ({ name: e.name, note: e.note, source: sourceText(e.cite) })),
    );
  });

  test('has no investor notes for builders', () => {
    expect(layer2().investor).toBeNull();
  });

  test('gives investors the sample allocation with their slice marked, compliance notes, tools and the disclaimer', () => {
    const result = resultOf('investor', 'high', 'long', 'base', 'public', 'comfortable', 'concentrated');
    expect(result.outcome.id).toBe('l1');
    const investor = result.investor!;
    expect(investor.allocation.slices.filter((s) => s.highlight).map((s) => s.id)).toEqual(['layer-1']);
    expect(investor.compliance.map((c) => c.text)).toEqual(['Compliance note.', 'General note.']);
    expect(investor.tools.rows.map((t) => [t.name, t.suggested])).toEqual([['CoinGecko', true]]);
    expect(investor.disclaimer).toBe('Educational, not financial advice.');
  });

  test('its actions send BACK, CHANGE_PERSONA and RESTART', () => {
    const { view, send } = viewAfter(answering('builder', 'inherit', 'frequent', 'general', 'public', 'fast'));
    const result = view as ResultView;
    result.back();
    result.changePersona();
    result.restart();
    expect(send.mock.calls.map(([e]) => e.type)).toEqual(['BACK', 'CHANGE_PERSONA', 'RESTART']);
  });
});

describe('helpers', () => {
  test('a source names the section, and the point when there is one', () => {
    expect(sourceText({ section: 'Conclusion' })).toBe('Source: Conclusion');
    expect(sourceText({ section: 'Regulatory Landscape', point: '2. Tax' })).toBe(
      'Source: Regulatory Landscape — 2. Tax',
    );
  });

  test('the most questions a reader may get never undercounts the questions that apply', () => {
    for (const persona of ['builder', 'investor'] as const) {
      miniEngine.forEachPath(persona, (answers) => {
        const ids = miniEngine.questionsFor(persona, answers).map((q) => q.id);
        // At each step along the path, the estimate covers what the reader will in fact be asked.
        for (let i = 0; i <= ids.length; i++) {
          const sofar = Object.fromEntries(ids.slice(0, i).map((id) => [id, answers[id]!]));
          expect(mostQuestions(miniBank, persona, sofar)).toBeGreaterThanOrEqual(ids.length);
        }
        expect(mostQuestions(miniBank, persona, answers)).toBe(ids.length);
      });
    }
  });
});
