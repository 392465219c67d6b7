/**
 * Share links bound to the default question bank and its registry of
 * permanent codes (`questions/codes.json`, checked against the bank when the
 * bank is built, so a bad registry fails the build).
 */
import { bank } from '../engine/index.ts';
import { registry } from './default-registry.ts';
import { decode, encode, type DecodeResult, type EncodeResult, type ShareState } from './share-code.ts';

export type * from './share-code.ts';
export type { CodeRegistry } from './registry.ts';
export { hashWithout, isOwnFragment, readShareCode, shareUrlFor } from './fragment.ts';
export { registry, shareSourceFor } from './default-registry.ts';

/** The share code of a finished quiz with the default bank. */
export const encodeShare = (state: ShareState): EncodeResult => encode(bank, registry, state);

/** Reads an untrusted share code against the default bank. Never throws. */
export const decodeShare = (text: unknown): DecodeResult => decode(bank, registry, text);
