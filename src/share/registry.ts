/**
 * The permanent numeric codes of `questions/codes.json`: every persona,
 * outcome, question and option gets a small integer that is never changed
 * and never reused, the way protocol buffers number their fields. Share
 * codes carry these numbers, never ids or positions, so editing the bank
 * cannot silently change what an old link means.
 */

export interface CodeEntry {
  id: string;
  code: number;
  /** Gone from the bank. Kept so its code is never handed out again. */
  retired?: boolean;
}

export interface QuestionCodeEntry extends CodeEntry {
  /** Option codes count within their question. */
  options: CodeEntry[];
}

export interface CodeRegistry {
  /** The bank versions released with share links; a link naming any other version is refused. */
  versions: number[];
  personas: CodeEntry[];
  outcomes: CodeEntry[];
  questions: QuestionCodeEntry[];
}

export interface IndexedQuestion {
  entry: QuestionCodeEntry;
  optionByCode: ReadonlyMap<number, CodeEntry>;
  optionById: ReadonlyMap<string, CodeEntry>;
}

/** Lookups both ways for one registry. */
export interface RegistryIndex {
  registry: CodeRegistry;
  versions: ReadonlySet<number>;
  personaByCode: ReadonlyMap<number, CodeEntry>;
  personaById: ReadonlyMap<string, CodeEntry>;
  outcomeByCode: ReadonlyMap<number, CodeEntry>;
  outcomeById: ReadonlyMap<string, CodeEntry>;
  questionByCode: ReadonlyMap<number, IndexedQuestion>;
  questionById: ReadonlyMap<string, IndexedQuestion>;
}

const byCode = <T extends CodeEntry>(entries: readonly T[]) => new Map(entries.map((e) => [e.code, e]));
const byId = <T extends CodeEntry>(entries: readonly T[]) => new Map(entries.map((e) => [e.id, e]));

const indexes = new WeakMap<CodeRegistry, RegistryIndex>();

/** Builds (once per registry object) the lookups the encoder and decoder use. */
export function indexRegistry(registry: CodeRegistry): RegistryIndex {
  const known = indexes.get(registry);
  if (known) return known;
  const questions: IndexedQuestion[] = registry.questions.map((entry) => ({
    entry,
    optionByCode: byCode(entry.options),
    optionById: byId(entry.options),
  }));
  const index: RegistryIndex = {
    registry,
    versions: new Set(registry.versions),
    personaByCode: byCode(registry.personas),
    personaById: byId(registry.personas),
    outcomeByCode: byCode(registry.outcomes),
    outcomeById: byId(registry.outcomes),
    questionByCode: new Map(questions.map((q) => [q.entry.code, q])),
    questionById: new Map(questions.map((q) => [q.entry.id, q])),
  };
  indexes.set(registry, index);
  return index;
}
