/**
 * What the share tests have in common: the real bank and registry, states
 * made by walking the quiz with random choices, and copies of bank and
 * registry that a test can change.
 */
import fc from 'fast-check';
import { bank, engine } from '../../src/engine/index.ts';
import { registry } from '../../src/share/index.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { PERSONA_IDS, type Answers, type Evaluation, type PersonaId } from '../../src/engine/types.ts';
import type { CodeRegistry } from '../../src/share/registry.ts';

export { bank, engine, registry };

export const clone = <T>(value: T): T => structuredClone(value);

/** Answers made by answering, one after another, the questions the quiz shows, picking `choices[i]` (mod the options). */
export function walk(
  persona: PersonaId,
  choices: readonly number[],
  theEngine: Engine = engine,
): Record<string, string> {
  const answers: Record<string, string> = {};
  for (let step = 0; ; step += 1) {
    const next = theEngine.questionsFor(persona, answers).find((q) => answers[q.id] === undefined);
    if (!next) return answers;
    answers[next.id] = next.options[(choices[step] ?? 0) % next.options.length]!.id;
  }
}

/** A finished quiz answering as `picks` says where it says, else with each question's first option. */
export function walkPicking(persona: PersonaId, picks: Readonly<Record<string, string>>): Record<string, string> {
  const answers: Record<string, string> = {};
  for (let next; (next = engine.questionsFor(persona, answers).find((q) => answers[q.id] === undefined));) {
    answers[next.id] = picks[next.id] ?? next.options[0]!.id;
  }
  return answers;
}

export interface FinishedQuiz {
  persona: PersonaId;
  answers: Record<string, string>;
}

/** A random finished quiz of either persona, reached the way a reader reaches one. */
export const finishedQuiz: fc.Arbitrary<FinishedQuiz> = fc
  .record({ persona: fc.constantFrom(...PERSONA_IDS), choices: fc.array(fc.nat(11), { minLength: 12, maxLength: 12 }) })
  .map(({ persona, choices }) => ({ persona, answers: walk(persona, choices) }));

/** The same, with answers left over from the other persona or a branch the reader backed out of. */
export const finishedQuizWithLeftovers: fc.Arbitrary<FinishedQuiz & { counted: Answers }> = fc
  .record({ quiz: finishedQuiz, other: fc.array(fc.nat(11), { minLength: 12, maxLength: 12 }) })
  .map(({ quiz, other }) => {
    const otherPersona = PERSONA_IDS.find((p) => p !== quiz.persona)!;
    const answers = { ...walk(otherPersona, other), ...quiz.answers };
    return { persona: quiz.persona, answers, counted: quiz.answers };
  });

export function evaluated(persona: PersonaId, answers: Answers, theEngine: Engine = engine): Evaluation {
  const result = theEngine.evaluate(persona, answers);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Every finished quiz of a persona (all paths). */
export function allPaths(persona: PersonaId): Answers[] {
  const paths: Answers[] = [];
  engine.forEachPath(persona, (answers) => paths.push(answers));
  return paths;
}

/** One code higher than any in use: a number no entry of the scope has. */
export const unusedCode = (entries: readonly { code: number }[]) => Math.max(...entries.map((e) => e.code)) + 1;

export function registryCopy(): CodeRegistry {
  return clone(registry);
}

/** The registry entry of a question, by id. */
export function questionEntry(theRegistry: CodeRegistry, id: string) {
  const entry = theRegistry.questions.find((q) => q.id === id);
  if (!entry) throw new Error(`no registry entry for question ${id}`);
  return entry;
}
