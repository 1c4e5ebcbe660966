// The pages written at build time (src/publish/prerender.rs), and the app adopting them:
//  - Without JavaScript the programme is complete and readable, the controls that need the app
//    are left out, "Add to calendar" downloads the session's file, every session's title leads to
//    a readable page of its details and back, and About is a page of its own.
//  - Before the WebAssembly has arrived, the programme is on screen; the controls only the app can
//    work (shortlist, the phone's "Filters") are not offered, "Add to calendar" already works, and
//    what the person types into search or ticks is kept when the app starts, on a phone and on a
//    desktop.
//  - The app adopts the written page (the same elements, not a copy), and nothing moves when it
//    starts, for a viewer in UK time and for one elsewhere (whose own times it fills in).
//  - The largest contentful paint is the written page's.
// (E2E_DIST=/some/dist points it at another build; E2E_PREFIX=/some/path/ serves it under a sub-path.)

import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS,
  appReady,
  assertClean,
  axe,
  clickWhenStill,
  fold,
  formatViolations,
  listedSessions,
  normalise,
  openApp,
  param,
  poll,
  readProgramme,
  searchableText,
  serveDistForTests,
} from '../support/harness.mjs';

const programme = readProgramme();
const sessions = listedSessions(programme);
const env = serveDistForTests();

/** A word of a title that finds some sessions but not all, and the sessions it finds. */
const SEARCH = (() => {
  for (const s of sessions) {
    for (const word of fold(s.title).split(' ').filter((w) => /^[a-z]{3,}$/.test(w))) {
      const found = sessions.filter((x) => searchableText(x, programme).includes(` ${word}`));
      if (found.length > 1 && found.length < sessions.length / 2) return { word, slugs: found.map((x) => x.slug) };
    }
  }
  throw new Error('no title word finds a few sessions');
})();
/** A topic that some sessions have, and not all. */
const TOPIC = (programme.topics ?? []).find((t) => {
  const n = sessions.filter((s) => (s.topics ?? []).includes(t.slug)).length;
  return n > 0 && n < sessions.length;
});

/** A browser context in which no script runs, closed when test `t` ends. */
async function withoutJavaScript(t, options = VIEWPORTS.desktop) {
  const context = await env.browser.newContext({ ...options, javaScriptEnabled: false, acceptDownloads: true });
  t.after(() => context.close().catch(() => {}));
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  return { page: await context.newPage(), requests };
}

/**
 * Checks that the "Add to calendar" link on the card of session `s` downloads `<slug>.ics`, with
 * the session's event, on `page` as it is (`when` says how, for the messages).
 */
async function assertCalendarDownload(page, s, when) {
  const link = page.locator(`main [data-session="${s.slug}"]`).getByRole('link', { name: `Add to calendar: ${s.title}`, exact: true });
  assert.equal(await link.isVisible(), true, `${when}: "Add to calendar" is offered`);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), link.click()]);
  assert.equal(download.suggestedFilename(), `${s.slug}.ics`, `${when}: the file is named after the session`);
  const text = readFileSync(await download.path(), 'utf8');
  assert.match(text, new RegExp(`^UID:${s.slug}@`, 'm'), `${when}: the file holds the session's event`);
  assert.equal(text.match(/^BEGIN:VEVENT/gm)?.length, 1, `${when}: and only that one`);
}

/**
 * The app at `query` with its WebAssembly held back until `release()` is called: what a phone on
 * a slow connection shows first. Closed when test `t` ends.
 */
async function withTheAppHeldBack(t, options, query = '') {
  const session = await openApp(env.browser, 'about:blank', { ...options, waitForReady: false });
  t.after(session.close);
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await session.context.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  await session.page.goto(env.server.baseUrl + query, { waitUntil: 'domcontentloaded' });
  await session.page.locator('article[data-session]').first().waitFor({ state: 'visible', timeout: 10_000 });
  return { ...session, release };
}

// textContent: a long programme's cards far down are not laid out (content-visibility).
const cardTitles = (page) => page.locator('article[data-session] h3').allTextContents().then((t) => t.map(normalise));
/** The slugs of the cards shown. */
const shownSlugs = (page) => page.locator('article[data-session]:visible').evaluateAll((cards) => cards.map((c) => c.dataset.session));

