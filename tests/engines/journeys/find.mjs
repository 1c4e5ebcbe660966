// Finding sessions: search and a topic, in the address and after a reload; search in the
// sessions' descriptions, which the app fetches when the person searches.

import assert from 'node:assert/strict';
import { DESCRIBED, FIND } from '../data.mjs';
import { until } from '../guide.mjs';
import { PHONE } from '../webdriver.mjs';

/** @type {import('../journeys.mjs').Journey[]} */
export default [
  {
    name: 'on a phone, search and a topic narrow the list, are in the address, and survive a reload',
    async run(j) {
      const guide = await j.open({ window: PHONE });
      await guide.type('Search', FIND.word);
      await guide.expectShown(FIND.byWord, `after searching for "${FIND.word}"`);
      await guide.expectUrl((u) => u.searchParams.get('q') === FIND.word, `the search is in the address as q=${FIND.word}`);

      // On a phone the topics are in a sheet that opens from "Filters" (counting the search).
      await guide.click(await guide.byRole('button', 'Filters (1)'));
      await guide.click(await guide.field(FIND.topic.label));
      const show = `Show ${FIND.both.length} ${FIND.both.length === 1 ? 'session' : 'sessions'}`;
      await guide.click(await guide.byRole('button', show));
      await until(() => guide.countShown('button', show), (n) => n === 0, `${j.engine}: "${show}" should close the sheet`);
      await guide.expectShown(FIND.both, `with the topic "${FIND.topic.label}" ticked too`);
      const url = await guide.expectUrl(
        (u) => u.searchParams.get('q') === FIND.word && u.searchParams.get('topic') === FIND.topic.slug,
        `the address holds q=${FIND.word} and topic=${FIND.topic.slug}`,
      );

      await guide.reload();
      assert.equal(await guide.url(), url.href, 'the reload kept the address');
      await guide.expectShown(FIND.both, 'after a reload of that address');
      assert.equal(await (await guide.field('Search')).getAttribute('value'), FIND.word, 'the search box still holds the word');
      assert.equal(await (await guide.field(FIND.topic.label)).isSelected(), true, 'the topic is still ticked');
    },
  },
  {
    name: 'search finds a word that only the sessions’ descriptions hold',
    async run(j) {
      const guide = await j.open();
      await guide.type('Search', DESCRIBED.word);
      await guide.expectShown(DESCRIBED.slugs, `after searching for "${DESCRIBED.word}", a word of descriptions only`);
    },
  },
];
