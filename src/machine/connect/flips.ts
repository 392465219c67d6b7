import type { Flip, QuestionId } from '../../engine/types.ts';

/** How many "what would flip it" sentences the result lists. */
export const TOP_FLIPS = 3;

/** "If you answered “Low fees don't matter” on transaction cost, Layer-1 would lead." */
export function flipSentence(flip: Flip, outcomeLabel: string): string {
  return `If you answered “${flip.to.label}” on ${flip.topic}, ${outcomeLabel} would lead.`;
}

/** Up to `limit` flips, preferring different questions (the engine lists the runner-up's first). */
export function pickFlips(flips: readonly Flip[], limit = TOP_FLIPS): Flip[] {
  const picked: Flip[] = [];
  const seen = new Set<QuestionId>();
  for (const flip of flips) {
    if (picked.length === limit) break;
    if (seen.has(flip.questionId)) continue;
    seen.add(flip.questionId);
    picked.push(flip);
  }
  for (const flip of flips) {
    if (picked.length === limit) break;
    if (!picked.includes(flip)) picked.push(flip);
  }
  return picked;
}
