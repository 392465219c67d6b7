/**
 * Print and Save as PDF, as browsers do it by default (no background
 * graphics): Chromium's own PDF, read back with poppler's pdftotext and
 * pdftoppm. A result prints its verdict, its chart with visible bars, every
 * reason and folded section with their sources, and its share link written
 * out, with no button or share control, on few pages; a question screen
 * prints the question and the answer chosen so far.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { blogPage } from './pages.ts';
import { describe, expect, test } from './harness.ts';
import { longestResults } from './longest-results.ts';
import { pixelsOf } from './pixels.ts';
import { alternating, optionLabel, PERSONA_LABEL, plannedRun, recordEvents, widget, type Widget } from './widget.ts';
import type { PersonaId } from '../../src/engine/types.ts';

const DIR = mkdtempSync(join(tmpdir(), 'alq-print-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** A short post around the widget, so the pages counted are the widget's. */
const PAGE = blogPage({ body: '<h1>Which layer for AI?</h1>\nWIDGET' });

/** At most this many pages for a result with every section open (the longest verdict of each persona). */
const PAGES: Record<PersonaId, number> = { builder: 2, investor: 3 };

interface Printed {
  /** The text of the PDF in the order it was laid out, all whitespace taken out (lines and pages break anywhere). */
  text: string;
  /** The same with whitespace kept as single spaces, to find whole words. */
  words: string;
  pages: number;
  /** A4 or Letter. */
  file: string;
}

/** One of poppler's tools (Debian's poppler-utils), with a clear message when it is missing. */
function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdftoppm', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`[ai-layer-quiz] The print tests read PDFs with ${tool}: apt-get install -y poppler-utils`, {
      cause: error,
    });
  }
}

let printed = 0;
async function print(page: Page, format: 'A4' | 'Letter'): Promise<Printed> {
  const file = join(DIR, `print-${++printed}.pdf`);
  await page.pdf({ path: file, format, printBackground: false });
  const raw = poppler('pdftotext', ['-raw', file, '-']);
  const info = poppler('pdfinfo', [file]);
  return {
    text: raw.replace(/\s+/g, ''),
    words: raw.replace(/\s+/g, ' '),
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]),
    file,
  };
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Every label of a button or a share control in the widget. */
function controlLabels(quiz: Widget): Promise<string[]> {
  return quiz.host.evaluate((host) =>
    [...host.shadowRoot!.querySelectorAll('button, .alq-share-targets a, .alq-share-title')].map((el) =>
      (el.textContent ?? '').trim(),
    ),
  );
}

/** Labels found as whole words in `printed`. */
const printedLabels = (printed: Printed, labels: string[]) =>
  labels.filter((label) => new RegExp(`(^|\\W)${label.replace(/[^\w ]/g, '\\$&')}(\\W|$)`).test(printed.words));

/**
 * The bars of the chart in page 1 of the PDF, rendered at 96 dpi (a CSS pixel
 * each): bands 12–16 px tall of non-white pixels at least 50 px long (the
 * tracks, printed exactly), each with the share of its columns inked by the fill.
 */
async function barsInPdf(page: Page, printed: Printed): Promise<number[]> {
  const prefix = printed.file.replace(/\.pdf$/, '');
  poppler('pdftoppm', ['-png', '-r', '96', '-f', '1', '-l', '1', '-singlefile', printed.file, prefix]);
  const pixels = await pixelsOf(page, readFileSync(`${prefix}.png`));
  const white = '255,255,255';
  const runs: { y: number; x: number; end: number }[] = [];
  for (let y = 0; y < pixels.height; y++) {
    let start = -1;
    for (let x = 0; x <= pixels.width; x++) {
      const ink = x < pixels.width && pixels.at(x, y) !== white;
      if (ink && start < 0) start = x;
      if (!ink && start >= 0) {
        if (x - start >= 50) runs.push({ y, x: start, end: x });
        start = -1;
      }
    }
  }
  const bands: { x: number; end: number; top: number; bottom: number }[] = [];
  for (const run of runs) {
    const band = bands.find((b) => b.bottom === run.y - 1 && b.x === run.x && b.end === run.end);
    if (band) band.bottom = run.y;
    else bands.push({ x: run.x, end: run.end, top: run.y, bottom: run.y });
  }
  return bands
    .filter((b) => b.bottom - b.top + 1 >= 12 && b.bottom - b.top + 1 <= 16)
    .map((b) => {
      // Inside the track by a pixel (its rounded corners); the track's own colour is what is not inked.
      const box = { x: b.x + 1, y: b.top + 1, width: b.end - b.x - 2, height: b.bottom - b.top - 1 };
      const track = pixels.at(b.end - 2, (b.top + b.bottom) / 2);
      return pixels.inkedColumns(box, track) / box.width;
    });
}

