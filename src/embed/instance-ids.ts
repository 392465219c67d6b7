/**
 * Instance ids of the widgets on the page, so two never share progress keys,
 * share-link keys or element ids.
 */
import { devMessage } from '../errors.ts';
import { pickGeneratedId } from './attributes.ts';

const idsInUse = new Set<string>();

/**
 * Claims an id for `element`: its valid `id` attribute (`requested`) when no
 * other widget uses it, else the id it had before it left the page (`kept`) if
 * that is free, else `alq-N` from its position among the page's widgets.
 */
export function claimId(element: Element, requested: string | null, kept = ''): string {
  let id = requested ?? (kept && !idsInUse.has(kept) ? kept : null);
  if (id !== null && idsInUse.has(id)) {
    const replacement = pickGeneratedId(1, idsInUse);
    console.warn(devMessage(`id="${id}" is taken by another <ai-layer-quiz>; this one uses "${replacement}".`));
    id = replacement;
  }
  if (id === null) {
    const root = element.getRootNode() as Document | ShadowRoot;
    const position = Array.prototype.indexOf.call(root.querySelectorAll(element.localName), element) + 1;
    id = pickGeneratedId(position, idsInUse);
  }
  idsInUse.add(id);
  return id;
}

export function releaseId(id: string): void {
  idsInUse.delete(id);
}
