// Embedded on a member organisation's page, from another origin, with public/embed.js.

import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { normalise, startServer } from '../../support/harness.mjs';
import { ORG, bySlug } from '../data.mjs';
import { until } from '../guide.mjs';
import { PHONE } from '../webdriver.mjs';

/** How far (px) the frame's height may be from its content's. */
const FIT_TOLERANCE = 3;

/** @type {import('../journeys.mjs').Journey[]} */
export default [
  {
    name: 'embedded with embed.js on another origin’s page: the organisation’s sessions, the frame as tall as its content, an opened session’s title in sight',
    async run(j) {
      // The member's site: http://localhost:PORT, another origin than the app's 127.0.0.1.
      const dir = await mkdtemp(path.join(os.tmpdir(), 'engines-host-'));
      j.cleanup(() => rm(dir, { recursive: true, force: true }));
      await writeFile(
        path.join(dir, 'index.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Member site</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body { margin: 1rem 12px; }</style></head><body><h1>Our events</h1>
<script src="${j.server.baseUrl}embed.js" data-org="${ORG.slug}" async></script><p>After</p></body></html>`,
      );
      const host = await startServer({ root: dir });
      j.cleanup(() => host.close());

      const guide = await j.open({ window: PHONE }, { app: false, baseUrl: host.baseUrl.replace('127.0.0.1', 'localhost') });
      const frame = await until(
        () => guide.driver.executeScript(() => document.querySelector('iframe')),
        Boolean,
        `${j.engine}: embed.js put no frame on the host page`,
      );
      await guide.inFrame(frame, async () => {
        await guide.waitForApp();
        await guide.expectShown(ORG.sessions, `in the frame, the sessions of ${ORG.name}`);
      });

      /** The frame's height on the host page, and inside it its content's height and the main heading's place. */
      const measure = async () => {
        const outer = await guide.driver.executeScript((el) => {
          const r = el.getBoundingClientRect();
          return { frame: r.height, frameTop: r.top, viewport: window.innerHeight };
        }, frame);
        const inner = await guide.inFrame(frame, () =>
          guide.driver.executeScript(() => ({
            content: document.documentElement.getBoundingClientRect().height,
            scrollHeight: document.documentElement.scrollHeight,
            innerHeight: window.innerHeight,
            h1Top: document.querySelector('main h1')?.getBoundingClientRect().top ?? null,
          })),
        );
        return { ...outer, ...inner };
      };
      /** Waits until the frame is as tall as its content (the same twice running) with no scrollbar inside. */
      const expectFitted = async (where) => {
        let last = null;
        return until(
          async () => {
            const now = await measure();
            const steady = last !== null && now.frame === last.frame && now.content === last.content;
            last = now;
            return { ...now, steady };
          },
          (m) => m.steady && Math.abs(m.frame - m.content) <= FIT_TOLERANCE && m.scrollHeight <= m.innerHeight + 1,
          (m) => `${j.engine}: ${where}, the frame should be as tall as its content within ${FIT_TOLERANCE} px, with no scrollbar (${JSON.stringify(m)})`,
        );
      };
      await expectFitted('with the programme');

      // The organisation's last session, at the foot of the frame: the visitor scrolls the member's
      // page to it and opens it. Its title must come into sight: the app scrolls the page around
      // the frame (the frame itself never scrolls).
      const last = bySlug.get(ORG.sessions.at(-1));
      const link = await guide.inFrame(frame, async () => guide.byRole('link', last.title, await guide.card(last.slug)));
      const linkTop = await guide.inFrame(frame, () => guide.driver.executeScript((el) => el.getBoundingClientRect().top, link));
      await guide.driver.executeScript(
        (el, top) => window.scrollBy(0, el.getBoundingClientRect().top + top - window.innerHeight / 2),
        frame,
        linkTop,
      );
      await guide.inFrame(frame, async () => {
        await link.click();
        await guide.expectHeading(normalise(last.title));
      });
      await expectFitted('with the session opened');
      await until(
        measure,
        (m) => m.h1Top !== null && m.frameTop + m.h1Top >= -1 && m.frameTop + m.h1Top + 40 <= m.viewport,
        (m) => `${j.engine}: the opened session's title should be on the screen (it is at ${m.frameTop + m.h1Top} px of ${m.viewport}: ${JSON.stringify(m)})`,
      );
    },
  },
  {
    name: 'the Embed page, fetched from the programme without a page load: an organisation ticked, its code to paste, with the guide’s own address',
    async run(j) {
      const guide = await j.open();
      await guide.markDocument();
      await guide.click(await guide.byRole('link', 'Embed this programme on your website'));
      await guide.expectHeading('Embed the programme on your website');
      assert.equal(await guide.sameDocument(), true, 'the Embed page was shown without loading the page again');
      await guide.click(await guide.field(ORG.name));
      const code = await guide.field("One line for your page: it fits the programme's height as it changes");
      const want = `<script src="${j.server.baseUrl}embed.js" data-org="${ORG.slug}" async></script>`;
      await until(() => code.getProperty('value'), (value) => value === want, `${j.engine}: the script line should read ${want}`);
    },
  },
];
