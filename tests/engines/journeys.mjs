// The user journeys (journeys/*.mjs), each described once and run in every engine:
// chromium.test.mjs, gecko.test.mjs and webkit.test.mjs each call runJourneys with their engine's
// name. Each journey asserts what a reader would notice, with expected sessions computed from the
// bundled data (data.mjs), and opens its own browser session (webdriver.mjs), which is closed
// when it ends, passed or not.

import { test, before, after } from 'node:test';
import { assertDistBuilt, startServer } from '../support/harness.mjs';
import { engine as engineNamed } from './engines.mjs';
import { Guide } from './guide.mjs';
import { openBrowser } from './webdriver.mjs';
import programme from './journeys/programme.mjs';
import find from './journeys/find.mjs';
import shortlist from './journeys/shortlist.mjs';
import embed from './journeys/embed.mjs';
import statics from './journeys/static.mjs';
import offline from './journeys/offline.mjs';
import toolkit from './journeys/toolkit.mjs';
import series from './journeys/series.mjs';
import sharing from './journeys/sharing.mjs';
import keeping from './journeys/keeping.mjs';

/**
 * @typedef {object} Journey
 * @property {string} name  what the reader does and notices
 * @property {(j: JourneyContext) => Promise<void>} run
 *
 * @typedef {object} JourneyContext
 * @property {string} engine  the engine's name
 * @property {{ baseUrl: string, origin: string }} server  dist/ served on 127.0.0.1
 * @property {(options?: object, at?: { app?: boolean, baseUrl?: string }) => Promise<Guide>} open
 *   a new browser session (webdriver.mjs options: window, javascript, storage) at `baseUrl`
 *   (the server's by default), waiting for the app unless `app` is false
 * @property {(fn: () => Promise<void>) => void} cleanup  runs `fn` when the journey ends, before
 *   what was registered earlier (a browser closes before the server it used)
 */

/** @type {Journey[]} */
export const JOURNEYS = [...programme, ...find, ...shortlist, ...embed, ...statics, ...offline, ...toolkit, ...series, ...sharing, ...keeping];

/** A journey that takes longer has hung (most take 2 to 10 s); its browser is closed all the same. */
const JOURNEY_TIMEOUT = 180_000;

/**
 * Registers every journey as a test named "[<engine>] <journey>", in the engine named `name`,
 * against dist/ served on 127.0.0.1 gzip-compressed, as static hosts serve it.
 */
export function runJourneys(name) {
  const engine = engineNamed(name);
  let server;
  before(async () => {
    assertDistBuilt();
    server = await startServer({ gzip: true });
  });
  after(() => server?.close());

  for (const journey of JOURNEYS) {
    test(`[${name}] ${journey.name}`, { timeout: JOURNEY_TIMEOUT }, async (t) => {
      const cleanups = [];
      t.after(async () => {
        for (const cleanup of cleanups.reverse()) await cleanup();
      });
      await journey.run({
        engine: name,
        server,
        cleanup: (fn) => cleanups.push(fn),
        open: async (options = {}, { app = true, baseUrl = server.baseUrl } = {}) => {
          const browser = await openBrowser(engine, options);
          cleanups.push(browser.close);
          const guide = new Guide(browser, baseUrl);
          await guide.open('', { app });
          return guide;
        },
      });
    });
  }
}
