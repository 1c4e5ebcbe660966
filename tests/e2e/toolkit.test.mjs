// The toolkit: the published resources on every topic, from the data file's [[resources]].
//  - Reached from the header on every screen size; grouped by topic in the data's order, each
//    resource with its title, publisher, date (or that its page shows none), description and any
//    note, its link opening in a new tab with rel="noopener noreferrer"; nothing is fetched from
//    the resources' sites.
//  - Narrowed by the topic filter and search, in the address (bookmarkable, back and forward).
//  - From a session: "Resources on <topic>"; from a programme filtered by topic: how many
//    resources it has, with a link to them.
//  - Without JavaScript (its own page, with a section per topic), offline after one visit, in an
//    embed (data-view="toolkit"), on paper (addresses written out), and accessible (axe, keyboard,
//    320 px).
// (E2E_DIST=/some/dist points it at another build; E2E_PREFIX=/some/path/ serves it under a sub-path.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  VIEWPORTS,
  assertClean,
  axe,
  expectH1,
  fold,
  formatViolations,
  listedSessions,
  normalise,
  openApp,
  overflowReport,
  param,
  poll,
  readProgramme,
  serveDistForTests,
} from '../support/harness.mjs';

const programme = readProgramme();
const resources = programme.resources ?? [];
const topics = programme.topics ?? [];
const sessions = listedSessions(programme);
const env = serveDistForTests();

const on = (topic) => resources.filter((r) => r.topics.includes(topic.slug));
/** The topic with the most resources, and a session that has it. */
const TOPIC = [...topics].sort((a, b) => on(b).length - on(a).length)[0];
const SESSION = sessions.find((s) => (s.topics ?? []).includes(TOPIC.slug));
/** Everything a resource is found by (src/programme/toolkit.rs), folded as the app folds. */
const findable = (r) => ` ${[r.title, r.publisher, r.date, r.description, r.note, ...r.topics.map((t) => topics.find((x) => x.slug === t)?.label)].filter(Boolean).map(fold).join(' ')} `;
/** A word of a resource title that finds some resources but not all. */
const WORD = (() => {
  for (const r of resources) {
    for (const w of fold(r.title).split(' ').filter((w) => /^[a-z]{5,}$/.test(w))) {
      const n = resources.filter((x) => findable(x).includes(` ${w}`)).length;
      if (n > 1 && n < resources.length / 2) return w;
    }
  }
  throw new Error('no title word finds a few resources');
})();

async function open(t, query = '', options = {}) {
  const session = await openApp(env.browser, env.server.baseUrl + query, options);
  t.after(session.close);
  session.page.setDefaultTimeout(10_000);
  return session;
}

/** The slugs of the resources shown, once each, in page order. */
const shownResources = (page) =>
  page.locator('main article[data-resource]:visible').evaluateAll((items) => [...new Set(items.map((a) => a.dataset.resource))]);
/** The topics whose sections are shown. */
const shownTopics = (page) => page.locator('main section[data-toolkit-section]:visible').evaluateAll((s) => s.map((x) => x.dataset.toolkitSection));

test('the toolkit, from the header: every resource by topic, where it comes from, and links that open in a new tab', async (t) => {
  for (const [name, options] of [['desktop', VIEWPORTS.desktop], ['320 px', VIEWPORTS.narrow320]]) {
    const session = await open(t, '', options);
    const { page } = session;
    await expectH1(page, 'Programme');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Toolkit', exact: true }).click();
    await expectH1(page, 'Toolkit');
    assert.equal(param(page.url(), 'view'), 'toolkit', `${name}: the toolkit has its own address`);
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Toolkit', exact: true }).getAttribute('aria-current'), 'page');
    const expectedTopics = topics.filter((x) => on(x).length > 0).map((x) => x.slug);
    assert.deepEqual(await shownTopics(page), expectedTopics, `${name}: one section per topic, in the data's order`);
    assert.equal(normalise(await page.locator('[data-result-count]').innerText()), `${resources.length} resources`);
    const o = await overflowReport(page);
    assert.ok(o.scrollWidth <= o.width, `${name}: no sideways scrolling (${o.culprits.join(', ')})`);
    assertClean(session, `the toolkit, ${name}`);
  }

  const { page } = await open(t, '?view=toolkit');
  await expectH1(page, 'Toolkit');
  for (const topic of topics.filter((x) => on(x).length > 0)) {
    const section = page.locator(`main section[data-toolkit-section="${topic.slug}"]`);
    assert.equal(normalise(await section.locator('h2').innerText()), topic.label);
    assert.deepEqual(await section.locator('article[data-resource]').evaluateAll((a) => a.map((x) => x.dataset.resource)), on(topic).map((r) => r.slug), `${topic.label}: its resources, in the data's order`);
  }
  for (const r of resources) {
    const item = page.locator(`main article[data-resource="${r.slug}"]`).first();
    const link = item.getByRole('link', { name: `${r.title} (opens in a new tab)`, exact: true });
    assert.equal(await link.getAttribute('href'), r.link, `${r.slug}: links to its address`);
    assert.equal(await link.getAttribute('target'), '_blank', `${r.slug}: in a new tab`);
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer', `${r.slug}: with rel="noopener noreferrer"`);
    const text = normalise(await item.textContent());
    for (const part of [r.publisher, r.date ?? 'no date on its page', r.description, r.note].filter(Boolean)) {
      assert.ok(text.includes(normalise(part)), `${r.slug}: shows "${part}"`);
    }
  }
});

