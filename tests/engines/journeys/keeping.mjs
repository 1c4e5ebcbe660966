// Nothing lost on an iPhone, in every engine: WebKit deletes a site's data after seven days
// without a visit, so there the first shortlisting says so, with the ways to keep the list, until
// it is put away; Chromium and Gecko do not, and say nothing. And in every engine, a list deleted
// with the site's data comes back from its link.

import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from '../../support/harness.mjs';
import { early, inListOrder, late, middle } from '../data.mjs';
import { setTimeout as sleep } from 'node:timers/promises';
import { until } from '../guide.mjs';
import { PHONE } from '../webdriver.mjs';

/** The notice's first words (src/components/notices.rs). */
const SAID = 'This browser deletes the guide';

/** Whether the notice is shown now. */
const shown = (guide) =>
  guide.driver.executeScript(() => {
    const notice = document.querySelector('[data-keeping-notice]');
    return Boolean(notice && !notice.hidden && notice.offsetParent !== null);
  });

/** @type {import('../journeys.mjs').Journey[]} */
export default [
  {
    name: 'the first shortlisting says, in WebKit alone, that the list is deleted after 7 days unvisited and how to keep it; put away, it stays away',
    async run(j) {
      const deletes = j.engine === 'webkit';
      const guide = await j.open({ window: PHONE });
      assert.equal(await shown(guide), false, 'nothing is said before anything is shortlisted');
      await guide.setShortlisted(early, true);
      if (!deletes) {
        await sleep(500);
        assert.equal(await shown(guide), false, `${j.engine} deletes nothing unvisited, and says nothing`);
        return;
      }
      await guide.expectStatus(SAID);
      assert.equal(await guide.driver.executeScript(() => document.activeElement?.getAttribute('aria-pressed')), 'true', 'the focus stays where it was');
      // What a person on a phone-sized WebKit page sees (the notice is held at the window's foot),
      // for whoever reviews it.
      const shots = path.join(REPO, 'target', 'e2e');
      mkdirSync(shots, { recursive: true });
      writeFileSync(path.join(shots, 'keeping-notice-webkit.png'), await guide.driver.takeScreenshot(), 'base64');

      await guide.click(await guide.byRole('button', 'Got it'));
      await until(() => shown(guide), (is) => !is, `${j.engine}: put away, the notice goes`);
      await guide.reload();
      await guide.setShortlisted(late, true);
      await guide.setShortlisted(middle, true);
      await sleep(500);
      assert.equal(await shown(guide), false, 'and stays away, across a reload and further shortlisting');
    },
  },
  {
    name: 'a shortlist deleted with the site’s data comes back from its link, the merge saying how many it restores',
    async run(j) {
      const guide = await j.open();
      await guide.setShortlisted(early, true);
      await guide.setShortlisted(late, true);
      await guide.followNav('My shortlist (2)');
      await guide.expectHeading('My shortlist');
      const link = await (await guide.field('Link to your shortlist')).getAttribute('value');
      assert.match(link, /\?shared=/, 'the shortlist’s link');

      await guide.driver.executeScript(() => localStorage.clear());
      await guide.reload();
      await guide.expectShortlistCount(0);

      await guide.open(link);
      await guide.expectHeading('A shared shortlist');
      await guide.click(await guide.byRole('button', 'Add these to my shortlist'));
      await guide.expectStatus('Added 2 sessions to your shortlist.');
      await guide.followNav('My shortlist (2)');
      await guide.expectShown(inListOrder([early.slug, late.slug]), 'the shortlist restored');
    },
  },
];
