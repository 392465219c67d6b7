import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ALL_FILES } from './files.ts';
import { loadBankFolder } from './check.ts';

const ID = 'virtual:ai-layer-quiz/bank';
const RESOLVED = '\0' + ID;

/**
 * Serves the validated question bank as `virtual:ai-layer-quiz/bank`.
 * A bank with problems fails the build (and every test that imports the
 * engine) with a message naming file, JSON path and problem.
 */
export function questionBank(dir: string): Plugin {
  return {
    name: 'ai-layer-quiz:question-bank',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of ALL_FILES) this.addWatchFile(join(dir, file));
      const { bank } = loadBankFolder(dir);
      return `export default ${JSON.stringify(bank)};`;
    },
  };
}
