/**
 * Share links in the widget: the controls on the result screen, and what a
 * reader sees when the page opens with a link in its fragment.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render, waitFor, within } from '@testing-library/svelte';
import App from '../../src/ui/App.svelte';
import * as resultChunk from '../../src/ui/result/chunk.ts';
import { engine as defaultEngine } from '../../src/engine/index.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { OUTCOME_IDS, type PersonaId } from '../../src/engine/types.ts';
import { decodeShare, encodeShare, readShareCode, shareUrlFor } from '../../src/share/index.ts';
import { DEFAULT_OPTIONS, type QuizHost } from '../../src/ui/options.ts';
import { pageListeners } from '../../src/embed/host.ts';
import { saveProgress } from '../../src/ui/progress-store.ts';
import { answerAll, favouring, FakeStorage, renderQuiz, type EmittedEvent } from './quiz-page.ts';
import { walk } from '../share/support.ts';

const PAGE = 'http://localhost:3000/post?ref=feed';

function codeFor(persona: PersonaId, choices: number[]) {
  const answers = walk(persona, choices);
  const encoded = encodeShare({ persona, answers });
  if (!encoded.ok) throw new Error(encoded.error.message);
  const evaluation = defaultEngine.evaluate(persona, answers);
  if (!evaluation.ok) throw new Error(evaluation.message);
  const label = defaultEngine.bank.outcomes.find((o) => o.id === evaluation.outcome)!.label;
  return { code: encoded.code, answers, outcome: evaluation.outcome, label };
}

/** Opens the page at `PAGE` with `hash` as its fragment. */
function openPageWith(hash: string) {
  history.replaceState(null, '', `${PAGE}${hash}`);
}

let scrolled: Element[];
beforeEach(() => {
  scrolled = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  openPageWith('');
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
  delete (navigator as Partial<Navigator>).share;
  vi.restoreAllMocks();
});

/** Gives the page a clipboard (after user-event installed its own). */
function fakeClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
}

function shareEvents(events: EmittedEvent[]) {
  return events.filter((e) => e.name === 'quiz-share');
}

