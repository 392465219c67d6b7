/**
 * axe-core in the page (it reads open shadow roots by itself). Injected from
 * node_modules as an inline script, so only pages without a strict CSP can
 * run it; the CSP pages are checked for violations instead.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** WCAG 2.2 AA violations on the page (or within `selector`), summarised for a readable failure. */
export async function runAxe(page: Page, selector?: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  // Let entrance animations finish: contrast is measured on what the reader sees.
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('ai-layer-quiz')].flatMap(
        (el) => el.shadowRoot?.getAnimations().map((a) => a.finished) ?? [],
      ),
    ),
  );
  return page.evaluate(
    async ({ tags, selector }) => {
      const axe = (
        window as unknown as {
          axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const context = selector ? { include: [selector] } : document;
      const { violations } = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    },
    { tags: WCAG_TAGS, selector },
  );
}