test('narrowed by a topic and a search, the toolkit is an address: reloaded, and back and forward, it is the same', async (t) => {
  const session = await open(t, '?view=toolkit');
  const { page } = session;
  await expectH1(page, 'Toolkit');
  await page.getByRole('checkbox', { name: TOPIC.label, exact: true }).check();
  await poll(() => page.url(), (url) => param(url, 'topic') === TOPIC.slug);
  assert.deepEqual(await shownTopics(page), [TOPIC.slug], 'only the chosen topic is shown');
  assert.deepEqual(await shownResources(page), on(TOPIC).map((r) => r.slug), 'with all its resources');
  assert.equal(normalise(await page.locator('[data-result-count]').innerText()), `${on(TOPIC).length} of ${resources.length} resources`);

  await page.getByRole('checkbox', { name: TOPIC.label, exact: true }).uncheck();
  await page.getByRole('searchbox', { name: 'Search' }).fill(WORD);
  await poll(() => page.url(), (url) => param(url, 'q') === WORD && param(url, 'topic') === null);
  const found = resources.filter((r) => findable(r).includes(` ${WORD}`)).map((r) => r.slug);
  await poll(() => shownResources(page), (slugs) => slugs.length === found.length);
  assert.deepEqual([...(await shownResources(page))].sort(), [...found].sort(), `"${WORD}" finds the resources that hold it`);

  await page.reload();
  await expectH1(page, 'Toolkit');
  await poll(() => shownResources(page), (slugs) => slugs.length === found.length);
  assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), WORD, 'a reload keeps the search');

  // Back past the search and the unticking, to the topic ticked.
  await page.goBack();
  await page.goBack();
  await poll(() => page.url(), (url) => param(url, 'topic') === TOPIC.slug);
  await poll(() => shownTopics(page), (shown) => shown.length === 1);
  assert.deepEqual(await shownTopics(page), [TOPIC.slug], 'back returns to the topic chosen');
  assertClean(session, 'narrowing the toolkit');
});

test('from a session, its topics’ resources; from the programme narrowed by a topic, how many the toolkit has', async (t) => {
  const session = await open(t, `?session=${SESSION.slug}`);
  const { page } = session;
  await expectH1(page, SESSION.title);
  const section = page.locator('main section').filter({ has: page.getByRole('heading', { name: `Resources on ${TOPIC.label}`, exact: true }) });
  assert.deepEqual(await section.locator('article[data-resource]').evaluateAll((a) => a.map((x) => x.dataset.resource)), on(TOPIC).map((r) => r.slug), 'the session lists the resources on its topic');
  await section.getByRole('link', { name: new RegExp(`^The toolkit on ${TOPIC.label.replace(/[()]/g, '\\$&')}`) }).click();
  await expectH1(page, 'Toolkit');
  assert.equal(param(page.url(), 'topic'), TOPIC.slug, 'and leads to the toolkit narrowed to it');

  await page.goto(`${env.server.baseUrl}?topic=${TOPIC.slug}`);
  await expectH1(page, 'Programme');
  const line = page.locator('main [data-toolkit-line]:visible');
  assert.equal(await line.count(), 1, 'the programme narrowed by a topic says how many resources it has');
  assert.equal(normalise(await line.innerText()), `${on(TOPIC).length} resources on ${TOPIC.label} in the toolkit`);
  await line.getByRole('link').click();
  await expectH1(page, 'Toolkit');
  assert.deepEqual(await shownTopics(page), [TOPIC.slug], 'and links to them');
  await page.goto(env.server.baseUrl);
  await expectH1(page, 'Programme');
  assert.equal(await page.locator('main [data-toolkit-line]:visible').count(), 0, 'with no topic chosen it says nothing');
  assertClean(session, 'from sessions and the programme to the toolkit');
});

