/**
 * What the widget needs from share links, as plain functions: the link for a
 * result, what to do with the fragment the page was opened with, the short
 * text and the share targets. The components only render these.
 */
import type { Answers, Bank, OutcomeId, PersonaId, QuestionId } from '../engine/types.ts';
import type { QuizEvent } from '../machine/quiz.machine.ts';
import { readShareCode, shareUrlFor } from './fragment.ts';
import type { CodeRegistry } from './registry.ts';
import { decode, encode, type ShareErrorKind } from './share-code.ts';

export interface ShareSource {
  bank: Bank;
  /** Null when the bank has no registry (a test bank): no links are made or read. */
  registry: CodeRegistry | null;
  instanceId: string;
}

/** The share link of a finished quiz, on `base` (the `share-url` attribute, else the page URL); null when none can be made. */
export function resultShareUrl(source: ShareSource, base: string, persona: PersonaId, answers: Answers): string | null {
  if (!source.registry) return null;
  const encoded = encode(source.bank, source.registry, { persona, answers });
  return encoded.ok ? shareUrlFor(base, source.instanceId, encoded.code) : null;
}

export type IncomingShare =
  /** The fragment holds nothing for this widget. */
  | { kind: 'none' }
  /** A readable link: restore its result. `outdated` when the guide now recommends something else. */
  | {
      kind: 'shared';
      restore: Extract<QuizEvent, { type: 'RESTORE' }>;
      outcome: OutcomeId;
      linkOutcome: OutcomeId;
      outdated: boolean;
      /** Questions the link's bank did not ask, counted as neutral answers. */
      unasked: QuestionId[];
    }
  /** This widget's part is there but cannot be used: show a notice and a fresh quiz. */
  | { kind: 'unreadable'; reason: ShareErrorKind };

/** What the fragment the page was opened with (`location.hash`) asks of this widget. Never throws. */
export function incomingShare(source: ShareSource, hash: string): IncomingShare {
  const code = readShareCode(hash, source.instanceId);
  if (code === null) return { kind: 'none' };
  if (!source.registry) return { kind: 'unreadable', reason: 'unknown-version' };
  const decoded = decode(source.bank, source.registry, code);
  if (!decoded.ok) return { kind: 'unreadable', reason: decoded.error.kind };
  return {
    kind: 'shared',
    restore: { type: 'RESTORE', persona: decoded.persona, answers: decoded.answers, at: 'result', origin: 'shared' },
    outcome: decoded.outcome,
    linkOutcome: decoded.linkOutcome,
    outdated: decoded.outdated,
    unasked: decoded.unasked,
  };
}

export { urlWithoutShare } from './fragment.ts';
export { NOTICES } from './notices.ts';

/** Says that the guide has changed since the link was made, and what it recommends now. */
export function outdatedNotice(linkLabel: string, currentLabel: string): string {
  return `The guide has been updated since this link was made: these answers led to ${linkLabel} then and lead to ${currentLabel} now, so that is shown.`;
}

/** Says which questions the guide asks now that the link's version did not, and how they count. */
export function unaskedNotice(topics: readonly string[]): string {
  const list = topics.length > 1 ? `${topics.slice(0, -1).join(', ')} and ${topics.at(-1)}` : topics.join('');
  return `The guide now also asks about ${list}, which this link leaves open: that counts as “not sure” and moves nothing.`;
}

/**
 * For a readable link: what changed in the guide since it was made (it now
 * scores these answers differently, or asks something the link leaves open),
 * or null when the link still reads as it did.
 */
export function outdatedNoticeFor(bank: Bank, incoming: Extract<IncomingShare, { kind: 'shared' }>): string | null {
  const labelOf = (id: OutcomeId) => bank.outcomes.find((o) => o.id === id)?.label ?? id;
  const topicOf = (id: QuestionId) => bank.questions.find((q) => q.id === id)?.topic ?? id;
  const parts = [
    incoming.outdated ? outdatedNotice(labelOf(incoming.linkOutcome), labelOf(incoming.outcome)) : '',
    incoming.unasked.length > 0 ? unaskedNotice(incoming.unasked.map(topicOf)) : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : null;
}

/** The short text that goes with a shared link. */
export function shareMessage(outcomeLabel: string): string {
  return `My best fit for AI on blockchains: ${outcomeLabel}. Which layer fits you?`;
}

/** How a reader shared: copied the link, the device's share sheet, or one of the share targets. */
export type ShareMethod = 'copy' | 'native' | ShareTarget['id'];

export interface ShareTarget {
  id: 'x' | 'linkedin' | 'reddit' | 'email';
  label: string;
  href: string;
}

/** Links that open X, LinkedIn, Reddit or an email with the link and the short text filled in. */
export function shareTargets(url: string, text: string): ShareTarget[] {
  const q = encodeURIComponent;
  return [
    { id: 'x', label: 'X', href: `https://x.com/intent/tweet?text=${q(text)}&url=${q(url)}` },
    { id: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    { id: 'reddit', label: 'Reddit', href: `https://www.reddit.com/submit?url=${q(url)}&title=${q(text)}` },
    { id: 'email', label: 'Email', href: `mailto:?subject=${q(text)}&body=${q(`${text}\n\n${url}`)}` },
  ];
}

/** Copies through the Clipboard API; false when there is none or the page may not use it. */
export async function copyText(clipboard: Pick<Clipboard, 'writeText'> | undefined, text: string): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export type NativeShare = ((data: ShareData) => Promise<void>) | undefined;

/** Opens the device's share sheet: 'shared', 'cancelled' (the reader closed it) or 'failed'. */
export async function shareNatively(share: NativeShare, data: ShareData): Promise<'shared' | 'cancelled' | 'failed'> {
  if (!share) return 'failed';
  try {
    await share(data);
    return 'shared';
  } catch (error) {
    return (error as { name?: unknown } | null)?.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
