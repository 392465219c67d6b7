/**
 * Share links bound to the default question bank and its registry of
 * permanent codes (`questions/codes.json`, checked against the bank when the
 * bank is built, so a bad registry fails the build).
 */
import { bank } from '../engine/index.ts';
import codesJson from '../../questions/codes.json';
import type { CodeEntry, CodeRegistry } from './registry.ts';
import type { ShareSource } from './connect.ts';
import type { Bank } from '../engine/types.ts';
import { decode, encode, type DecodeResult, type EncodeResult, type ShareState } from './share-code.ts';

export type * from './share-code.ts';
export type { CodeRegistry } from './registry.ts';
export { hashWithout, isOwnFragment, readShareCode, shareUrlFor } from './fragment.ts';

export const registry: CodeRegistry = codesJson;

/** The share code of a finished quiz with the default bank. */
export const encodeShare = (state: ShareState): EncodeResult => encode(bank, registry, state);

/** Reads an untrusted share code against the default bank. Never throws. */
export const decodeShare = (text: unknown): DecodeResult => decode(bank, registry, text);

/** Every question and option of `widgetBank` has a live code (the full registry check runs at build time). */
function registryFits(widgetBank: Bank): boolean {
  const live = (entries: CodeEntry[], id: string) => entries.some((e) => e.id === id && !e.retired);
  return widgetBank.questions.every((q) => {
    const entry = registry.questions.find((e) => e.id === q.id && !e.retired);
    return entry !== undefined && q.options.every((o) => live(entry.options, o.id));
  });
}

/** The share source of a widget: links only where the registry covers the widget's bank (a test bank may not). */
export function shareSourceFor(widgetBank: Bank, instanceId: string): ShareSource {
  return { bank: widgetBank, registry: registryFits(widgetBank) ? registry : null, instanceId };
}
