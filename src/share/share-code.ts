/**
 * Share codes in ids: a finished quiz written as a code (`encode`), and a
 * code read back into answers the current bank can show (`decode`), through
 * the append-only registry of codes (questions/codes.json). The characters
 * and numbers of a code are raw-code.ts's. Decoding never throws, and its
 * messages never repeat the text it was given.
 */
import { createEngine, type Engine } from '../engine/engine.ts';
import {
  OUTCOME_IDS,
  type Answers,
  type Bank,
  type OutcomeId,
  type PersonaId,
  type QuestionId,
} from '../engine/types.ts';
import { indexRegistry, type CodeEntry, type CodeRegistry } from './registry.ts';
import { fillUnasked } from './unasked.ts';
import { FORMAT, fail, packRaw, unpackRaw, type ShareError } from './raw-code.ts';

export {
  FORMAT,
  MAX_CODE_LENGTH,
  packRaw,
  unpackRaw,
  type RawCode,
  type ShareError,
  type ShareErrorKind,
  type UnpackResult,
} from './raw-code.ts';

/** What a link says, in ids, as the registry names them (retired ones included). */
export interface SharedLink {
  persona: string;
  outcome: string;
  bankVersion: number;
  answers: Readonly<Record<string, string>>;
}

export interface DecodedShare {
  ok: true;
  persona: PersonaId;
  /** Every answer that applies, complete: ready for RESTORE { at: 'result' }. */
  answers: Answers;
  /** The recommendation the current bank gives for these answers: the one to show. */
  outcome: OutcomeId;
  /** The recommendation when the link was made. */
  linkOutcome: OutcomeId;
  /** The guide has been updated since the link was made and now recommends something else. */
  outdated: boolean;
  /** Questions the bank the link was made with did not ask: they count as neutral answers. */
  unasked: QuestionId[];
  bankVersion: number;
}

export type DecodeResult = DecodedShare | { ok: false; error: ShareError };
export type ReadResult = { ok: true; link: SharedLink } | { ok: false; error: ShareError };
export type EncodeResult =
  { ok: true; code: string } | { ok: false; error: { kind: 'invalid-state' | 'no-code'; message: string } };

// ---- numbers ↔ ids, through the registry ----

