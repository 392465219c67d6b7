/**
 * The package's types, as a TypeScript user meets them: every TypeScript
 * and JavaScript block of the README compiled verbatim against the packed
 * tarball installed in an app, plus a consumer that uses the whole typed
 * surface, under the two resolutions apps use (bundler, NodeNext). Lines
 * marked `@ts-expect-error` prove the types are real: were anything `any`,
 * those lines would not fail and tsc would say so.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appWith, typecheck, type App } from './packed.ts';
import { join } from 'node:path';
import { codeSnippets } from './readme.ts';

const CONSUMER = `
import {
  AiLayerQuizElement,
  TAG_NAME,
  bank,
  defineQuizElement,
  evaluate,
  questionsFor,
  type Evaluation,
  type QuizEvent,
  type QuizEventDetailMap,
} from 'ai-layer-quiz';
import * as engineOnly from 'ai-layer-quiz/engine';

const registered: typeof AiLayerQuizElement = defineQuizElement();
const asConstructor: CustomElementConstructor = registered;
const tag: 'ai-layer-quiz' = TAG_NAME;

const quiz = document.querySelector('ai-layer-quiz');
if (quiz) {
  const element: AiLayerQuizElement = quiz;
  element.persona = 'investor';
  element.persona = null;
  element.theme = 'dark';
  element.accent = '#0b6e4f';
  element.headingLevel = 4;
  element.shareUrl = 'https://example.com/post';
  element.shareUrl = undefined;
  const persona: 'builder' | 'investor' | null = element.persona;
  const theme: 'light' | 'dark' | 'auto' = element.theme;
  const level: 1 | 2 | 3 | 4 | 5 | 6 = element.headingLevel;
  const accent: string | null = element.accent;
  // @ts-expect-error: not a persona
  element.persona = 'admin';
  // @ts-expect-error: heading levels go from 1 to 6
  element.headingLevel = 7;
  element.addEventListener('quiz-complete', (event) => {
    const outcome: 'l1' | 'l2' | 'l3' | 'hybrid' = event.detail.outcome;
    const link: string | null = event.detail.shareUrl;
    void outcome, link;
  });
  element.addEventListener('click', (event: MouseEvent) => void event.clientX);
  void persona, theme, level, accent;
}

document.addEventListener('quiz-complete', (e) => e.detail.outcome);
window.addEventListener('quiz-answer', (event) => {
  const answer: { questionId: string; optionId: string } = event.detail;
  void answer;
});
document.addEventListener('quiz-share', (event) => {
  const how: 'copy' | 'native' | 'x' | 'linkedin' | 'reddit' | 'email' = event.detail.method;
  void how;
});
// @ts-expect-error: quiz-start's detail has no outcome
document.addEventListener('quiz-start', (event) => event.detail.outcome);
const onStart = (event: QuizEvent<'quiz-start'>) => void event.detail.persona;
document.addEventListener('quiz-start', onStart);
const detail: QuizEventDetailMap['quiz-answer'] = { questionId: 'b-workload', optionId: 'x', persona: null };

const result = evaluate('builder', {});
if (result.ok) {
  const evaluation: Evaluation = result;
  void evaluation.reasons;
}
const count: number = bank.version + questionsFor('investor', {}).length;
const same: typeof evaluate = engineOnly.evaluate;
void asConstructor, tag, detail, count, same, engineOnly.createEngine, engineOnly.OUTCOME_IDS;
`;

/** Only the classic script, imported for its side effect: its types must come with it. */
const SIDE_EFFECT_ONLY = `
import 'ai-layer-quiz/ai-layer-quiz.js';

const quiz = document.querySelector('ai-layer-quiz');
if (quiz) quiz.theme = 'dark';
document.addEventListener('quiz-complete', (event) => {
  const outcome: 'l1' | 'l2' | 'l3' | 'hybrid' = event.detail.outcome;
  void outcome;
});
// @ts-expect-error: there is no such field
document.addEventListener('quiz-complete', (event) => event.detail.nope);
`;

/** Google Tag Manager's global, as a blog that uses it declares it. */
const BLOG_GLOBALS = 'interface Window { dataLayer: object[] }\n';

const compilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  types: [],
  // The package's declarations are checked (skipLibCheck stays off); TypeScript's own lib files need not be.
  skipDefaultLibCheck: true,
  // Each snippet on its own, as if in a file of its own (some have no import or export).
  moduleDetection: 'force',
};

function tsconfig(files: string[], overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ compilerOptions: { ...compilerOptions, ...overrides }, files });
}

const snippets = codeSnippets();
const ts = snippets.filter((s) => s.ext === 'ts');
const js = snippets.filter((s) => s.ext === 'js');

let app: App;

beforeAll(() => {
  app = appWith({
    ...Object.fromEntries(snippets.map((s) => [`readme/${s.file}`, s.code])),
    'consumer.ts': CONSUMER,
    'side-effect-only.ts': SIDE_EFFECT_ONLY,
    'blog-globals.d.ts': BLOG_GLOBALS,
    'tsconfig.readme-ts.json': tsconfig([...ts.map((s) => `readme/${s.file}`), 'consumer.ts']),
    // JavaScript is checked as an editor checks a file marked // @ts-check: strictly, but untyped
    // parameters are allowed (plain JavaScript has no way to annotate them).
    'tsconfig.readme-js.json': tsconfig([...js.map((s) => `readme/${s.file}`), 'blog-globals.d.ts'], {
      allowJs: true,
      checkJs: true,
      noImplicitAny: false,
    }),
    'tsconfig.nodenext.json': tsconfig(['consumer.ts'], { module: 'NodeNext', moduleResolution: 'NodeNext' }),
    'tsconfig.side-effect.json': tsconfig(['side-effect-only.ts']),
  });
});

afterAll(() => app?.remove());

const tsc = (config: string) => typecheck(join(app.dir, config));

describe('the README', () => {
  test('has the TypeScript and JavaScript blocks this test compiles', () => {
    expect(ts.map((s) => s.section)).toEqual(expect.arrayContaining(['From a bundler, with TypeScript']));
    expect(ts.length).toBeGreaterThanOrEqual(2);
    expect(js.map((s) => s.section)).toEqual(expect.arrayContaining(['Events', 'Engine API']));
  });

  test('TypeScript blocks compile, verbatim, against the installed package (strict)', () => {
    expect(tsc('tsconfig.readme-ts.json')).toBe('');
  });

  test('JavaScript blocks compile, verbatim, against the installed package (checkJs)', () => {
    expect(tsc('tsconfig.readme-js.json')).toBe('');
  });
});

describe('the published types', () => {
  test('type the element, its properties, its events on document, window and itself, and the engine (NodeNext)', () => {
    expect(tsc('tsconfig.nodenext.json')).toBe('');
  });

  test('come with the classic script when it is imported alone for its side effect', () => {
    expect(tsc('tsconfig.side-effect.json')).toBe('');
  });
});
