import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import releasedJson from './fixtures/released-codes.json';
import type { CodeRegistry } from '../../src/share/registry.ts';
import { breaksReleasedLinks, unreleased } from './released.ts';
import { clone, registry } from './support.ts';

const released: CodeRegistry = releasedJson;
const fixtures = readdirSync(fileURLToPath(new URL('./fixtures/', import.meta.url)));

describe('the registry of codes in questions/codes.json', () => {
  test('keeps every released version, and every released code with the same id', () => {
    expect(breaksReleasedLinks(released, registry)).toEqual([]);
  });

  test('has been recorded in the snapshot of released codes (add new entries to tests/share/fixtures/released-codes.json on release)', () => {
    expect(unreleased(released, registry)).toEqual([]);
  });

  test('has a fixture of links for every released version', () => {
    for (const version of registry.versions) expect(fixtures).toContain(`links-v${version}.json`);
  });
});

describe('a change to the registry breaks released links when it', () => {
  const question = () => registry.questions[0]!;

  test('drops a released version', () => {
    const changed = clone(registry);
    changed.versions = changed.versions.slice(1);
    expect(breaksReleasedLinks(registry, changed)).toEqual([`released version ${registry.versions[0]} was dropped`]);
  });

  test('drops a question instead of retiring it', () => {
    const changed = clone(registry);
    changed.questions.shift();
    expect(breaksReleasedLinks(registry, changed)).toContain(
      `question "${question().id}" (code ${question().code}) was dropped: mark it retired instead`,
    );
  });

  test('drops an option instead of retiring it', () => {
    const changed = clone(registry);
    const [option] = changed.questions[0]!.options.splice(0, 1);
    expect(breaksReleasedLinks(registry, changed)).toEqual([
      `option of "${question().id}" "${option!.id}" (code ${option!.code}) was dropped: mark it retired instead`,
    ]);
  });

  test('renumbers a persona', () => {
    const changed = clone(registry);
    changed.personas[0]!.code += 100;
    expect(breaksReleasedLinks(registry, changed)).toEqual([
      `persona "${registry.personas[0]!.id}" was renumbered from ${registry.personas[0]!.code} to ${registry.personas[0]!.code + 100}`,
    ]);
  });

  test('reuses a retired option code for a new option', () => {
    const changed = clone(registry);
    const options = changed.questions[0]!.options;
    options[0]!.retired = true;
    options.push({ id: 'brand-new', code: options[0]!.code });
    expect(breaksReleasedLinks(registry, changed)).toEqual([
      `option of "${question().id}" code ${options[0]!.code} is used by both "${options[0]!.id}" and "brand-new"`,
    ]);
  });

  test('but not when it retires an entry or appends a new one, which the snapshot then lacks', () => {
    const changed = clone(registry);
    changed.questions[0]!.retired = true;
    changed.questions.push({
      id: 'brand-new',
      code: Math.max(...registry.questions.map((q) => q.code)) + 1,
      options: [{ id: 'yes', code: 0 }],
    });
    expect(breaksReleasedLinks(registry, changed)).toEqual([]);
    expect(unreleased(registry, changed)).toEqual([
      `question "brand-new" (code ${changed.questions.at(-1)!.code})`,
      'option of "brand-new" "yes" (code 0)',
    ]);
  });
});
