/**
 * Compares the registry with the snapshot of released codes: what a link
 * already in the wild relies on must never change.
 */
import type { CodeEntry, CodeRegistry } from '../../src/share/registry.ts';

interface Scope {
  name: string;
  released: readonly CodeEntry[];
  current: readonly CodeEntry[];
}

function scopes(released: CodeRegistry, current: CodeRegistry): Scope[] {
  const list: Scope[] = [
    { name: 'persona', released: released.personas, current: current.personas },
    { name: 'outcome', released: released.outcomes, current: current.outcomes },
    { name: 'question', released: released.questions, current: current.questions },
  ];
  for (const question of released.questions) {
    const now = current.questions.find((q) => q.id === question.id);
    list.push({ name: `option of "${question.id}"`, released: question.options, current: now?.options ?? [] });
  }
  return list;
}

/** Every way `current` breaks a released link: a version or entry dropped, a code renumbered or reused. Empty when none. */
export function breaksReleasedLinks(released: CodeRegistry, current: CodeRegistry): string[] {
  const breaks: string[] = [];
  for (const version of released.versions) {
    if (!current.versions.includes(version)) breaks.push(`released version ${version} was dropped`);
  }
  for (const { name, released: before, current: now } of scopes(released, current)) {
    for (const entry of before) {
      const still = now.find((e) => e.id === entry.id);
      if (!still) breaks.push(`${name} "${entry.id}" (code ${entry.code}) was dropped: mark it retired instead`);
      else if (still.code !== entry.code)
        breaks.push(`${name} "${entry.id}" was renumbered from ${entry.code} to ${still.code}`);
    }
  }
  for (const { name, current: now } of scopes(current, current)) {
    const owner = new Map<number, string>();
    for (const entry of now) {
      const other = owner.get(entry.code);
      if (other !== undefined && other !== entry.id)
        breaks.push(`${name} code ${entry.code} is used by both "${other}" and "${entry.id}"`);
      owner.set(entry.code, entry.id);
    }
  }
  return breaks;
}

/** Entries of `current` the snapshot does not have yet (to be added to it when their version is released). */
export function unreleased(released: CodeRegistry, current: CodeRegistry): string[] {
  const missing: string[] = [];
  for (const version of current.versions) {
    if (!released.versions.includes(version)) missing.push(`version ${version}`);
  }
  for (const { name, released: now, current: before } of scopes(current, released)) {
    for (const entry of now) {
      if (!before.some((e) => e.id === entry.id)) missing.push(`${name} "${entry.id}" (code ${entry.code})`);
    }
  }
  return missing;
}
