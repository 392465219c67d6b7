/**
 * The widget's scroll to each new step. Under reduced motion it lands in one
 * frame, whatever the page's `scroll-behavior`, and nothing in the widget
 * animates; without the preference the page's smooth scrolling is kept. In a
 * frame, it scrolls the frame's own document and never the page around it.
 */
import type { Frame, Page } from 'playwright-core';
import { blogPage } from './pages.ts';
import { describe, expect, test } from './harness.ts';
import {
  alternating,
  lastOption,
  optionLabel,
  PERSONA_LABEL,
  plannedRun,
  widget,
  type Run,
  type Widget,
} from './widget.ts';

/** Paragraphs around the widget, so that the page scrolls and each step must be brought into view. */
const TALL = (height: number) => `<p style="height: ${height}px">Filler the height of a few paragraphs.</p>`;

interface Step {
  name: string;
  /** Done before the step's click (choosing an answer is not the step). */
  before?: () => Promise<void>;
  go: () => Promise<void>;
}

/** Every step a reader takes from the intro to the result of `run`. */
function stepsOf(quiz: Widget, run: Run): Step[] {
  return [
    { name: 'Start', go: () => quiz.start() },
    { name: 'the persona', go: () => quiz.choosePersona(PERSONA_LABEL[run.persona]) },
    ...run.questions.map((q) => ({
      name: `Continue from ${q.id}`,
      before: () => quiz.choose(optionLabel(q, run.answers[q.id]!)),
      go: () => quiz.continue(),
    })),
  ];
}

/** Takes `step` and waits for the next step's heading. */
async function take(quiz: Widget, step: Step): Promise<void> {
  const heading = await quiz.headingText().catch(() => '');
  await step.before?.();
  await step.go();
  await quiz.heading.filter(heading ? { hasNotText: heading } : {}).waitFor();
}

/** scrollY at the next click, then in each of the 29 animation frames after it. */
async function scrollFramesAfterClick(page: Page): Promise<() => Promise<number[]>> {
  const recording = await page.evaluateHandle(() => ({
    frames: new Promise<number[]>((resolve) => {
      const frames: number[] = [];
      const tick = () => {
        frames.push(Math.round(scrollY));
        if (frames.length < 30) requestAnimationFrame(tick);
        else resolve(frames);
      };
      // The first value is read at the click itself, before the widget does anything.
      document.addEventListener('click', tick, { once: true, capture: true });
    }),
  }));
  return () => recording.evaluate((r) => r.frames);
}

/** How many times the value changes from one frame to the next. */
const changes = (frames: number[]) => frames.filter((y, i) => i > 0 && y !== frames[i - 1]).length;

/** Running animations in the widget, and elements whose transitions take any time. */
function motionIn(quiz: Widget) {
  return quiz.host.evaluate((host) => {
    const root = host.shadowRoot!;
    return {
      animations: root.getAnimations().length,
      transitions: [...root.querySelectorAll('*')].filter((el) =>
        getComputedStyle(el)
          .transitionDuration.split(',')
          .some((d) => parseFloat(d) > 0),
      ).length,
    };
  });
}

