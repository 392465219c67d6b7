/**
 * `npm run dev` as a content author uses it: Vite's dev server on the demo
 * post, the element built from source, and a copy of questions/ to edit.
 * A good edit reloads the page (the reader keeps their place); a bad one
 * shows the bank's problem in the terminal and in Vite's error overlay.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import base from '../../vite.config.ts';
import { bankProblems, DEV_ENTRY, devConfig } from '../../src/demo/dev-server.ts';
import { ROOT } from '../../src/demo/server.ts';
import { describe, expect, test } from '../browser/harness.ts';
import { PERSONA_LABEL, firstOption, optionLabel, plannedRun, widget } from '../browser/widget.ts';

let questions: string;
let server: ViteDevServer;
let origin: string;
/** What the dev server printed as errors (the terminal a content author watches). */
const terminal: string[] = [];

function quietLogger() {
  const logger = createLogger('info', { allowClearScreen: false });
  logger.info = () => {};
  logger.warn = () => {};
  logger.error = (message) => void terminal.push(message);
  return logger;
}

beforeAll(async () => {
  questions = mkdtempSync(join(tmpdir(), 'alq-questions-'));
  cpSync(join(ROOT, 'questions'), questions, { recursive: true });
  server = await createServer({
    ...devConfig(base, questions),
    configFile: false,
    customLogger: quietLogger(),
    // Its own optimizer cache, so this test and `npm run dev` do not re-bundle each other's dependencies.
    cacheDir: join(ROOT, 'node_modules/.vite-dev-test'),
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
});

afterAll(async () => {
  await server?.close();
  rmSync(questions, { recursive: true, force: true });
});

const file = (name: string) => join(questions, name);
const readJsonFile = (name: string) => JSON.parse(readFileSync(file(name), 'utf8')) as Record<string, unknown>;
const writeJsonFile = (name: string, data: unknown) => writeFileSync(file(name), `${JSON.stringify(data, null, 2)}\n`);

/** Runs `change` and waits for the page to load again because of it. */
async function reloadAfter(page: Page, change: () => void): Promise<void> {
  const loaded = page.waitForEvent('load', { timeout: 60_000 });
  change();
  await loaded;
  await page.evaluate(() => customElements.whenDefined('ai-layer-quiz'));
}

describe('npm run dev', () => {
  test('serves the demo post with the element built from source, not from dist/', async ({ open }) => {
    const { page, requests } = await open(`${origin}/`);
    expect(await page.locator(`script[type="module"][src="${DEV_ENTRY}"]`).count()).toBe(1);
    await widget(page).start();
    await widget(page).host.getByRole('button', { name: PERSONA_LABEL.builder }).waitFor();
    expect(requests.some((url) => url.endsWith('/ai-layer-quiz.js'))).toBe(false);
    const attributes = await open(`${origin}/attributes.html`);
    await widget(attributes.page, '#live-quiz').host.getByRole('button', { name: 'Start', exact: true }).waitFor();
  });

  test('an edit under questions/ reloads the page with the new bank, and the reader keeps their place', async ({
    open,
  }) => {
    const { page } = await open(`${origin}/`);
    const quiz = widget(page);
    const [first, second] = plannedRun('builder', firstOption).questions;
    await quiz.start();
    await quiz.choosePersona(PERSONA_LABEL.builder);
    await quiz.choose(optionLabel(first!, first!.options[0]!.id));
    await quiz.continue();
    await quiz.heading.filter({ hasText: second!.prompt }).waitFor();

    const bank = readJsonFile('bank.json') as { personas: { id: string; label: string }[] };
    const edited = 'I’m building something';
    bank.personas.find((p) => p.id === 'builder')!.label = edited;
    await reloadAfter(page, () => writeJsonFile('bank.json', bank));

    await quiz.heading.filter({ hasText: second!.prompt }).waitFor();
    // Back to the first question, then to the persona step, where the edited label shows.
    await quiz.back();
    await quiz.back();
    await quiz.host.getByRole('button', { name: edited }).waitFor();
  });

  test('a bank that fails validation says so in the terminal and in the overlay, as the build does', async ({
    open,
  }) => {
    const { page } = await open(`${origin}/`);
    const original = readFileSync(file('builder.json'), 'utf8');
    const broken = JSON.parse(original) as { questions: { options: Record<string, unknown>[] }[] };
    delete broken.questions[0]!.options[0]!.weights;
    terminal.length = 0;
    writeJsonFile('builder.json', broken);

    const expected = bankProblems(questions)!;
    expect(expected).toContain('[ai-layer-quiz] builder.json at /questions/0/options/0: option has no "weights"');
    const line = expected
      .split('\n')
      .find((l) => l.includes('builder.json at /questions/0/options/0'))!
      .trim();

    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: 60_000 });
    expect(await overlay.locator('.message').innerText()).toContain(line);
    await expect.poll(() => terminal.join('\n')).toContain(line);
    // The page keeps what it had: the quiz still runs under the overlay.
    expect(await widget(page).host.getByRole('button', { name: 'Start', exact: true }).count()).toBe(1);

    // A page opened while the bank is broken shows the same, without a stack trace to wade through.
    const fresh = await open(`${origin}/`, { noWait: true });
    const freshOverlay = fresh.page.locator('vite-error-overlay');
    await freshOverlay.waitFor({ timeout: 60_000 });
    expect(await freshOverlay.locator('.message').innerText()).toContain(line);
    expect(await freshOverlay.locator('.stack').innerText()).not.toContain('loadBankFolder');
    fresh.problems.consoleErrors.length = 0; // the failed module request, which is the point here

    await reloadAfter(page, () => writeFileSync(file('builder.json'), original));
    expect(await overlay.count()).toBe(0);
    await widget(page).host.getByRole('button', { name: 'Start', exact: true }).waitFor();
  });
});