describe('opening the page with a share link', () => {
  test('shows that result straight away, worded for whoever opened it, and scrolls to the widget', async () => {
    const link = codeFor('builder', [0, 1, 2, 0, 1, 2, 0, 1, 2]);
    openPageWith(`#alq.quiz=${link.code}`);
    const { quiz, container, events } = renderQuiz();
    await quiz.settled();
    expect(quiz.headingText()).toBe(`Their best fit: ${link.label}`);
    expect(quiz.verdict()).toHaveTextContent("A shared result · I'm building");
    expect(quiz.verdict()).toHaveTextContent(/Their answers? on /);
    expect(quiz.verdict()).not.toHaveTextContent(/\byour\b/i);
    expect(within(container).queryByText(/updated since this link was made/)).toBeNull();
    // Taking the quiz is the way on; nothing offers to share, go back through or switch someone else's answers.
    expect(quiz.button('Take the quiz yourself')).toBeInTheDocument();
    expect(container.querySelector('[part="share"]')).toBeNull();
    expect(within(container).queryByRole('button', { name: /^(Back|Start over|Switch to .+)$/ })).toBeNull();
    expect(scrolled).toEqual([container.querySelector('.alq-root')]);
    expect(events).toEqual([]);
  });

  test('"Take the quiz yourself" starts a fresh quiz and takes the link out of the address', async () => {
    const link = codeFor('investor', [1, 1, 1, 1, 1, 1, 1, 1]);
    openPageWith(`#intro&alq.quiz=${link.code}`);
    const { quiz, container, events } = renderQuiz();
    await quiz.click('Take the quiz yourself');
    expect(quiz.screenName()).toBe('persona');
    expect(within(container).queryByText(/shared result/)).toBeNull();
    expect(location.href).toBe(`${PAGE}#intro`);
    expect(events.map((e) => e.name)).toEqual(['quiz-start']);
  });

  test('whose outcome the guide now scores differently shows the current recommendation and says the guide was updated', () => {
    const link = codeFor('builder', [2, 2, 2, 2, 2, 2, 2, 2, 2]);
    const now = OUTCOME_IDS.find((o) => o !== link.outcome)!;
    const rescored = structuredClone(defaultEngine.bank);
    for (const option of rescored.questions.flatMap((q) => q.options))
      option.weights = { l1: 0, l2: 0, l3: 0, hybrid: 0, [now]: 2 };
    const nowLabel = rescored.outcomes.find((o) => o.id === now)!.label;
    openPageWith(`#alq.quiz=${link.code}`);
    const { quiz, container } = renderQuiz({ engine: createEngine(rescored) });
    expect(quiz.headingText()).toBe(`Their best fit: ${nowLabel}`);
    const notice = within(container).getByText(/updated since this link was made/);
    expect(notice.textContent).toContain(link.label);
    expect(notice.textContent).toContain(nowLabel);
  });

  test.each([
    ['markup and script text', '<img src=x onerror=alert(1)><script>alert(2)</script>'],
    ['an edited character', 'edited'],
    ['a cut-off code', 'cut'],
    ['nothing at all', ''],
  ])('with %s shows a friendly notice and a fresh quiz, and adds nothing to the page', (_, kind) => {
    const { code } = codeFor('builder', [1, 0, 2, 1, 0, 2, 1, 0, 2]);
    const tampered =
      kind === 'edited'
        ? code.slice(0, 4) + (code[4] === 'A' ? 'B' : 'A') + code.slice(5)
        : kind === 'cut'
          ? code.slice(0, -3)
          : kind;
    const consoleError = vi.spyOn(console, 'error');
    openPageWith(`#alq.quiz=${tampered}`);
    const { quiz, container } = renderQuiz();
    expect(quiz.screenName()).toBe('intro');
    expect(
      within(container).getByText('This share link could not be read, so here is a fresh quiz.'),
    ).toBeInTheDocument();
    expect(document.querySelector('img, script')).toBeNull();
    expect(container.innerHTML).not.toContain('onerror');
    expect(consoleError).not.toHaveBeenCalled();
    expect(scrolled).toHaveLength(1);
  });

  test('whose fragment belongs to another widget or to the page leaves this widget alone, unscrolled', () => {
    const { code } = codeFor('builder', [0]);
    openPageWith(`#comments&alq.other-quiz=${code}`);
    const { quiz, container } = renderQuiz();
    expect(quiz.screenName()).toBe('intro');
    expect(container.querySelector('.alq-notice')).toBeNull();
    expect(scrolled).toEqual([]);
  });

  test('opened on the same page, where only the hash changes, shows the shared result too', async () => {
    const link = codeFor('investor', [0, 2, 1, 0, 2, 1, 0, 2]);
    const { quiz, container } = renderQuiz();
    await quiz.start();
    expect(quiz.screenName()).toBe('persona');
    location.hash = `#alq.quiz=${link.code}`;
    await waitFor(() => expect(quiz.headingText()).toBe(`Their best fit: ${link.label}`));
    expect(within(container).getByText(/^A shared result · /)).toBeInTheDocument();
    expect(scrolled).toHaveLength(1);
  });

  test('a tampered link opened on the same page leaves the reader’s quiz where it is', async () => {
    const { quiz, container } = renderQuiz();
    await quiz.start();
    location.hash = '#alq.quiz=<b>nope</b>';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(quiz.screenName()).toBe('persona');
    expect(container.querySelector('.alq-notice')).toBeNull();
    expect(scrolled).toEqual([]);
  });

  test('with two widgets on the page, each shows its own result', () => {
    const first = codeFor('builder', [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const second = codeFor('investor', [2, 2, 2, 2, 2, 2, 2, 2]);
    openPageWith(`#alq.first=${first.code}&alq.second=${second.code}`);
    const host: QuizHost = { emit: () => {}, storage: new FakeStorage(), listen: pageListeners().listen };
    const widget = (instanceId: string) =>
      render(App, {
        props: { options: { ...DEFAULT_OPTIONS, instanceId }, host, engine: defaultEngine, preloaded: resultChunk },
      });
    const a = widget('first');
    const b = widget('second');
    expect(within(a.container).getByRole('heading', { level: 2 }).textContent).toBe(`Their best fit: ${first.label}`);
    expect(within(b.container).getByRole('heading', { level: 2 }).textContent).toBe(`Their best fit: ${second.label}`);
  });
});

describe('the share controls on the result screen', () => {
  /** The reader's own finished quiz, resumed from their saved progress. */
  async function openResult() {
    const link = codeFor('builder', [1, 2, 0, 1, 2, 0, 1, 2, 0]);
    const storage = new FakeStorage();
    saveProgress(storage, 'quiz', { persona: 'builder', answers: link.answers, at: 'result' });
    const rendered = renderQuiz({ storage });
    await rendered.quiz.settled();
    return { ...rendered, link, section: within(rendered.container.querySelector<HTMLElement>('[part="share"]')!) };
  }

  test('Copy link puts the link on the clipboard and says "Link copied" in the status region', async () => {
    const { quiz, events, link, section } = await openResult();
    const writeText = fakeClipboard(async () => {});
    await quiz.user.click(section.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0]![0];
    expect(copied.startsWith(`${PAGE}#alq.quiz=`)).toBe(true);
    expect(decodeShare(readShareCode(new URL(copied).hash, 'quiz'))).toMatchObject({ ok: true, answers: link.answers });
    await waitFor(() => expect(quiz.status().textContent).toContain('Link copied'));
    expect(shareEvents(events)).toEqual([
      { name: 'quiz-share', detail: { method: 'copy', shareUrl: copied, persona: 'builder', outcome: link.outcome } },
    ]);
  });

  test('when the clipboard is refused, the link shows in a selected read-only field instead', async () => {
    const { quiz, events, section } = await openResult();
    fakeClipboard(async () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    await quiz.user.click(section.getByRole('button', { name: 'Copy link' }));
    const field = (await section.findByRole('textbox')) as HTMLInputElement;
    expect(field.readOnly).toBe(true);
    expect(field.value.startsWith(`${PAGE}#alq.quiz=`)).toBe(true);
    await waitFor(() => expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]));
    expect(document.activeElement).toBe(field);
    expect(quiz.status().textContent).toMatch(/Copying is not allowed here/);
    expect(shareEvents(events)).toEqual([]);
  });

  test('Share… opens the device’s share sheet with the link and a short text naming the outcome', async () => {
    const share = vi.fn(async (_data: ShareData) => {});
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const { quiz, events, link, section } = await openResult();
    await quiz.user.click(section.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledTimes(1);
    const data = share.mock.calls[0]![0];
    expect(data.text).toContain(link.label);
    expect(data.url).toMatch(/#alq\.quiz=/);
    expect(shareEvents(events).map((e) => e.detail.method)).toEqual(['native']);
  });

  test('there is no Share… button where the device has no share sheet', async () => {
    const { section } = await openResult();
    expect(section.queryByRole('button', { name: 'Share…' })).toBeNull();
  });

  test('offers X, LinkedIn, Reddit and email, each carrying the link', async () => {
    const { quiz, events, section } = await openResult();
    const links = within(section.getByRole('list', { name: 'Share on' })).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['X', 'LinkedIn', 'Reddit', 'Email']);
    for (const a of links) expect(decodeURIComponent(a.getAttribute('href')!)).toContain(`${PAGE}#alq.quiz=`);
    links[0]!.addEventListener('click', (e) => e.preventDefault());
    await quiz.user.click(links[0]!);
    expect(shareEvents(events).map((e) => e.detail.method)).toEqual(['x']);
  });
});

describe('finishing a quiz', () => {
  test('gives quiz-complete a share link that reopens the same result', async () => {
    const { quiz, events } = renderQuiz({ options: { shareUrl: 'https://blog.example/post?utm=1' } });
    await quiz.start();
    await quiz.chooseRole("I'm investing");
    await answerAll(quiz, defaultEngine, favouring('l2'));
    const complete = events.find((e) => e.name === 'quiz-complete')!;
    const shareUrl = complete.detail.shareUrl as string;
    expect(shareUrl.startsWith('https://blog.example/post?utm=1#alq.quiz=')).toBe(true);
    expect(decodeShare(readShareCode(new URL(shareUrl).hash, 'quiz'))).toMatchObject({
      ok: true,
      persona: 'investor',
      answers: complete.detail.answers,
      outcome: complete.detail.outcome,
    });
    // The controls on screen copy the same link.
    const code = readShareCode(new URL(shareUrl).hash, 'quiz')!;
    expect(shareUrlFor('https://blog.example/post?utm=1', 'quiz', code)).toBe(shareUrl);
  });

  test('with a bank the registry does not fit (a question without a code), still completes, without a share link or controls', async () => {
    const uncoded = structuredClone(defaultEngine.bank);
    const builder = uncoded.personas.find((p) => p.id === 'builder')!;
    const last = uncoded.questions.find((q) => q.id === builder.questions.at(-1))!;
    last.id = 'a-question-without-a-code';
    builder.questions[builder.questions.length - 1] = last.id;
    const engine = createEngine(uncoded);
    const { quiz, events, container } = renderQuiz({ engine });
    await quiz.start();
    await quiz.chooseRole("I'm building");
    await answerAll(quiz, engine, favouring('l1'));
    expect(events.find((e) => e.name === 'quiz-complete')!.detail.shareUrl).toBeNull();
    expect(container.querySelector('[part="share"]')).toBeNull();
  });
});
