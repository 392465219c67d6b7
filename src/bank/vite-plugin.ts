import { join } from 'node:path';
import type { Plugin } from 'vite';
import { splitBank } from '../engine/bank-parts.ts';
import { introFactsOf } from '../machine/connect/intro-text.ts';
import { createEngine } from '../engine/engine.ts';
import { ALL_FILES } from './files.ts';
import { loadBankFolder } from './check.ts';

const PREFIX = 'virtual:ai-layer-quiz/';

/**
 * The validated question bank, served as virtual modules:
 *
 *   bank          the whole bank (the engine API, tests)
 *   bank-flow     what the questions need: personas, questions, options, branches
 *   bank-result   what the result needs: weights, reasons, outcomes, investor guide, scoring
 *   intro         what the first screen says: question counts per persona, the four layers
 *
 * A bank with problems fails the build (and every test that imports the
 * engine) with a message naming file, JSON path and problem.
 */
export function questionBank(dir: string): Plugin {
  const read = () => {
    const { bank } = loadBankFolder(dir);
    const { flow, result } = splitBank(bank);
    return { bank, 'bank-flow': flow, 'bank-result': result, intro: introFactsOf(createEngine(bank)) };
  };
  // The bank is read and checked once per build, not once per virtual module; an edit reads it again.
  let cached: ReturnType<typeof read> | null = null;
  const parts = () => (cached ??= read());
  return {
    name: 'ai-layer-quiz:question-bank',
    buildStart() {
      cached = null;
    },
    watchChange(id) {
      if (id.startsWith(dir)) cached = null;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1) as keyof ReturnType<typeof parts>;
      for (const file of ALL_FILES) this.addWatchFile(join(dir, file));
      const all = parts();
      if (!(name in all)) this.error(`[ai-layer-quiz] no virtual module "${PREFIX}${name}"`);
      return `export default ${JSON.stringify(all[name])};`;
    },
  };
}