/** Writes a link's ids as a code. Fails for an id the registry has no code for. */
export function packLink(registry: CodeRegistry, link: SharedLink): EncodeResult {
  const index = indexRegistry(registry);
  const persona = index.personaById.get(link.persona);
  if (!persona) return fail('no-code', `persona "${link.persona}" has no code in codes.json`);
  const outcome = index.outcomeById.get(link.outcome);
  if (!outcome) return fail('no-code', `outcome "${link.outcome}" has no code in codes.json`);
  const pairs: [number, number][] = [];
  for (const [questionId, optionId] of Object.entries(link.answers)) {
    const question = index.questionById.get(questionId);
    if (!question) return fail('no-code', `question "${questionId}" has no code in codes.json`);
    const option = question.optionById.get(optionId);
    if (!option) return fail('no-code', `option "${optionId}" of "${questionId}" has no code in codes.json`);
    pairs.push([question.entry.code, option.code]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    ok: true,
    code: packRaw({
      format: FORMAT,
      persona: persona.code,
      outcome: outcome.code,
      bankVersion: link.bankVersion,
      pairs,
    }),
  };
}

/**
 * Reads what a code says, in ids, using only the registry: the same text
 * reads the same forever, whatever later happens to the bank. Retired
 * entries are read like any other; `decode` is what refuses them.
 */
export function readLink(registry: CodeRegistry, text: unknown): ReadResult {
  const unpacked = unpackRaw(text);
  if (!unpacked.ok) return unpacked;
  const { raw } = unpacked;
  const index = indexRegistry(registry);
  if (!index.versions.has(raw.bankVersion)) {
    return fail('unknown-version', `was made with bank version ${raw.bankVersion}, which was never released`);
  }
  const persona = index.personaByCode.get(raw.persona);
  if (!persona) return fail('out-of-range', `persona code ${raw.persona} is not in codes.json`);
  const outcome = index.outcomeByCode.get(raw.outcome);
  if (!outcome) return fail('out-of-range', `outcome code ${raw.outcome} is not in codes.json`);
  const answers: Record<string, string> = {};
  let previous = -1;
  for (const [questionCode, optionCode] of raw.pairs) {
    if (questionCode === previous) return fail('duplicate', `answers question code ${questionCode} twice`);
    if (questionCode < previous) return fail('malformed', 'lists its answers out of order');
    previous = questionCode;
    const question = index.questionByCode.get(questionCode);
    if (!question) return fail('out-of-range', `question code ${questionCode} is not in codes.json`);
    const option = question.optionByCode.get(optionCode);
    if (!option) return fail('out-of-range', `question "${question.entry.id}" has no option code ${optionCode}`);
    answers[question.entry.id] = option.id;
  }
  return { ok: true, link: { persona: persona.id, outcome: outcome.id, bankVersion: raw.bankVersion, answers } };
}

// ---- states ↔ codes, checked with the engine ----

const engines = new WeakMap<Bank, Engine>();
function engineFor(bank: Bank): Engine {
  let engine = engines.get(bank);
  if (!engine) {
    engine = createEngine(bank);
    engines.set(bank, engine);
  }
  return engine;
}

export interface ShareState {
  persona: PersonaId;
  /** May hold answers that no longer apply (kept across Back and persona switches); only those that count are written. */
  answers: Answers;
}

/** The code for a finished quiz: its persona, the answers that count, the outcome and the bank version. */
export function encode(bank: Bank, registry: CodeRegistry, state: ShareState): EncodeResult {
  const result = engineFor(bank).evaluate(state.persona, state.answers);
  if (!result.ok) return fail('invalid-state', result.message);
  if (!result.complete) return fail('invalid-state', 'the quiz is not finished: only a result can be shared');
  if (!registry.versions.includes(bank.version)) {
    return fail('no-code', `bank version ${bank.version} is not listed under "versions" in codes.json`);
  }
  return packLink(registry, {
    persona: result.persona,
    outcome: result.outcome,
    bankVersion: bank.version,
    answers: result.answers,
  });
}

const isRetired = (entry: CodeEntry | undefined) => entry?.retired === true;

/**
 * Reads a share code (untrusted text) into a result to show, or a typed
 * error. The answers are checked with the engine: each applies to the
 * persona under branching, and together they are complete. Never throws.
 */
export function decode(bank: Bank, registry: CodeRegistry, text: unknown): DecodeResult {
  const read = readLink(registry, text);
  if (!read.ok) return read;
  const { link } = read;
  const index = indexRegistry(registry);

  if (isRetired(index.personaById.get(link.persona)))
    return fail('retired', `persona "${link.persona}" has been retired`);
  if (isRetired(index.outcomeById.get(link.outcome)))
    return fail('retired', `outcome "${link.outcome}" has been retired`);
  for (const [questionId, optionId] of Object.entries(link.answers)) {
    const question = index.questionById.get(questionId);
    if (isRetired(question?.entry)) return fail('retired', `question "${questionId}" has been removed from the bank`);
    if (isRetired(question?.optionById.get(optionId))) {
      return fail('retired', `option "${optionId}" of "${questionId}" has been removed from the bank`);
    }
  }
  const linkOutcome = OUTCOME_IDS.find((id) => id === link.outcome);
  if (!linkOutcome) return fail('out-of-range', `outcome "${link.outcome}" is not an outcome of this quiz`);

  const engine = engineFor(bank);
  const given = engine.evaluate(link.persona, link.answers);
  if (!given.ok) return fail('out-of-range', given.message);
  const applies = new Set(engine.questionsFor(given.persona, link.answers).map((q) => q.id));
  const stray = Object.keys(link.answers).find((id) => !applies.has(id));
  if (stray !== undefined)
    return fail('not-applicable', `answers "${stray}", which ${given.persona} is not asked with these answers`);
  // Only an older bank can have left a question unasked; from the current one, a gap means a damaged link.
  const { answers, unasked } =
    link.bankVersion < bank.version
      ? fillUnasked(engine, given.persona, link.answers)
      : { answers: link.answers, unasked: [] };
  const result = unasked.length > 0 ? engine.evaluate(given.persona, answers) : given;
  if (!result.ok || !result.complete) return fail('incomplete', 'leaves questions unanswered, so it has no result');

  return {
    ok: true,
    persona: result.persona,
    answers: result.answers,
    outcome: result.outcome,
    linkOutcome,
    outdated: result.outcome !== linkOutcome,
    unasked,
    bankVersion: link.bankVersion,
  };
}
