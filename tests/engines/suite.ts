/**
 * Runs every core flow in one engine: one browser for the file, a fresh tab
 * for each flow, and a flow fails on any error its pages reported.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoFolders, demoRoutes } from '../../src/demo/routes.ts';
import { startServer, type StaticServer } from '../../src/demo/server.ts';
import type { Driver, LaunchDriver } from './driver.ts';
import { FLOWS } from './flows.ts';
import { POST, POST_PATH } from './page.ts';
import { reader } from './reader.ts';

export function describeFlows(engine: string, launch: LaunchDriver): void {
  describe(engine, () => {
    let site: StaticServer;
    let driver: Driver;

    beforeAll(async () => {
      site = await startServer({ routes: demoRoutes(), folders: demoFolders });
      site.page(POST_PATH, POST);
      driver = await launch();
    });
    afterAll(async () => {
      await driver?.close();
      await site?.close();
    });

    test.for(FLOWS)('%s', async ([, flow]) => {
      const quiz = reader(driver, site.origin);
      await quiz.open();
      await flow(quiz);
      expect(await quiz.problems()).toEqual([]);
    });
  });
}
