// The toolkit: reached from the header on a phone, narrowed by a topic into an address that a
// reload keeps, and reached from a session's list of resources on its topics.

import assert from 'node:assert/strict';
import { programme, sessions } from '../data.mjs';
import { until } from '../guide.mjs';
import { PHONE } from '../webdriver.mjs';

const resources = programme.resources ?? [];
const on = (topic) => resources.filter((r) => r.topics.includes(topic.slug)).map((r) => r.slug);
/** The topic with the most resources, and the first session on it. */
const TOPIC = [...programme.topics].sort((a, b) => on(b).length - on(a).length)[0];
const SESSION = sessions.find((s) => (s.topics ?? []).includes(TOPIC.slug));

/** The slugs of the resources a reader is shown, once each, in page order. */
const SHOWN_RESOURCES = () =>
  [...new Set([...document.querySelectorAll('main article[data-resource]')].filter((a) => a.checkVisibility()).map((a) => a.dataset.resource))];

/** @type {import('../journeys.mjs').Journey[]} */
export default [
  {
    name: 'on a phone, the toolkit from the header, narrowed by a topic in the address; from a session, its topic’s resources',
    async run(j) {
      const guide = await j.open({ window: PHONE });
      await guide.followNav('Toolkit');
      await guide.expectHeading('Toolkit');
      await guide.expectUrl((u) => u.searchParams.get('view') === 'toolkit', 'the toolkit has its own address');
      const all = await until(() => guide.driver.executeScript(SHOWN_RESOURCES), (s) => s.length === new Set(resources.map((r) => r.slug)).size,
        `${j.engine}: every resource should be shown`);
      assert.equal(all.length, resources.length, 'every resource is listed');
      const widths = await guide.widths();
      assert.ok(widths.scrollWidth <= widths.clientWidth, `no sideways scrolling (widest: ${JSON.stringify(widths)})`);

      // On a phone the topics are in the same sheet as the programme's.
      await guide.click(await guide.byRole('button', 'Filters'));
      await guide.click(await guide.field(TOPIC.label));
      const show = `Show ${on(TOPIC).length} resources`;
      await guide.click(await guide.byRole('button', show));
      await until(() => guide.countShown('button', show), (n) => n === 0, `${j.engine}: "${show}" should close the sheet`);
      const url = await guide.expectUrl((u) => u.searchParams.get('view') === 'toolkit' && u.searchParams.get('topic') === TOPIC.slug,
        `the address holds view=toolkit and topic=${TOPIC.slug}`);
      await until(() => guide.driver.executeScript(SHOWN_RESOURCES), (s) => JSON.stringify(s) === JSON.stringify(on(TOPIC)),
        (s) => `${j.engine}: only ${TOPIC.label}'s resources should show (shown: ${JSON.stringify(s)})`);
      const section = await guide.driver.executeScript((t) => document.querySelector(`main section[data-toolkit-section="${t}"]`), TOPIC.slug);
      const link = await guide.byRole('link', `${resources.find((r) => r.slug === on(TOPIC)[0]).title} (opens in a new tab)`, section);
      assert.equal(await link.getAttribute('target'), '_blank', 'a resource opens in a new tab');
      assert.equal(await link.getAttribute('rel'), 'noopener noreferrer', 'with rel="noopener noreferrer"');

      await guide.reload();
      assert.equal(await guide.url(), url.href, 'the reload kept the address');
      await guide.expectHeading('Toolkit');
      assert.deepEqual(await guide.driver.executeScript(SHOWN_RESOURCES), on(TOPIC), 'and the toolkit is still narrowed to the topic');

      await guide.open(`?session=${SESSION.slug}`);
      await guide.expectHeading(SESSION.title.replace(/\s+/g, ' ').trim());
      const heading = await guide.byRole('heading', `Resources on ${TOPIC.label}`);
      assert.ok(await heading.isDisplayed(), `the session lists "Resources on ${TOPIC.label}"`);
      await guide.click(await guide.byRole('link', new RegExp(`^The toolkit on ${TOPIC.label.replace(/[()]/g, '\\$&')}`)));
      await guide.expectHeading('Toolkit');
      await guide.expectUrl((u) => u.searchParams.get('topic') === TOPIC.slug, 'and leads to the toolkit narrowed to it');
    },
  },
];
