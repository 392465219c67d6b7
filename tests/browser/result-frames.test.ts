/**
 * The result in Chromium, as it arrives: the verdict painted on its own
 * first, the rest in the frame after, and the folded sections' content made
 * in idle time, so the page's find-in-page can reach it while they stay closed.
 */
import { describe, expect, test } from './harness.ts';
import { alternating, optionLabel, PERSONA_LABEL, plannedRun, widget } from './widget.ts';

describe('the result as it arrives', () => {
  test('the first frame paints the verdict and its chart alone; the reasons, share controls and folded sections are in the next', async ({
    open,
  }) => {
    const { page } = await open('/');
    const quiz = widget(page);
    const run = plannedRun('builder', alternating);
    await quiz.start();
    await quiz.choosePersona(PERSONA_LABEL.builder);
    for (const question of run.questions) {
      await quiz.heading.filter({ hasText: question.prompt }).waitFor();
      await quiz.choose(optionLabel(question, run.answers[question.id]!));
      if (question !== run.questions.at(-1)) await quiz.continue();
    }
    // Armed before the last Continue: what the result holds when it appears, in the frame about to be painted, and after.
    const frames = quiz.host.evaluate(
      (host) =>
        new Promise((resolve) => {
          const root = host.shadowRoot!;
          const look = () => ({
            verdict: root.querySelector('[part~="verdict"] [data-alq-focus]')?.textContent?.trim() ?? null,
            chart: root.querySelector('[part~="chart"]') !== null,
            reasons: root.querySelectorAll('[part~="reasons"] li').length,
            share: root.querySelector('[part~="share"]') !== null,
            folds: root.querySelectorAll('details').length,
          });
          const observer = new MutationObserver(() => {
            if (!root.querySelector('[part~="result"]')) return;
            observer.disconnect();
            // A frame callback runs just before its frame is painted; a timer set there runs after it.
            requestAnimationFrame(() => {
              const painted = look();
              setTimeout(() => requestAnimationFrame(() => resolve({ painted, next: look() })));
            });
          });
          observer.observe(root, { childList: true, subtree: true });
        }),
    );
    await quiz.continue();
    const { painted, next } = (await frames) as Record<'painted' | 'next', Record<string, unknown>>;
    expect(painted).toEqual({
      verdict: expect.stringMatching(/^Your best fit: /),
      chart: true,
      reasons: 0,
      share: false,
      folds: 0,
    });
    expect(next).toMatchObject({ verdict: painted.verdict, chart: true, share: true, folds: 2 });
    expect(next.reasons).toBeGreaterThan(0);
  });

  test('a folded section’s content is in the page once the browser is idle, the section still closed', async ({
    open,
  }) => {
    const { page } = await open('/');
    const quiz = widget(page);
    await quiz.complete(plannedRun('investor', alternating));
    const folds = () =>
      quiz.host.evaluate((host) =>
        [...host.shadowRoot!.querySelectorAll('details')].map((d) => ({
          open: d.open,
          text: (d.querySelector('.alq-fold-body')?.textContent ?? '').trim().length > 40,
        })),
      );
    await expect.poll(folds).toEqual([
      { open: false, text: true },
      { open: false, text: true },
      { open: false, text: true },
    ]);
  });
});
