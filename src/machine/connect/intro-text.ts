/**
 * The first screen's words and figures, in one place for both the page's
 * loader (which shows the intro as plain DOM before the quiz has loaded) and
 * the quiz's own intro: they cannot drift. Nothing here imports the engine,
 * the machine or Svelte.
 */
import type { Engine } from '../../engine/engine.ts';
import type { OutcomeId, PersonaId } from '../../engine/types.ts';

/** Reading time per question, for the intro's estimate. */
export const SECONDS_PER_QUESTION = 15;

export const INTRO_WORDS = {
  heading: 'Which blockchain layer fits your AI plans?',
  lead: 'A few questions on what you build or invest in, then the layer that fits, with reasons from the article.',
  layersLabel: 'The four recommendations',
  startLabel: 'Start',
} as const;

export interface QuestionRange {
  min: number;
  max: number;
}

/** A widget with its persona preset, or with none (`either`: the reader chooses). */
export type IntroCase = PersonaId | 'either';

/** What the intro needs from the bank, computed when the bank is built (the loader carries data, no code). */
export interface IntroFacts {
  /** How many questions a reader is asked, and about how long that takes ("8–10 questions, about 3 minutes"). */
  length: Record<IntroCase, string>;
  /** The four outcomes, each with a few words on what it means. */
  layers: { id: OutcomeId; label: string; tagline: string }[];
}

export function introFactsOf(engine: Engine): IntroFacts {
  const personas = engine.bank.personas.map((p) => p.id);
  const ranges = Object.fromEntries(personas.map((p) => [p, engine.questionCount(p)] as const));
  const length = Object.fromEntries([
    ...personas.map((p) => [p, lengthText(ranges[p]!)] as const),
    ['either', lengthText(rangeOf(ranges, personas))] as const,
  ]) as IntroFacts['length'];
  return { length, layers: engine.bank.outcomes.map(({ id, label, tagline }) => ({ id, label, tagline })) };
}

/** Fewest and most questions over the given personas (the preset one, or both). */
export function rangeOf(
  ranges: Partial<Record<PersonaId, QuestionRange>>,
  personas: readonly PersonaId[],
): QuestionRange {
  const found = personas.map((p) => ranges[p]).filter((r): r is QuestionRange => r !== undefined);
  if (found.length === 0) return { min: 0, max: 0 };
  return { min: Math.min(...found.map((r) => r.min)), max: Math.max(...found.map((r) => r.max)) };
}

/** "8–10 questions, about 3 minutes" */
export function lengthText({ min, max }: QuestionRange): string {
  const minutes = Math.max(1, Math.round((max * SECONDS_PER_QUESTION) / 60));
  const count = min === max ? `${max}` : `${min}–${max}`;
  return `${count} questions, about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** The intro for a widget with `preset` (or no) persona. */
export function introText(facts: IntroFacts, preset: PersonaId | null) {
  return { ...INTRO_WORDS, length: facts.length[preset ?? 'either'], layers: facts.layers };
}
