import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { questionBank } from './src/bank/vite-plugin.ts';

const questionsDir = fileURLToPath(new URL('./questions/', import.meta.url));

export default defineConfig({
  plugins: [
    questionBank(questionsDir),
    svelte({
      // 'tree' builds DOM without innerHTML (Trusted Types); no version global on window.
      compilerOptions: { fragments: 'tree', discloseVersion: false },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/{engine,machine,bank,share,embed}/**/*.test.ts'] },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.ts'],
          setupFiles: ['tests/ui/setup.ts'],
          // Whole quiz runs in jsdom take seconds on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // What ships, tested with real tools: Chromium driven from Node (playwright-core), the packed
          // tarball, Vite's dev server. The build (npm pack's prepack) runs first.
          environment: 'node',
          include: ['tests/{browser,package,demo,wordpress,platforms}/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // One file at a time, after the other projects: a browser needs the machine's cores.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'engines',
          // The core flows in Firefox ESR and WebKitGTK (Chromium runs them in 'browser'), each by its own driver.
          environment: 'node',
          include: ['tests/engines/**/*.test.ts'],
          globalSetup: ['tests/engines/global-setup.ts'],
          // One engine at a time, after the browser suite: each takes the machine's cores.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
