/**
 * The element module in Node, as during server rendering: importing it (and
 * the ES module entry around it) needs no DOM and registers nothing, and the
 * class is there for tools that read it.
 */
import { describe, expect, test } from 'vitest';

describe('the element module, imported where there is no DOM', () => {
  test('imports without HTMLElement or customElements, and registers nothing', async () => {
    expect(typeof (globalThis as { HTMLElement?: unknown }).HTMLElement).toBe('undefined');
    expect(typeof (globalThis as { customElements?: unknown }).customElements).toBe('undefined');
    const entry = await import('../../src/embed/module.ts');
    expect(entry.TAG_NAME).toBe('ai-layer-quiz');
    expect(typeof entry.defineQuizElement).toBe('function');
    expect(typeof entry.evaluate).toBe('function');
  });

  test('declares the class at module level, observing the six attributes and mirroring five as properties', async () => {
    const { AiLayerQuizElement } = await import('../../src/embed/element.ts');
    expect([...AiLayerQuizElement.observedAttributes].sort()).toEqual([
      'accent',
      'heading-level',
      'id',
      'persona',
      'share-url',
      'theme',
    ]);
    const accessors = Object.entries(Object.getOwnPropertyDescriptors(AiLayerQuizElement.prototype))
      .filter(([, d]) => d.get && d.set)
      .map(([name]) => name);
    expect(accessors.sort()).toEqual(['accent', 'headingLevel', 'persona', 'shareUrl', 'theme']);
  });
});
