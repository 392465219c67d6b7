import { describe, expect, test, vi } from 'vitest';
import { OUTCOME_IDS } from '../../src/engine/types.ts';
import {
  copyText,
  incomingShare,
  outdatedNotice,
  outdatedNoticeFor,
  resultShareUrl,
  shareMessage,
  shareNatively,
  shareTargets,
  urlWithoutShare,
  type ShareSource,
} from '../../src/share/connect.ts';
import { readShareCode } from '../../src/share/fragment.ts';
import { shareSourceFor } from '../../src/share/index.ts';
import { bank, clone, evaluated, registry, walk } from './support.ts';

const source: ShareSource = { bank, registry, instanceId: 'quiz' };
const answers = walk('investor', [1, 2, 0, 1]);
const result = evaluated('investor', answers);

describe('the share link of a result', () => {
  test('opens, on the same page, the same persona, answers and outcome', () => {
    const url = resultShareUrl(source, 'https://blog.example/post?x=1', 'investor', answers)!;
    expect(url.startsWith('https://blog.example/post?x=1#alq.quiz=')).toBe(true);
    const incoming = incomingShare(source, url.slice(url.indexOf('#')));
    expect(incoming).toEqual({
      kind: 'shared',
      restore: { type: 'RESTORE', persona: 'investor', answers, at: 'result', origin: 'shared' },
      outcome: result.outcome,
      linkOutcome: result.outcome,
      outdated: false,
      unasked: [],
    });
  });

  test('uses the registry only for a bank it fits', () => {
    expect(shareSourceFor(bank, 'quiz').registry).toBe(registry);
    const other = clone(bank);
    other.questions[0]!.id = 'a-question-without-a-code';
    expect(shareSourceFor(other, 'quiz').registry).toBeNull();
  });

  test('is not made for an unfinished quiz, nor for a bank without a registry', () => {
    expect(resultShareUrl(source, 'https://blog.example/', 'investor', {})).toBeNull();
    expect(resultShareUrl({ ...source, registry: null }, 'https://blog.example/', 'investor', answers)).toBeNull();
  });
});

describe('the fragment the page was opened with', () => {
  test('asks nothing of this widget when it holds no part for it', () => {
    expect(incomingShare(source, '')).toEqual({ kind: 'none' });
    expect(incomingShare(source, '#comments')).toEqual({ kind: 'none' });
    const other = resultShareUrl({ ...source, instanceId: 'other' }, 'https://b.example/', 'investor', answers)!;
    expect(incomingShare(source, other.slice(other.indexOf('#')))).toEqual({ kind: 'none' });
  });

  test('is unreadable, with the reason, when this widget’s code was tampered with', () => {
    expect(incomingShare(source, '#alq.quiz=<img src=x onerror=alert(1)>')).toEqual({
      kind: 'unreadable',
      reason: 'malformed',
    });
    const url = resultShareUrl(source, 'https://b.example/', 'investor', answers)!;
    expect(incomingShare(source, url.slice(url.indexOf('#'), -1))).toEqual({ kind: 'unreadable', reason: 'truncated' });
  });

  test('restores the current recommendation and says the link is outdated when scoring has changed', () => {
    const now = OUTCOME_IDS.find((o) => o !== result.outcome)!;
    const rescored = clone(bank);
    for (const option of rescored.questions.flatMap((q) => q.options))
      option.weights = { l1: 0, l2: 0, l3: 0, hybrid: 0, [now]: 1 };
    const url = resultShareUrl(source, 'https://b.example/', 'investor', answers)!;
    expect(incomingShare({ ...source, bank: rescored }, url.slice(url.indexOf('#')))).toMatchObject({
      kind: 'shared',
      outcome: now,
      linkOutcome: result.outcome,
      outdated: true,
    });
    expect(outdatedNotice('Layer-1', 'Layer-2')).toMatch(/updated since this link was made.*Layer-1.*Layer-2/);
  });

  test('names, for a link the guide now scores differently, the outcome then and now by their labels', () => {
    const shared = {
      kind: 'shared' as const,
      restore: {
        type: 'RESTORE' as const,
        persona: 'investor' as const,
        answers,
        at: 'result' as const,
        origin: 'shared' as const,
      },
      unasked: [],
    };
    expect(outdatedNoticeFor(bank, { ...shared, outcome: 'l2', linkOutcome: 'l1', outdated: true })).toBe(
      outdatedNotice('Layer-1', 'Layer-2'),
    );
    expect(outdatedNoticeFor(bank, { ...shared, outcome: 'l2', linkOutcome: 'l2', outdated: false })).toBeNull();
  });

  test('says which questions a link from an older guide leaves open, and that they count as not sure', () => {
    const question = bank.questions.find((q) => q.options.some((o) => o.neutral))!;
    const notice = outdatedNoticeFor(bank, {
      kind: 'shared',
      restore: { type: 'RESTORE', persona: 'investor', answers, at: 'result', origin: 'shared' },
      outcome: 'l2',
      linkOutcome: 'l2',
      outdated: false,
      unasked: [question.id],
    });
    expect(notice).toBe(
      `The guide now also asks about ${question.topic}, which this link leaves open: that counts as “not sure” and moves nothing.`,
    );
  });
});

test('starting a quiz of your own takes only this widget’s part out of the address', () => {
  expect(urlWithoutShare('https://b.example/p?q=1#top&alq.quiz=ABC&alq.other=DEF', 'quiz')).toBe(
    'https://b.example/p?q=1#top&alq.other=DEF',
  );
  expect(urlWithoutShare('https://b.example/p?q=1#alq.quiz=ABC', 'quiz')).toBe('https://b.example/p?q=1');
  expect(urlWithoutShare('https://b.example/p', 'quiz')).toBe('https://b.example/p');
});

describe('the share targets', () => {
  const url = 'https://blog.example/post?x=1#alq.quiz=ABC';
  const text = shareMessage('Layer-2');

  test('carry a short text naming the outcome', () => {
    expect(text).toContain('Layer-2');
    expect(text.length).toBeLessThan(120);
  });

  test('carry the whole link, fragment included, to X, LinkedIn, Reddit and email', () => {
    const targets = shareTargets(url, text);
    expect(targets.map((t) => t.id)).toEqual(['x', 'linkedin', 'reddit', 'email']);
    for (const target of targets) {
      const params = new URL(target.href).searchParams;
      const carried = [...params.values()].join(' ');
      expect(carried).toContain(url);
      expect(readShareCode(`#${url.split('#')[1]}`, 'quiz')).toBe('ABC');
      if (target.id !== 'linkedin') expect(carried).toContain(text);
    }
    expect(targets.find((t) => t.id === 'email')!.href.startsWith('mailto:?')).toBe(true);
  });
});

describe('copying and the share sheet', () => {
  test('copy reports success only when the clipboard took the text', async () => {
    const writeText = vi.fn(async () => {});
    expect(await copyText({ writeText }, 'link')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('link');
    expect(
      await copyText({ writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }, 'link'),
    ).toBe(false);
    expect(await copyText(undefined, 'link')).toBe(false);
  });

  test('the share sheet tells a shared link from a closed sheet and a failure', async () => {
    expect(await shareNatively(async () => {}, { url: 'u' })).toBe('shared');
    expect(
      await shareNatively(async () => Promise.reject(new DOMException('closed', 'AbortError')), { url: 'u' }),
    ).toBe('cancelled');
    expect(
      await shareNatively(async () => Promise.reject(new DOMException('no', 'NotAllowedError')), { url: 'u' }),
    ).toBe('failed');
    expect(await shareNatively(undefined, { url: 'u' })).toBe('failed');
  });
});
