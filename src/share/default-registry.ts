/**
 * The registry of permanent codes that goes with the default question bank
 * (`questions/codes.json`, checked against the bank when the bank is built,
 * so a bad registry fails the build), and the share source of a widget.
 */
import codesJson from '../../questions/codes.json';
import type { Bank } from '../engine/types.ts';
import type { ShareSource } from './connect.ts';
import type { CodeEntry, CodeRegistry } from './registry.ts';

export const registry: CodeRegistry = codesJson;

/** Every question and option of `widgetBank` has a live code (the full registry check runs at build time). */
function registryFits(widgetBank: Bank): boolean {
  const live = (entries: CodeEntry[], id: string) => entries.some((e) => e.id === id && !e.retired);
  return widgetBank.questions.every((q) => {
    const entry = registry.questions.find((e) => e.id === q.id && !e.retired);
    return entry !== undefined && q.options.every((o) => live(entry.options, o.id));
  });
}

/** The share source of a widget: links only where the registry covers the widget's bank (a test bank may not). */
export function shareSourceFor(widgetBank: Bank, instanceId: string): ShareSource {
  return { bank: widgetBank, registry: registryFits(widgetBank) ? registry : null, instanceId };
}