for (const [name, options] of [['desktop', VIEWPORTS.desktop], ['Pixel 5', VIEWPORTS.pixel5]]) {
  test(`${name}, without JavaScript: the whole programme, each session's page and About can be read`, async (t) => {
    const { page, requests } = await withoutJavaScript(t, options);
    await page.goto(env.server.baseUrl);
    assert.equal(normalise(await page.locator('main h1').innerText()), 'Programme', 'the programme heading shows');
    assert.deepEqual(await cardTitles(page), sessions.map((s) => normalise(s.title)), 'every session is listed, in date order');
    assert.match(normalise(await page.locator('main').innerText()), /need JavaScript, which is off in this browser/, 'the page says what needs JavaScript');
    for (const control of ['[data-filter-panel]', '[data-shortlist]']) {
      assert.equal(await page.locator(control).first().isVisible(), false, `${control} (which needs the app) is not shown dead`);
    }
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.equal(await nav.getByRole('link', { name: /My shortlist/ }).isVisible(), false, 'My shortlist (which needs the app) is not offered');
    // "Subscribe" opens without JavaScript too (a <details>).
    await page.getByText('Subscribe', { exact: true }).click();
    assert.equal(await page.getByRole('link', { name: /^Subscribe to the whole programme$/ }).isVisible(), true, 'the calendar feed link works without JavaScript');
    await assertCalendarDownload(page, sessions[0], 'without JavaScript');

    // A session far down: its title leads to its page, which leads back.
    const s = sessions[sessions.length - 2];
    await clickWhenStill(page.getByRole('link', { name: s.title, exact: true }));
    await page.waitForURL(/session-[^/]+\.html$/);
    assert.equal(normalise(await page.locator('main h1').innerText()), normalise(s.title), 'the session’s page shows its title');
    assert.ok((await page.title()).startsWith(s.title), `the tab is titled after the session ("${await page.title()}")`);
    const text = normalise(await page.locator('main').innerText());
    const firstWords = normalise(s.description).split(' ').slice(0, 8).join(' ');
    assert.ok(text.includes(firstWords), `the page has the session's full description ("${firstWords}…")`);
    assert.equal(await page.locator('[data-shortlist]').isVisible(), false, 'a session’s own page offers no shortlist button it cannot work');
    assert.equal(await page.getByText('Add to calendar', { exact: true }).isVisible(), true, 'but offers its calendar file');
    await page.getByRole('link', { name: /Back to the programme$/ }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/'));
    assert.equal(normalise(await page.locator('main h1').innerText()), 'Programme', 'and back to the programme');

    // About is a page of its own, reached from the navigation.
    await nav.getByRole('link', { name: 'About', exact: true }).click();
    await page.waitForURL(/about\.html$/);
    assert.equal(normalise(await page.locator('main h1').innerText()), 'About the series', 'the About page shows');
    assert.ok(normalise(await page.locator('main').innerText()).includes(normalise(programme.series.full_title)), 'with the series described');
    assert.equal(await nav.getByRole('link', { name: 'About', exact: true }).getAttribute('aria-current'), 'page', 'About is marked as the current page');

    const origin = new URL(env.server.baseUrl).origin;
    assert.deepEqual([...new Set(requests.filter((u) => new URL(u).origin !== origin))], [], 'no request leaves the app’s origin');
  });
}

test('before the WebAssembly arrives: the programme is on screen, the controls only the app can work are not offered, and "Add to calendar" works', async (t) => {
  const { page } = await withTheAppHeldBack(t, VIEWPORTS.pixel5);
  assert.equal(normalise(await page.locator('main h1').innerText()), 'Programme');
  assert.equal(await page.locator('article[data-session]').count(), sessions.length, 'every session is on screen before the app runs');
  assert.equal(await page.locator('html[data-app="ready"]').count(), 0, 'and the app is indeed not running');
  assert.equal(await page.getByRole('searchbox', { name: 'Search' }).isVisible(), true, 'Search can be used at once');
  const first = page.locator('article[data-session]').first();
  assert.equal(await first.getByRole('button', { name: /to my shortlist$/ }).isVisible(), false, 'no shortlist button is offered yet');
  assert.equal(await page.getByRole('button', { name: 'Filters' }).isVisible(), false, 'the phone’s "Filters" button (which opens the options) is not offered yet');
  await assertCalendarDownload(page, sessions[0], 'before the app has started');
  assert.equal(await page.locator('html[data-app="ready"]').count(), 0, 'and the app had not started');
});

test('Pixel 5: what is typed into Search before the WebAssembly arrives is kept, and the list follows it', async (t) => {
  const session = await withTheAppHeldBack(t, VIEWPORTS.pixel5);
  const { page } = session;
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.tap();
  await page.keyboard.type(SEARCH.word.toUpperCase(), { delay: 30 });
  assert.equal(await page.locator('html[data-app="ready"]').count(), 0, 'the app has not started while typing');

  session.release();
  await appReady(page);
  assert.equal(await search.inputValue(), SEARCH.word.toUpperCase(), 'the field keeps the text typed before the app started');
  await poll(() => shownSlugs(page), (slugs) => slugs.length === SEARCH.slugs.length);
  assert.deepEqual(await shownSlugs(page), SEARCH.slugs, `the list shows just the sessions "${SEARCH.word}" finds`);
  assert.equal(param(page.url(), 'q'), SEARCH.word.toUpperCase(), 'the search is in the address');
  assert.equal(normalise(await page.locator('[data-result-count]').innerText()), `${SEARCH.slugs.length} of ${sessions.length} sessions`, 'the count says so');
  // Typing on carries on from there.
  await search.press('End');
  await page.keyboard.type('zzzz');
  await poll(() => shownSlugs(page), (slugs) => slugs.length === 0);
  assert.equal(param(page.url(), 'q'), `${SEARCH.word.toUpperCase()}zzzz`, 'and what is typed after the app started follows on');
  const first = page.locator('article[data-session]').first();
  assert.equal(await first.getByRole('button', { name: /to my shortlist$/ }).isVisible({ timeout: 0 }), false, 'hidden cards stay hidden');
  assertClean(session, 'typing before and after the app started');
});

test('desktop: a topic ticked and a search typed before the WebAssembly arrives are both kept, added to what the address asked for', async (t) => {
  const other = (programme.topics ?? []).find((x) => x.slug !== TOPIC.slug && sessions.some((s) => (s.topics ?? []).includes(x.slug)));
  const session = await withTheAppHeldBack(t, VIEWPORTS.desktop, `?topic=${other.slug}`);
  const { page } = session;
  await page.getByRole('checkbox', { name: TOPIC.label, exact: true }).check();
  await page.getByRole('searchbox', { name: 'Search' }).fill(SEARCH.word);

  session.release();
  await appReady(page);
  await poll(() => page.url(), (url) => param(url, 'q') !== null);
  const url = new URL(page.url());
  assert.deepEqual(url.searchParams.get('topic')?.split(',').sort(), [TOPIC.slug, other.slug].sort(), 'the ticked topic joins the one the address chose');
  assert.equal(url.searchParams.get('q'), SEARCH.word, 'the search typed is in the address');
  for (const topic of [TOPIC, other]) {
    assert.equal(await page.getByRole('checkbox', { name: topic.label, exact: true }).isChecked(), true, `"${topic.label}" is ticked`);
  }
  const expected = sessions
    .filter((s) => (s.topics ?? []).some((x) => x === TOPIC.slug || x === other.slug))
    .filter((s) => searchableText(s, programme).includes(` ${fold(SEARCH.word)}`))
    .map((s) => s.slug);
  await poll(() => shownSlugs(page), (slugs) => slugs.length === expected.length);
  assert.deepEqual(await shownSlugs(page), expected, 'the list is narrowed by both');
  assertClean(session, 'ticking and typing before the app started');
});

test('the app adopts the written page: the same elements, with nothing built again', async (t) => {
  const session = await withTheAppHeldBack(t, VIEWPORTS.desktop);
  const { page } = session;
  await page.evaluate(() => {
    for (const selector of ['main [data-view]', 'article[data-session]', '#search', '[data-site-header]']) {
      document.querySelector(selector).__written = true;
    }
  });
  session.release();
  await appReady(page);
  const kept = await page.evaluate(() =>
    ['main [data-view]', 'article[data-session]', '#search', '[data-site-header]'].map((selector) => [selector, document.querySelector(selector).__written === true]),
  );
  assert.deepEqual(kept, kept.map(([selector]) => [selector, true]), 'each written element is still the one in the page');
  assert.equal(await page.locator('main').count(), 1, 'one main');
  assert.equal(await page.locator('article[data-session]').count(), sessions.length, 'every session once');
  assertClean(session, 'the app adopting the page');
});

for (const [name, options] of [['desktop', VIEWPORTS.desktop], ['Pixel 5', VIEWPORTS.pixel5]]) {
  for (const timezoneId of ['Europe/London', 'America/New_York']) {
    test(`${name}, a viewer in ${timezoneId}: when the app starts, nothing on the page moves`, async (t) => {
      const session = await openApp(env.browser, 'about:blank', { ...options, timezoneId, waitForReady: false });
      t.after(session.close);
      await session.context.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__shifts.push({ value: entry.value, at: Math.round(entry.startTime) });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const { page } = session;
      await page.goto(env.server.baseUrl);
      await appReady(page);
      await page.waitForTimeout(500);
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift from first paint to the running app');
      // A viewer elsewhere sees each timed session in their own time too, filled in by the app.
      const timed = sessions.filter((s) => s.time_known !== false).length;
      const own = await page.locator('article[data-session] [data-viewer-time]').evaluateAll((lines) => lines.filter((l) => l.textContent.startsWith('Your time')).length);
      assert.equal(own, timezoneId === 'Europe/London' ? 0 : timed, 'the viewer’s own times are shown when they are elsewhere');
      assertClean(session, 'the app starting');
    });
  }
}

test('a viewer whose clock keeps UK time (Lisbon) is not shown their own times; one in New York is, with the day flagged', async (t) => {
  for (const [timezoneId, expected] of [['Europe/Lisbon', null], ['America/New_York', /^Your time \(UTC−[45]\): \d\d:\d\d–\d\d:\d\d/]]) {
    const session = await openApp(env.browser, env.server.baseUrl, { timezoneId });
    t.after(session.close);
    const line = session.page.locator('article[data-session] [data-viewer-time]').first();
    if (expected) {
      assert.match(normalise(await line.textContent()), expected, `${timezoneId}: "${normalise(await line.textContent())}"`);
    } else {
      assert.equal(await line.isVisible(), false, `${timezoneId}: no second time`);
    }
  }
});

test('the largest paint is the written page, not anything the app does after the WebAssembly', async (t) => {
  // Chrome reports a paint as the Largest Contentful Paint only once its frame is on screen. The
  // app adopts the page rather than repainting it, so every report comes before it starts.
  const session = await openApp(env.browser, 'about:blank', { ...VIEWPORTS.pixel5, waitForReady: false });
  t.after(session.close);
  await session.context.addInitScript(() => {
    window.__paints = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__paints.push({ at: entry.startTime, size: entry.size });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new MutationObserver(() => {
      window.__ready ??= performance.now();
    }).observe(document, { subtree: true, attributeFilter: ['data-app'] });
  });
  const { page } = session;
  for (let load = 1; load <= 3; load++) {
    await page.goto(env.server.baseUrl);
    await appReady(page);
    await page.waitForTimeout(200);
    const { paints, ready } = await page.evaluate(() => ({ paints: window.__paints, ready: window.__ready }));
    assert.ok(paints.length > 0, `load ${load}: a largest contentful paint is reported`);
    const late = paints.filter((p) => p.at >= ready);
    assert.deepEqual(late, [], `load ${load}: every largest-paint report comes from before the app started at ${Math.round(ready)} ms (${JSON.stringify(paints)})`);
  }
  assertClean(session, 'three loads');
});

test('axe-core finds no violations on a session’s own page and the About page', async (t) => {
  for (const file of [`session-${sessions[0].slug}.html`, 'about.html']) {
    const session = await openApp(env.browser, `${env.server.baseUrl}${file}`, { waitForReady: false });
    t.after(session.close);
    await session.page.locator('main h1').waitFor();
    const violations = await axe(session.page);
    assert.deepEqual(violations, [], `axe-core violations on ${file}:\n${formatViolations(violations)}`);
    assertClean(session, file);
  }
});

test('the Embed page read without the app offers no code it cannot write, says where to get it, and passes axe-core', async (t) => {
  const { page } = await withoutJavaScript(t);
  await page.goto(`${env.server.baseUrl}embedding.html`);
  assert.equal(normalise(await page.locator('main h1').innerText()), 'Embed the programme on your website', 'the Embed page shows');
  for (const control of ['[data-embed-choices]', '[data-code]', '[data-embed-preview]']) {
    assert.equal(await page.locator(control).first().isVisible(), false, `${control} (which needs the app) is not shown dead`);
  }
  const link = page.getByRole('link', { name: 'open this page in the guide', exact: true });
  assert.equal(await link.isVisible(), true, 'the page says where the code is written');
  await link.click();
  await page.waitForURL((url) => url.searchParams.get('view') === 'embed');

  const session = await openApp(env.browser, `${env.server.baseUrl}embedding.html`, { waitForReady: false });
  t.after(session.close);
  await session.page.locator('main h1').waitFor();
  const violations = await axe(session.page);
  assert.deepEqual(violations, [], `axe-core violations on embedding.html:\n${formatViolations(violations)}`);
  assertClean(session, 'embedding.html');
});
