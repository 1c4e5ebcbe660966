// The pages written at build time, read with scripting off.

import assert from 'node:assert/strict';
import { normalise } from '../../support/harness.mjs';
import { TOTAL, sessions, titles } from '../data.mjs';
import { until } from '../guide.mjs';

/** What the written page says about the controls it leaves out (src/publish/prerender.rs). */
const WITHOUT_JAVASCRIPT = 'need JavaScript, which is off in this browser';

/** @type {import('../journeys.mjs').Journey[]} */
export default [
  {
    name: 'without JavaScript: every session listed, no dead controls, calendar files offered, a title leads to its page, About is a page of its own',
    async run(j) {
      const guide = await j.open({ javascript: false }, { app: false });
      assert.equal(await guide.heading(), 'Programme', 'the programme heading shows');
      assert.equal(await guide.driver.executeScript(() => document.documentElement.dataset.app ?? null), null, 'and the app is indeed not running');
      assert.deepEqual(await guide.listedTitles(), titles, 'every session is listed, in date order');
      const main = normalise(await guide.driver.executeScript(() => document.querySelector('main').textContent));
      assert.ok(main.includes(WITHOUT_JAVASCRIPT), `the page says what needs JavaScript`);

      assert.equal(await guide.countShown('button', /to my shortlist$/), 0, 'no shortlist toggle is shown');
      assert.equal(await guide.countShown('link', /^Add to calendar: /), TOTAL, 'every session offers its calendar file, which needs no app');
      const nav = await guide.byRole('navigation', 'Main');
      assert.equal(await guide.countShown('link', /^My shortlist/, nav), 0, 'My shortlist (which needs the app) is not offered');
      assert.equal(await guide.countShown('link', 'About', nav), 1, 'About (a page of its own) is');
      assert.equal(await guide.countShown('searchbox', /^/), 0, 'no search box is shown');

      const s = sessions[TOTAL - 2];
      await guide.click(await guide.byRole('link', s.title));
      await guide.expectUrl((u) => u.pathname.endsWith(`/session-${s.slug}.html`), `the title leads to the session's own page`);
      await until(() => guide.heading(), (h) => h === normalise(s.title), `${j.engine}: the session's page shows its title`);
      const text = normalise(await guide.driver.executeScript(() => document.querySelector('main').textContent));
      const firstWords = normalise(s.description).split(' ').slice(0, 8).join(' ');
      assert.ok(text.includes(firstWords), `the page has the session's description ("${firstWords}…")`);

      await guide.click(await guide.byRole('link', 'About', await guide.byRole('navigation', 'Main')));
      await guide.expectUrl((u) => u.pathname.endsWith('/about.html'), 'About leads to its own page');
      await until(() => guide.heading(), (h) => h === 'About the series', `${j.engine}: the About page shows`);
    },
  },
];
