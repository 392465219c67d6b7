/**
 * Citations as links into the page around the widget: the widget usually
 * sits inside the article it cites, so a cited section is often a heading
 * on that page. Only reads the page's headings; changes nothing there.
 */
import type { Citation } from '../engine/types.ts';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
const level = (heading: Element) => Number(heading.localName.slice(1));

/** The document (or shadow root) the widget's element sits in, seen from inside the widget. */
function pageAround(inside: Node): Document | ShadowRoot | null {
  const own = inside.getRootNode();
  const page = own instanceof ShadowRoot ? own.host.getRootNode() : own;
  return page instanceof Document || page instanceof ShadowRoot ? page : null;
}

/**
 * A function giving the link for a citation, this document's URL with `#id`
 * (absolute: against a page's `<base href>`, a CDN's say, a bare `#id` leaves the page): to the heading that names
 * its point, if one follows the section's heading within that section, else
 * to the section's heading. Null when the page has no such heading, or the
 * heading has no id to link to. `root` is the widget's own root element,
 * whose headings never count.
 */
export function citationLinks(root: Element | undefined): (cite: Citation) => string | null {
  const page = root ? pageAround(root) : null;
  const headings = page ? [...page.querySelectorAll(HEADINGS)].filter((h) => !root!.contains(h)) : [];
  const here = root?.ownerDocument.URL.split('#')[0] ?? '';
  const href = (heading: Element | undefined) => (heading?.id ? `${here}#${encodeURIComponent(heading.id)}` : null);
  return (cite) => {
    const at = headings.findIndex((h) => h.id && normalise(h.textContent) === normalise(cite.section));
    const section = headings[at];
    if (!section) return null;
    if (cite.point) {
      for (const heading of headings.slice(at + 1)) {
        if (level(heading) <= level(section)) break;
        if (heading.id && normalise(heading.textContent) === normalise(cite.point)) return href(heading);
      }
    }
    return href(section);
  };
}
