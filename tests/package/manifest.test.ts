/**
 * dist/custom-elements.json against what the code really has, so it cannot
 * drift: each list below is read from the sources (the element's observed
 * attributes, the events the UI emits, the custom properties the styles
 * read, the parts the components render), never from a hand-kept list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { ClassDeclaration, CustomElement, Package } from 'custom-elements-manifest/schema';
import { describe, expect, test } from 'vitest';
import { AiLayerQuizElement } from '../../src/embed/element.ts';
import { ROOT, packed, readJson } from './packed.ts';

const manifest = readJson<Package>(join(ROOT, 'dist/custom-elements.json'));
const element = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => (d as CustomElement).customElement) as ClassDeclaration & CustomElement;

/** Every file under `dir` (relative to the root) whose name ends with `ext`, with its text. */
function sources(dir: string, ext: string): { file: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(ROOT, dir, f), 'utf8') }));
}

const unique = (values: Iterable<string>) => [...new Set(values)].sort();
const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
const names = (items: { name: string }[] | undefined) => unique((items ?? []).map((i) => i.name));

const components = sources('src/ui', '.svelte');
const stylesheets = sources('src/ui/styles', '.css');

/** `part="button primary"` and `part={level === 0 ? 'heading' : 'subheading'}`, in every component. */
function partsInComponents(): string[] {
  return unique(
    components.flatMap(({ text }) => [
      ...matches(text, /\bpart="([^"]*)"/g).flatMap((list) => list.split(/\s+/)),
      ...matches(text, /\bpart=\{([^}]*)\}/g).flatMap((expression) => matches(expression, /'([^']+)'/g)),
    ]),
  ).filter(Boolean);
}

/** The `--alq-*` properties the styles read and the widget never sets itself (inline in a component, or in a sheet). */
function customPropertiesForThePage(): string[] {
  const read = stylesheets.flatMap(({ text }) => matches(text, /var\(\s*(--alq-[\w-]+)/g));
  const setInCss = stylesheets.flatMap(({ text }) => matches(text, /(--alq-[\w-]+)\s*:/g));
  const setInline = components.flatMap(({ text }) => matches(text, /\bstyle:(--alq-[\w-]+)/g));
  return unique(read).filter((name) => !setInCss.includes(name) && !setInline.includes(name));
}

/** `host.emit('quiz-share', …)` and `{ name: 'quiz-start', detail }` wherever the UI sends events. */
function emittedEvents(): string[] {
  const code = [...sources('src/ui', '.ts'), ...components];
  return unique(code.flatMap(({ text }) => matches(text, /(?:\bemit\(\s*|\bname:\s*)'(quiz-[\w-]+)'/g)));
}

describe('custom-elements.json', () => {
  test('is valid against the Custom Elements Manifest schema', () => {
    const schema = readJson<object>(join(ROOT, 'node_modules/custom-elements-manifest/schema.json'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  test('is shipped, and package.json names it for the tools that look', () => {
    expect(packed().files).toContain('dist/custom-elements.json');
    expect(readJson<{ customElements: string }>(join(ROOT, 'package.json')).customElements).toBe(
      './dist/custom-elements.json',
    );
  });

  test('describes <ai-layer-quiz>, exported by the ES module and defined by the classic script', () => {
    expect(element).toMatchObject({ name: 'AiLayerQuizElement', tagName: 'ai-layer-quiz' });
    expect(element.superclass).toEqual({ name: 'HTMLElement', package: 'global:' });
    const exports = manifest.modules.flatMap((m) => (m.exports ?? []).map((e) => ({ path: m.path, ...e })));
    expect(exports).toContainEqual(expect.objectContaining({ path: 'dist/ai-layer-quiz.mjs', kind: 'js' }));
    expect(exports).toContainEqual(
      expect.objectContaining({ path: 'dist/ai-layer-quiz.js', kind: 'custom-element-definition' }),
    );
    for (const { path } of manifest.modules) expect(packed().files).toContain(path);
  });

  test('lists the attributes the element observes, each with its property', () => {
    const observed = unique(AiLayerQuizElement.observedAttributes);
    expect(observed).toHaveLength(6);
    expect(names(element.attributes)).toEqual(observed);
    const fields = (element.attributes ?? []).filter((a) => a.name !== 'id').map((a) => a.fieldName);
    expect(fields.sort()).toEqual(['accent', 'headingLevel', 'persona', 'shareUrl', 'theme']);
    // `reflects` is newer than the schema's 1.0 typings, which the analyzer writes anyway.
    const reflected = (element.members ?? [])
      .filter((m) => m.kind === 'field' && (m as { reflects?: boolean }).reflects)
      .map((m) => m.name);
    expect(reflected.sort()).toEqual(fields.sort());
  });

  test('lists the events the UI emits', () => {
    const emitted = emittedEvents();
    expect(emitted).toHaveLength(4);
    expect(names(element.events)).toEqual(emitted);
  });

  test('lists every --alq-* custom property the styles read, and none of those the widget sets itself', () => {
    const forThePage = customPropertiesForThePage();
    expect(forThePage.length).toBeGreaterThanOrEqual(9);
    expect(names(element.cssProperties)).toEqual(forThePage);
  });

  test('lists every part the components render', () => {
    const rendered = partsInComponents();
    expect(rendered).toEqual(expect.arrayContaining(['root', 'button', 'primary', 'heading', 'subheading']));
    expect(names(element.cssParts)).toEqual(rendered);
  });

  test('describes every attribute, property, event, custom property and part', () => {
    const items = [
      ...(element.attributes ?? []),
      ...(element.members ?? []),
      ...(element.events ?? []),
      ...(element.cssProperties ?? []),
      ...(element.cssParts ?? []),
    ] as { name: string; description?: string }[];
    expect(items.filter((i) => !i.description?.trim()).map((i) => i.name)).toEqual([]);
  });
});
