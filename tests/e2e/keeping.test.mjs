// Nothing lost on an iPhone: where the browser deletes a site's data after seven days without a
// visit (WebKit's Safari, every iOS browser), the first shortlisting says so once, politely, with
// the three ways to keep the list, until it is put away; the shortlist view says where the list is
// kept; and a list deleted with the site's data comes back from its link, the merge saying how
// many sessions it restores. Chromium plays Safari here by its user agent (WebKit itself plays
// its own part in tests/engines/journeys/keeping.mjs).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VIEWPORTS, assertClean, axe, clickWhenStill, formatViolations, listedSessions, openApp, readProgramme, serveDistForTests, waitFor } from '../support/harness.mjs';

const env = serveDistForTests();
const sessions = listedSessions(readProgramme());
const [first, second, third] = [sessions[0], sessions[3], sessions[6]];

/** Safari on an iPhone, as the page is told. */
const IPHONE = {
  ...VIEWPORTS.pixel5,
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
};
const SAID = "This browser deletes the guide's saved data, your shortlist included, after 7 days without a visit.";

const notice = (page) => page.getByRole('status').filter({ hasText: 'after 7 days without a visit' });
const add = (page, s) => clickWhenStill(page.getByRole('button', { name: `Add ${s.title} to my shortlist`, exact: true }));

test('on an iPhone, the first shortlisting says the list is deleted after 7 days unvisited and how to keep it, politely; put away, it stays away', async (t) => {
  const session = await openApp(env.browser, env.server.baseUrl, IPHONE);
  t.after(() => session.close());
  const { page } = session;
  assert.equal(await notice(page).isVisible(), false, 'nothing is said before anything is shortlisted');
  await add(page, first);
  await waitFor(notice(page), 'the first shortlisting says so');
  const text = (await notice(page).innerText()).replace(/\s+/g, ' ');
  assert.ok(text.includes(SAID), text);
  assert.match(text, /add the guide to your Home Screen \(tap Share, then “Add to Home Screen”\)/, 'the first way: the Home Screen, with its steps');
  assert.match(text, /keep its link/, 'the second: the shortlist’s link');
  assert.match(text, /add its sessions to your calendar, on My shortlist/, 'the third: the calendar, both on My shortlist');
  assert.ok(await notice(page).getByRole('link', { name: 'My shortlist', exact: true }).isVisible(), 'which it links to');
  const box = await notice(page).boundingBox();
  assert.ok(box && box.y + box.height <= IPHONE.viewport.height + 1 && box.y >= IPHONE.viewport.height / 3,
    `it is said at the foot of the window, where the person is: ${JSON.stringify(box)}`);
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed')),
    'true',
    'the focus stays on the button that was pressed: the notice takes none',
  );
  assert.equal(await page.getByRole('alert').count(), 0, 'it is a status, not an alert');
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe-core violations with the notice shown:\n${formatViolations(violations)}`);

  await clickWhenStill(page.getByRole('button', { name: 'Got it', exact: true }));
  await notice(page).waitFor({ state: 'hidden' });
  await page.reload();
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await add(page, second);
  await add(page, third);
  await page.waitForTimeout(300);
  assert.equal(await notice(page).isVisible(), false, 'put away, it stays away across a reload and further shortlisting');
  assertClean(session, 'the notice on an iPhone');
});

test('nothing is said in Chromium, in the guide opened from the Home Screen, or inside a member’s frame', async (t) => {
  const cases = [
    ['Chromium', {}, ''],
    ['the guide opened from the Home Screen', IPHONE, '', () => Object.defineProperty(navigator, 'standalone', { value: true })],
    ['a member’s frame', IPHONE, '?embed=1'],
  ];
  for (const [where, options, query, init] of cases) {
    const session = await openApp(env.browser, `${env.server.baseUrl}${query}`, { ...options, waitForReady: false });
    t.after(() => session.close());
    const { page } = session;
    if (init) {
      await page.addInitScript(init);
      await page.reload();
    }
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await add(page, first);
    await page.waitForTimeout(300);
    assert.equal(await notice(page).isVisible(), false, `${where}: no notice`);
  }
});

test('My shortlist says it is kept in this browser only, and on an iPhone how to keep it', async (t) => {
  for (const [where, options, told] of [['Chromium', {}, false], ['an iPhone', IPHONE, true]]) {
    const session = await openApp(env.browser, `${env.server.baseUrl}?view=shortlist`, options);
    t.after(() => session.close());
    const { page } = session;
    const where_ = page.getByText('Kept in this browser only.');
    await waitFor(where_, `${where}: the shortlist says where it is kept`);
    const line = page.getByText(/^This browser deletes it after 7 days without a visit/);
    assert.equal(await line.isVisible(), told, `${where}: ${told ? 'and how to keep it' : 'and nothing more'}`);
  }
});

test('a shortlist deleted with the site’s data comes back from its link, the merge saying how many sessions it restores', async (t) => {
  const session = await openApp(env.browser, env.server.baseUrl, IPHONE);
  t.after(() => session.close());
  const { page, context } = session;
  await add(page, first);
  await add(page, second);
  await page.goto(`${env.server.baseUrl}?view=shortlist`);
  const link = await page.getByRole('textbox', { name: 'Link to your shortlist', exact: true }).inputValue();
  assert.match(link, /\?shared=/, 'the shortlist’s link');

  // Seven days later, Safari has deleted everything the site kept.
  await page.evaluate(() => localStorage.clear());
  await context.clearCookies();
  await page.goto(`${env.server.baseUrl}?view=shortlist`);
  await waitFor(page.getByText('Use “Add to my shortlist” on any session to keep it here.', { exact: false }), 'the shortlist is empty');

  await page.goto(link);
  await clickWhenStill(page.getByRole('button', { name: 'Add these to my shortlist', exact: true }));
  await waitFor(page.getByRole('status').filter({ hasText: 'Added 2 sessions to your shortlist.' }), 'the merge says how many it restores');
  await page.goto(`${env.server.baseUrl}?view=shortlist`);
  await waitFor(page.getByText('2 sessions on your shortlist.', { exact: true }), 'and the shortlist has them again');
  assertClean(session, 'restoring a shortlist from its link');
});
