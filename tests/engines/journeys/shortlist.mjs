// The shortlist: kept across a reload, with storage blocked, and merged from a shared link.

import assert from 'node:assert/strict';
import { early, inListOrder, late, middle } from '../data.mjs';

/** What the app says when the browser will not keep the shortlist (src/components/storage_notice.rs). */
const VISIT_ONLY =
  'This browser is not letting the guide save your shortlist, so it will be kept only until you close this page.';

/** @type {import('../journeys.mjs').Journey[]} */
export default [
  {
    name: 'two sessions shortlisted stay shortlisted after a reload, and My shortlist lists them',
    async run(j) {
      const guide = await j.open();
      await guide.expectShortlistCount(0);
      await guide.setShortlisted(late, true);
      await guide.setShortlisted(early, true);
      await guide.expectShortlistCount(2);

      await guide.reload();
      await guide.expectShortlisted(late, true, await guide.card(late.slug));
      await guide.expectShortlisted(early, true, await guide.card(early.slug));
      await guide.expectShortlisted(middle, false, await guide.card(middle.slug));
      await guide.expectShortlistCount(2);

      await guide.followNav('My shortlist (2)');
      await guide.expectHeading('My shortlist');
      await guide.expectShown(inListOrder([late.slug, early.slug]), 'on My shortlist');
    },
  },
  {
    name: 'with storage blocked, shortlisting works for the visit and the app says it will not be kept',
    async run(j) {
      const guide = await j.open({ storage: false });
      const storage = await guide.driver.executeScript(() => {
        try {
          localStorage.setItem('sus-guide.engines-probe', '1');
          return 'writable';
        } catch (err) {
          return `blocked (${err.name})`;
        }
      });
      assert.match(storage, /^blocked/, 'the browser session was started with storage blocked');

      await guide.setShortlisted(middle, true);
      await guide.expectShortlistCount(1);
      await guide.expectStatus(VISIT_ONLY);
      await guide.followNav('My shortlist (1)');
      await guide.expectHeading('My shortlist');
      await guide.expectShown([middle.slug], 'on My shortlist, for this visit');
    },
  },
  {
    name: 'a shared shortlist link merges into the reader’s own shortlist',
    async run(j) {
      const guide = await j.open();
      await guide.setShortlisted(middle, true);
      await guide.open(`?shared=${early.slug},${late.slug}`);
      await guide.expectHeading('A shared shortlist');
      await guide.expectShown([early.slug, late.slug], 'the shared sessions');
      await guide.expectShortlistCount(1);

      await guide.click(await guide.byRole('button', 'Add these to my shortlist'));
      await guide.expectStatus('Added 2 sessions to your shortlist.');
      await guide.expectShortlistCount(3);
      await guide.followNav('My shortlist (3)');
      await guide.expectShown(inListOrder([early.slug, middle.slug, late.slug]), 'on My shortlist: the reader’s own and the shared');
    },
  },
];
