/**
 * Writes tests/share/fixtures/links-v<N>.json for the bank's current version:
 * one link for every persona, outcome and way of deciding that some path
 * reaches (the first such path, so the file is the same on every run), plus
 * the longest path of each persona. Run it when a version is released:
 *
 *   npx tsx tests/share/release-links.ts            (refuses to overwrite)
 *   npx tsx tests/share/release-links.ts --replace  (only for a version not yet released)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBankFolder } from '../../src/bank/check.ts';
import { createEngine } from '../../src/engine/engine.ts';
import type { Answers, PersonaId } from '../../src/engine/types.ts';
import type { CodeRegistry } from '../../src/share/registry.ts';
import { encode } from '../../src/share/share-code.ts';
import { forEachDecision } from '../../src/engine/walk.ts';

const questions = fileURLToPath(new URL('../../questions/', import.meta.url));
const { bank } = loadBankFolder(questions);
const engine = createEngine(bank);
const registry = JSON.parse(readFileSync(`${questions}codes.json`, 'utf8')) as CodeRegistry;
const target = fileURLToPath(new URL(`./fixtures/links-v${bank.version}.json`, import.meta.url));

if (existsSync(target) && !process.argv.includes('--replace')) {
  console.error(`[ai-layer-quiz] ${target} exists: released links are never rewritten.`);
  process.exit(1);
}

const WAYS: Record<string, string> = {
  lead: 'a clear lead',
  'both-ways': 'a tie on both sides of the blend',
  'strongest-answer': 'a tie settled by the strongest answer',
  'more-answers': 'a tie settled by more answers',
  'earliest-answer': 'a tie settled by the earliest deciding answer',
  order: 'a tie settled by the fixed order',
};

function describe(persona: PersonaId, answers: Answers, what: string) {
  const asked = engine.questionsFor(persona, answers);
  const behind = asked.filter((q) => q.showIf).length;
  const neutral = asked.filter((q) => q.options.find((o) => o.id === answers[q.id])?.neutral).length;
  const extra = neutral > 0 ? `, ${neutral} neutral` : '';
  return `${persona}: ${what} (${asked.length} answers, ${behind} behind a branch${extra})`;
}

const links = bank.personas.flatMap(({ id: persona }) => {
  const picked = new Map<string, { about: string; answers: Answers }>();
  let longest: Answers | null = null;
  forEachDecision(bank, persona, ({ outcome, decidedBy }, picks) => {
    const key = `${outcome}/${decidedBy}`;
    const isLongest = !longest || picks.length > Object.keys(longest).length;
    if (picked.has(key) && !isLongest) return;
    const answers = Object.fromEntries(picks.map((p) => [p.question.id, p.option.id]));
    if (!picked.has(key))
      picked.set(key, { about: describe(persona, answers, `${outcome} by ${WAYS[decidedBy]}`), answers });
    if (isLongest) longest = answers;
  });
  if (longest) picked.set('longest', { about: describe(persona, longest, 'the longest path'), answers: longest });
  return [...picked.values()].map(({ about, answers }) => {
    const encoded = encode(bank, registry, { persona, answers });
    if (!encoded.ok) throw new Error(encoded.error.message);
    const { outcome } = engine.decisionFor(persona, answers);
    return { about, code: encoded.code, persona, outcome, answers };
  });
});

const file = {
  bankVersion: bank.version,
  about: `Links made with bank version ${bank.version} when it was released. Never edit or delete: each must read to the same answers forever.`,
  links,
};
writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`);
console.log(`[ai-layer-quiz] wrote ${links.length} links to ${target}`);