describe('on a page with html { scroll-behavior: smooth }', () => {
  const SMOOTH = blogPage({
    head: '<style>html { scroll-behavior: smooth; }</style>',
    body: `<h1>A post</h1>${TALL(700)}WIDGET${TALL(1500)}`,
  });
  const CASES = [
    { motion: 'reduce', persona: 'builder', pick: alternating },
    { motion: 'reduce', persona: 'investor', pick: lastOption },
    { motion: 'no-preference', persona: 'builder', pick: alternating },
  ] as const;

  test.for(CASES.map((c) => [`${c.motion}, ${c.persona}`, c] as const))(
    '%s: how each step scrolls into view',
    async ([, { motion, persona, pick }], { site, open }) => {
      const { page } = await open(site.page('/smooth.html', SMOOTH), {
        reducedMotion: motion,
        viewport: { width: 1024, height: 600 },
      });
      const quiz = widget(page);
      const run = plannedRun(persona, pick);
      const moves: Record<string, number[]> = {};
      for (const step of stepsOf(quiz, run)) {
        await step.before?.();
        const frames = await scrollFramesAfterClick(page);
        await take(quiz, { ...step, before: undefined });
        moves[step.name] = await frames();
        if (motion === 'reduce') expect(await motionIn(quiz), step.name).toEqual({ animations: 0, transitions: 0 });
      }
      const scrolled = Object.entries(moves).filter(([, frames]) => changes(frames) > 0);
      console.log(`${motion}, ${persona}: scrollY per frame after each scroll`, Object.fromEntries(scrolled));
      expect(scrolled.length, 'steps that scrolled the widget into view').toBeGreaterThan(2);
      if (motion === 'reduce') {
        for (const [name, frames] of scrolled) expect(changes(frames), `${name}: ${frames.join(' ')}`).toBe(1);
      } else {
        // The control: the measurement sees smooth scrolls. Not every step: where a step replaces a tall one
        // scrolled past its top, the browser's scroll anchoring may move the page at once, before the widget scrolls.
        expect(
          scrolled.filter(([, frames]) => changes(frames) > 1).length,
          'steps the page scrolled to smoothly',
        ).toBeGreaterThan(2);
      }
    },
  );
});

/** The sandbox platforms usually put on embeds. */
const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-forms';

describe('in a frame of fixed height', () => {
  const FRAMES = [
    { name: 'a same-origin frame', crossOrigin: false, sandbox: null },
    { name: 'a cross-origin frame', crossOrigin: true, sandbox: null },
    { name: 'a sandboxed frame', crossOrigin: false, sandbox: EMBED_SANDBOX },
    { name: 'a cross-origin sandboxed frame', crossOrigin: true, sandbox: EMBED_SANDBOX },
  ];

  /** Where the frame is scrolled, and whether the step's first thing to read is in its view. */
  const inFrame = (frame: Frame) =>
    frame.evaluate(() => {
      const root = document.querySelector('ai-layer-quiz')!.shadowRoot!;
      const first = root.querySelector('[data-alq-reveal]') ?? root.querySelector('[data-alq-focus]')!;
      const { top, bottom } = first.getBoundingClientRect();
      return { scrollY: Math.round(scrollY), inView: top >= 0 && bottom <= innerHeight };
    });

  test.for(FRAMES.map((f) => [f.name, f] as const))(
    '%s: each step scrolls the frame into view, never the page around it',
    async ([, { crossOrigin, sandbox }], { site, open }) => {
      const framed = site.page('/framed.html', blogPage());
      const origin = crossOrigin ? site.origin.replace('127.0.0.1', 'localhost') : site.origin;
      const parent = blogPage({
        widget: `<iframe src="${origin}${framed}" title="Which layer fits?" style="width: 100%; height: 450px; border: 1px solid"${sandbox ? ` sandbox="${sandbox}"` : ''}></iframe>`,
        body: `<h1>A post</h1>${TALL(1200)}WIDGET${TALL(1500)}`,
      });
      const { page } = await open(site.page(`/parent-${crossOrigin}-${sandbox !== null}.html`, parent), {
        noWait: true,
        viewport: { width: 1024, height: 800 },
      });
      await page.evaluate(() => window.scrollTo({ top: 1000, behavior: 'instant' }));
      const frame = page.frames().find((f) => f.url().endsWith('/framed.html'))!;
      await frame.evaluate(() => customElements.whenDefined('ai-layer-quiz'));
      const quiz = widget(page, 'ai-layer-quiz', page.frameLocator('iframe'));
      const run = plannedRun('builder', alternating);

      const frameScrolls = new Set<number>();
      for (const step of stepsOf(quiz, run)) {
        await take(quiz, step);
        const at = await inFrame(frame);
        frameScrolls.add(at.scrollY);
        expect(await page.evaluate(() => scrollY), `the page, after ${step.name}`).toBe(1000);
        expect(at.inView, `the step in the frame's view, after ${step.name}`).toBe(true);
      }
      expect(frameScrolls.size, 'the frame scrolled itself').toBeGreaterThan(1);
    },
  );
});
