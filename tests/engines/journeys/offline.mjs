// Offline after one visit: the service worker (sw.js) serves the guide once the server is gone.

import assert from 'node:assert/strict';
import { normalise, startServer } from '../../support/harness.mjs';
import { far, titles } from '../data.mjs';
import { until } from '../guide.mjs';

/** @type {import('../journeys.mjs').Journey[]} */
export default [
  {
    name: 'offline after one visit: the service worker serves the programme once the server is gone',
    async run(j) {
      // A server of its own, to stop.
      const server = await startServer({ gzip: true });
      j.cleanup(() => server.close());
      const guide = await j.open({}, { baseUrl: server.baseUrl });
      await until(
        () => guide.driver.executeScript(() => Boolean(navigator.serviceWorker && navigator.serviceWorker.controller)),
        Boolean,
        `${j.engine}: the service worker never took control of the page`,
      );
      await server.close();
      await assert.rejects(fetch(server.baseUrl), 'the server no longer answers');

      await guide.reload();
      await guide.expectHeading('Programme');
      assert.deepEqual(await guide.listedTitles(), titles, 'offline, every session is listed');
      await guide.open(`?session=${far.slug}`);
      await guide.expectHeading(normalise(far.title));
    },
  },
];
