/**
 * Strict Content-Security-Policy, with and without Trusted
 * Types. The widget must be styled (its constructable stylesheet is not
 * blocked), work to a result, and cause no violation at all.
 */
import { STRICT_CSP, STRICT_CSP_TRUSTED_TYPES, blogPage, routeWidget } from './pages.ts';
import { describe, expect, test } from './harness.ts';
import { firstOption, outcomeLabel, plannedRun, widget, type Widget } from './widget.ts';

/** Computed styles that only the widget's stylesheet can produce (a bare button and page look different). */
async function styledSignature(quiz: Widget) {
  const start = quiz.host.getByRole('button', { name: 'Start', exact: true });
  return start.evaluate((button) => {
    const style = getComputedStyle(button);
    const root = getComputedStyle(
      button.getRootNode() instanceof ShadowRoot ? (button.getRootNode() as ShadowRoot).host : button,
    );
    return {
      background: style.backgroundColor,
      radius: style.borderTopLeftRadius,
      minHeight: style.minHeight,
      cursor: style.cursor,
      hostDisplay: root.display,
      sheets: (button.getRootNode() as ShadowRoot).adoptedStyleSheets.length,
    };
  });
}

describe('the README advice for strict CSP', () => {
  test('the reservation as a stylesheet rule: applied, no violation, no layout shift', async ({ site, open }) => {
    site.route('/reserve.css', {
      body: '@media (scripting: enabled) { ai-layer-quiz { display: block; min-height: 380px; margin: 24px 0; } }',
      type: 'text/css',
    });
    const script = routeWidget(site, '/slow', { delay: 600 });
    const html = blogPage({
      stylesheet: '/reserve.css',
      widget: `<ai-layer-quiz><p><a href="#conclusion">Read the conclusion.</a></p></ai-layer-quiz><script src="${script}" defer></script>`,
    });
    const { page } = await open(
      site.page('/csp-reserve.html', html, { 'Content-Security-Policy': STRICT_CSP_TRUSTED_TYPES }),
      {
        viewport: { width: 375, height: 740 },
      },
    );
    const quiz = widget(page);
    await quiz.heading.waitFor();
    expect(await page.locator('ai-layer-quiz').evaluate((el) => getComputedStyle(el).minHeight)).toBe('380px');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });
});

const policies = [
  ['strict CSP', STRICT_CSP],
  ['strict CSP with Trusted Types', STRICT_CSP_TRUSTED_TYPES],
] as const;

describe.each(policies)('%s', (name, policy) => {
  test('the widget is styled, works to a result and causes no violation', async ({ site, open }) => {
    const path = site.page(`/csp-${name.replace(/\W+/g, '-')}.html`, blogPage({ title: `Under ${name}` }), {
      'Content-Security-Policy': policy,
    });
    // The policy is in force: an inline style attribute set from script is refused (on a probe page of its own).
    const probe = await open(path);
    const refused = await probe.page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
      );
      const div = document.createElement('div');
      div.setAttribute('style', 'color: rgb(1, 2, 3)');
      document.body.append(div);
      return { applied: getComputedStyle(div).color === 'rgb(1, 2, 3)', directive: await violation };
    });
    expect(refused).toEqual({ applied: false, directive: 'style-src-attr' });
    await probe.context.close();
    probe.problems.cspViolations.length = 0;
    probe.problems.consoleErrors.length = 0;

    const watched = await open(path);
    const { page } = watched;
    const quiz = widget(page);
    // The widget on the first screen loads the quiz once the page is idle: wait for it to take over.
    await quiz.loaded();

    const styled = await styledSignature(quiz);
    expect(styled.sheets).toBe(2);
    expect(styled.hostDisplay).toBe('block');
    expect(styled.background).not.toMatch(/^rgba?\(0, 0, 0, 0\)$|^rgb\(239, 239, 239\)$|^rgb\(240, 240, 240\)$/);
    expect(styled.cursor).toBe('pointer');

    const run = plannedRun('builder', firstOption);
    await quiz.complete(run);
    expect(await quiz.headingText()).toContain(outcomeLabel(run.expected));

    // The same styles as on a page without any policy.
    const plain = widget((await open(site.page('/csp-reference.html', blogPage()))).page);
    await plain.loaded();
    expect(await styledSignature(plain)).toEqual(styled);
    expect(watched.problems.cspViolations).toEqual([]);
  });
});
