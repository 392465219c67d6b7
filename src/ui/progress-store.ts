/**
 * Keeps the reader's progress across a reload: `{ persona, answers, at }` in
 * sessionStorage under one key per widget instance. Storage is a nicety:
 * every call is guarded, so missing, full or throwing storage changes nothing.
 */
import type { Answers, PersonaId, QuestionId } from '../engine/types.ts';
import { PERSONA_IDS } from '../engine/types.ts';
import type { QuizHost } from './options.ts';

export const STORAGE_PREFIX = 'ai-layer-quiz:';

export interface SavedProgress {
  persona: PersonaId;
  answers: Answers;
  at: QuestionId | 'result';
}

type Storage = QuizHost['storage'];

export const storageKey = (instanceId: string) => STORAGE_PREFIX + instanceId;

function attempt<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}

/** The saved progress if it is there and well formed; null otherwise. Validity against the bank is the machine's call. */
export function loadProgress(storage: Storage, instanceId: string): SavedProgress | null {
  const text = attempt(() => storage?.getItem(storageKey(instanceId)));
  if (typeof text !== 'string') return null;
  const data = attempt(() => JSON.parse(text) as unknown);
  if (!data || typeof data !== 'object') return null;
  const { persona, answers, at } = data as Record<string, unknown>;
  if (!PERSONA_IDS.includes(persona as PersonaId)) return null;
  if (typeof at !== 'string' || !answers || typeof answers !== 'object' || Array.isArray(answers)) return null;
  const entries = Object.entries(answers);
  if (!entries.every(([, v]) => typeof v === 'string')) return null;
  return { persona: persona as PersonaId, answers: Object.fromEntries(entries), at };
}

export function saveProgress(storage: Storage, instanceId: string, progress: SavedProgress): void {
  attempt(() => storage?.setItem(storageKey(instanceId), JSON.stringify(progress)));
}

export function clearProgress(storage: Storage, instanceId: string): void {
  attempt(() => storage?.removeItem(storageKey(instanceId)));
}