describe('printed', () => {
  const SCENARIOS = (['builder', 'investor'] as const).flatMap((persona) =>
    (['A4', 'Letter'] as const).map((format) => ({ persona, format })),
  );

  test.for(SCENARIOS.map((s) => [`${s.persona}'s longest result on ${s.format}`, s] as const))(
    '%s: verdict, bars, every section and source, the share link; no control',
    async ([, { persona, format }], { site, open }) => {
      const { page } = await open(site.page('/print.html', PAGE));
      const quiz = widget(page);
      const events = await recordEvents(page);
      await quiz.complete(longestResults(persona, 1)[0]!);
      const shareUrl = ((await events()).find((e) => e.type === 'quiz-complete')!.detail as { shareUrl: string })
        .shareUrl;
      const controls = await controlLabels(quiz);
      const expected = await quiz.host.evaluate((host) => {
        const root = host.shadowRoot!;
        // What each element shows, without its buttons (which must not print) and text for screen readers only.
        const texts = (selector: string) =>
          [...root.querySelectorAll(selector)].map((el) => {
            const copy = el.cloneNode(true) as Element;
            if (el.closest('.alq-visually-hidden')) return '';
            copy.querySelectorAll('button, .alq-visually-hidden').forEach((hidden) => hidden.remove());
            return copy.textContent ?? '';
          });
        return {
          verdict: texts('[data-alq-focus], .alq-why'),
          reasons: texts('[part~="reasons"] li'),
          folds: texts('.alq-fold-title, .alq-fold-body :is(p, li, caption, th, td)'),
        };
      });

      const pdf = await print(page, format);
      for (const text of [...expected.verdict, ...expected.reasons, ...expected.folds]) {
        expect(pdf.text, 'printed').toContain(squeeze(text));
      }
      expect(pdf.text, 'the share link written out').toContain(squeeze(shareUrl));
      expect(printedLabels(pdf, controls), 'buttons and share controls printed').toEqual([]);
      console.log(`${persona}'s longest result on ${format}: ${pdf.pages} pages`);
      expect(pdf.pages).toBeLessThanOrEqual(PAGES[persona]);

      const fits = await quiz.host.locator('.alq-bar-value').allTextContents();
      const bars = await barsInPdf(page, pdf);
      expect(bars, 'a bar per layer on the first page').toHaveLength(fits.length);
      for (const [i, share] of bars.entries()) {
        expect(Math.abs(share - Number(fits[i]) / 100), `bar ${i + 1}, a fit of ${fits[i]}`).toBeLessThanOrEqual(0.02);
      }
      // Printing opened the folded sections for the paper only: the reader finds them as they left them.
      await expect(quiz.host.locator('details[open]').count()).resolves.toBe(0);
    },
  );

  test('a question screen: the question and the answer chosen so far, no other answer and no button', async ({
    site,
    open,
  }) => {
    const { page } = await open(site.page('/print-question.html', PAGE));
    const quiz = widget(page);
    const run = plannedRun('builder', alternating);
    const [first, second] = run.questions;
    await quiz.start();
    await quiz.choosePersona(PERSONA_LABEL.builder);
    await quiz.choose(optionLabel(first!, run.answers[first!.id]!));
    await quiz.continue();
    await quiz.heading.filter({ hasText: second!.prompt }).waitFor();
    const chosen = optionLabel(second!, run.answers[second!.id]!);
    await quiz.choose(chosen);

    const pdf = await print(page, 'A4');
    expect(pdf.text).toContain(squeeze(second!.prompt));
    expect(pdf.text).toContain(squeeze(await quiz.host.locator('.alq-progress-text').innerText()));
    expect(printedLabels(pdf, [chosen])).toEqual([chosen]);
    const others = second!.options.map((o) => o.label).filter((label) => label !== chosen);
    expect(printedLabels(pdf, others)).toEqual([]);
    expect(printedLabels(pdf, await controlLabels(quiz))).toEqual([]);
    expect(pdf.pages).toBe(1);
  });
});
