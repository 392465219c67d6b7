// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules, type-aware, and
// eslint-plugin-svelte's, for .ts, .svelte and .svelte.ts files alike. Formatting is Prettier's job.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.bench/', 'tests/browser/.artifacts/', 'tests/fixtures/old-libraries/']),
  js.configs.recommended,
  ts.configs.recommendedTypeChecked,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        // The same for every file, so the TypeScript project is not reloaded between .ts and .svelte files.
        extraFileExtensions: ['.svelte'],
      },
    },
  },
  {
    rules: {
      // The connect layer and the engine hand out objects of closures (`view.back`, `engine.evaluate`), typed
      // with method signatures; they never use `this`, so passing them around unbound is the design.
      '@typescript-eslint/unbound-method': 'off',
      // Ids are string aliases (`QuestionId = string`): `QuestionId | 'result'` says what a value may be, which
      // the rule cannot see once the alias is resolved to string.
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      // A leading underscore marks what is unused on purpose (a destructured value left out, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // svelte-eslint-parser has no types for other components (an imported .svelte is `any` to it), so these
    // rules would flag every value that crosses a component boundary. svelte-check types them, in npm test.
    files: ['**/*.svelte'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // XState's `setup({ types: { context: {} as QuizContext } })`: the assertion is how setup() learns the
    // types, which the rule cannot see (removing it, as its fix would, loses them).
    files: ['src/machine/*.machine.ts'],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  {
    // Tests build malformed banks, codes and links from raw JSON on purpose: the data is meant to break the
    // types, so `any` is the honest type there. And `getByRole('textbox') as HTMLInputElement` says what the
    // test expects to find, more plainly than a type argument would.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript (this file) is outside the TypeScript project: no type-aware rules there.
    files: ['**/*.js'],
    extends: [ts.configs.disableTypeChecked],
  },
);
