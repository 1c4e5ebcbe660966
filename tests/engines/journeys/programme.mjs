// Journeys through the programme: on a phone, back to the same place in the list, and the
// views of the Main navigation.

import assert from 'node:assert/strict';
import { normalise } from '../../support/harness.mjs';
import { far, titles } from '../data.mjs';
import { until } from '../guide.mjs';
import { PHONE } from '../webdriver.mjs';

/** How far (px) the card may be from where it was, after "back". */
const PLACE_TOLERANCE = 3;

/** @type {import('../journeys.mjs').Journey[]} */
export default [
  {
    name: 'on a phone-sized window: every session in date order, no horizontal scroll',
    async run(j) {
      const guide = await j.open({ window: PHONE });
      await guide.expectHeading('Programme');
      assert.deepEqual(await guide.listedTitles(), titles, 'every session is listed, in date order');
      const w = await guide.widths();
      assert.equal(w.innerWidth, PHONE.width, `the window is ${PHONE.width} px wide inside (${JSON.stringify(w)})`);
      assert.ok(
        w.scrollWidth <= w.clientWidth,
        `no horizontal scroll: the page is ${w.scrollWidth} px wide at its widest (at ${w.at} px down) in ${w.clientWidth} px`,
      );
    },
  },
  {
    name: 'a session opened from far down the list, then back: the same place in the list, the focus on its link',
    async run(j) {
      const guide = await j.open();
      const card = await guide.card(far.slug);
      const before = await guide.reveal(card);
      assert.ok(before.scrollY > 0, `the session is far enough down to need scrolling (${JSON.stringify(before)})`);

      await guide.click(await guide.byRole('link', far.title, card));
      await guide.expectUrl((u) => u.searchParams.get('session') === far.slug, `the address names the session ${far.slug}`);
      await guide.expectHeading(normalise(far.title));

      await guide.back();
      await guide.expectUrl((u) => !u.searchParams.has('session'), 'back returns to the list');
      await guide.expectHeading('Programme');
      const after = await until(
        async () => guide.boxWhenStill(await guide.card(far.slug)),
        (box) => Math.abs(box.top - before.top) <= PLACE_TOLERANCE,
        (box) => `${j.engine}: the card should be back where it was, its top at ${before.top} px (it is at ${box.top} px, scrollY ${box.scrollY} then ${before.scrollY})`,
        10_000,
      );
      assert.ok(after.inView, 'the card is in view');
      // A keyboard or screen-reader user carries on from the session they left through.
      const card2 = await guide.card(far.slug);
      const focused = await guide.driver.executeScript((c) => c.contains(document.activeElement) && document.activeElement.textContent, card2);
      assert.equal(normalise(focused), normalise(far.title), 'the focus is back on the session’s link');
    },
  },
  {
    name: 'About and My shortlist through the Main navigation, without a page load',
    async run(j) {
      const guide = await j.open();
      await guide.markDocument();
      const current = async (name) => (await guide.navLink(name)).getAttribute('aria-current');

      await guide.followNav('About');
      await guide.expectHeading('About the series');
      await guide.expectUrl((u) => u.searchParams.get('view') === 'about', 'the address is ?view=about');
      assert.equal(await current('About'), 'page', 'the About link is marked as the current page');

      await guide.followNav('My shortlist');
      await guide.expectHeading('My shortlist');
      await guide.expectUrl((u) => u.searchParams.get('view') === 'shortlist', 'the address is ?view=shortlist');
      assert.equal(await current('My shortlist'), 'page', 'the My shortlist link is marked as the current page');

      await guide.followNav('Programme');
      await guide.expectHeading('Programme');
      assert.equal(await guide.sameDocument(), true, 'the views changed without loading the page again');
    },
  },
];