test('without JavaScript the toolkit is a page of its own, with a section for each topic', async (t) => {
  const context = await env.browser.newContext({ ...VIEWPORTS.pixel5, javaScriptEnabled: false });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(`${env.server.baseUrl}session-${SESSION.slug}.html`);
  await page.getByRole('link', { name: new RegExp(`^The toolkit on`) }).first().click();
  await page.waitForURL(/toolkit\.html#resources-/);
  assert.equal(normalise(await page.locator('main h1').innerText()), 'Toolkit');
  const target = await page.evaluate(() => decodeURIComponent(location.hash.slice(1)));
  assert.equal(await page.locator(`#${target}`).isVisible(), true, 'the topic’s section is there to be scrolled to');
  assert.equal(await page.locator('main article[data-resource]').evaluateAll((a) => new Set(a.map((x) => x.dataset.resource)).size), resources.length, 'every resource can be read');
  assert.equal(await page.locator('[data-filter-panel]').isVisible(), false, 'the filters, which need the app, are not shown dead');
});

test('the toolkit works offline after one visit, and prints as a clean list with its addresses', async (t) => {
  const session = await open(t);
  const { page, context } = session;
  await expectH1(page, 'Programme');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  await context.setOffline(true);
  await page.goto(`${env.server.baseUrl}?view=toolkit&topic=${TOPIC.slug}`);
  await expectH1(page, 'Toolkit');
  assert.deepEqual(await shownResources(page), on(TOPIC).map((r) => r.slug), 'offline, the toolkit opens narrowed to the topic');
  await context.setOffline(false);

  await page.goto(`${env.server.baseUrl}?view=toolkit`);
  await expectH1(page, 'Toolkit');
  const dir = mkdtempSync(path.join(tmpdir(), 'toolkit-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'toolkit.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = normalise(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).replace(/[\s-]/g, '');
  for (const r of resources) {
    assert.ok(text.includes(r.title.replace(/[\s-]/g, '')) && text.includes(r.link.replace(/[\s-]/g, '')), `${r.slug}: printed with its address`);
  }
  for (const words of ['Clearallfilters', `Show${resources.length}resources`, 'opensinanewtab', 'Skiptomaincontent']) {
    assert.ok(!text.includes(words), `the printout has no "${words}"`);
  }
});

test('embedded with data-view="toolkit", a member’s page shows the toolkit', async (t) => {
  const host = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Member</title><h1>Our resources</h1><script src="${env.server.baseUrl}embed.js" data-view="toolkit" data-topic="${TOPIC.slug}"></script>`);
  });
  await new Promise((r) => host.listen(0, 'localhost', r));
  t.after(() => new Promise((r) => host.close(r)));
  const session = await openApp(env.browser, `http://localhost:${host.address().port}/`, { waitForReady: false });
  t.after(session.close);
  const frame = session.page.frameLocator('iframe');
  await frame.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 20_000 });
  await frame.getByRole('heading', { level: 1, name: 'Toolkit' }).waitFor();
  const slugs = await frame.locator('main article[data-resource]:visible').evaluateAll((items) => [...new Set(items.map((a) => a.dataset.resource))]);
  assert.deepEqual(slugs, on(TOPIC).map((r) => r.slug), 'the frame shows the toolkit on the chosen topic');
  const requests = session.requests.filter((u) => !/^(data|blob|about):/.test(u)).map((u) => new URL(u).origin);
  assert.deepEqual([...new Set(requests)].sort(), [`http://localhost:${host.address().port}`, env.server.origin].sort(), 'nothing is fetched from the resources’ sites');
});

test('axe-core finds no violations in the toolkit, light and dark; the keyboard reaches the search, a topic and a resource', async (t) => {
  for (const colorScheme of ['light', 'dark']) {
    const { page } = await open(t, `?view=toolkit&topic=${TOPIC.slug}`, { colorScheme });
    await expectH1(page, 'Toolkit');
    const violations = await axe(page);
    assert.deepEqual(violations, [], `axe, ${colorScheme}:\n${formatViolations(violations)}`);
  }
  const { page } = await open(t, '?view=toolkit');
  await expectH1(page, 'Toolkit');
  const reached = [];
  for (let i = 0; i < 40 && reached.length < 3; i++) {
    await page.keyboard.press('Tab');
    const what = await page.evaluate(() => {
      const e = document.activeElement;
      if (e?.id === 'search') return 'search';
      if (e?.type === 'checkbox') return 'topic';
      if (e?.closest('article[data-resource]')) return 'resource';
      return null;
    });
    if (what && !reached.includes(what)) reached.push(what);
  }
  assert.deepEqual(reached.sort(), ['resource', 'search', 'topic'], 'Tab reaches the search box, a topic and a resource');
});
