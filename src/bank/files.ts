/** The files that make up a question bank, relative to its folder (`questions/`). */
export const BANK_FILE = 'bank.json';
export const OUTCOMES_FILE = 'outcomes.json';
export const OUTLINE_FILE = 'article-outline.json';
/** The permanent numeric codes share links carry (see src/bank/codes-check.ts). */
export const CODES_FILE = 'codes.json';
/** Questions may live in any of these; each persona lists, in bank.json, which ones it asks. */
export const QUESTION_FILES = ['shared.json', 'builder.json', 'investor.json'] as const;

export const SCHEMA_FOR: Record<string, string> = {
  [BANK_FILE]: 'bank.schema.json',
  [OUTCOMES_FILE]: 'outcomes.schema.json',
  [OUTLINE_FILE]: 'article-outline.schema.json',
  [CODES_FILE]: 'codes.schema.json',
  ...Object.fromEntries(QUESTION_FILES.map((f) => [f, 'questions.schema.json'])),
};

export const ALL_FILES = Object.keys(SCHEMA_FOR);
