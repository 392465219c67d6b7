import type { Engine } from '../engine/engine.ts';
import type { Answers, PersonaId, QuestionId } from '../engine/types.ts';

/**
 * A link made with an older bank may leave open a question that bank did not
 * ask. Such a question counts as its neutral answer ("Not sure"): the reader
 * who shared the link was never asked it, so it moves nothing. Returns the
 * answers with those filled in and which questions they are; a question
 * without a neutral answer stays open (and the link then has no result).
 */
export function fillUnasked(engine: Engine, persona: PersonaId, answers: Answers) {
  const filled: Record<string, string> = { ...answers };
  const unasked: QuestionId[] = [];
  for (;;) {
    const open = engine
      .questionsFor(persona, filled)
      .find((q) => filled[q.id] === undefined && q.options.some((o) => o.neutral));
    if (!open) return { answers: filled as Answers, unasked };
    filled[open.id] = open.options.find((o) => o.neutral)!.id;
    unasked.push(open.id);
  }
}
