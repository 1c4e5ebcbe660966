// One app build for every programme: the app build `trunk build --release` kept (target/app),
// published with a second, made-up series (tests/fixtures/second-series.toml: other
// organisations and topics, sessions on both sides of a change of the clocks) by the publishing
// step alone, serving the very same WebAssembly file, and the main journeys against it: its
// sessions, its topic filter in the address, times in BST and GMT (and a viewer's own), a
// shortlist across a reload, offline after one visit. Also: the WebAssembly holds no text of
// either series.
//
// Run after `trunk build --release`:  node --test tests/e2e/series.test.mjs
// (E2E_APP=/some/app-build publishes another app build.)

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DIST,
  REPO,
  assertClean,
  expectH1,
  launchBrowser,
  listedSessions,
  openApp,
  readProgramme,
  startServer,
  untilInPage,
  waitFor,
  waitForApp,
  workerFiles,
} from '../support/harness.mjs';

const APP_BUILD = process.env.E2E_APP || path.join(REPO, 'target', 'app');
const SERIES_FILE = path.join(REPO, 'tests', 'fixtures', 'second-series.toml');
const series = readProgramme(SERIES_FILE);
const sessions = listedSessions(series);
const bundled = readProgramme();

const env = {};
before(async () => {
  assert.ok(existsSync(path.join(APP_BUILD, 'index.html')), `${APP_BUILD} has no app build: run trunk build --release first`);
  env.site = mkdtempSync(path.join(os.tmpdir(), 'guide-series-'));
  execFileSync('bash', [path.join(REPO, '.ci', 'publish'), SERIES_FILE, '--app', APP_BUILD, '--out', env.site], { stdio: 'pipe' });
  env.server = await startServer({ root: env.site });
  env.browser = await launchBrowser();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
  if (env.site) rmSync(env.site, { recursive: true, force: true });
});

/** The app's files in a published site: its hashed assets. */
const assets = (site) => readdirSync(path.join(site, 'assets')).sort();

/** The titles of the session cards shown. */
const shownTitles = (page) => page.locator('main [data-session]:visible h3').allInnerTexts();

test('the second series is published with the very same app: the same wasm, glue and styles, byte for byte', () => {
  assert.deepEqual(assets(env.site), assets(DIST), 'the same hashed file names as the bundled programme’s site');
  for (const file of assets(DIST)) {
    assert.ok(readFileSync(path.join(env.site, 'assets', file)).equals(readFileSync(path.join(DIST, 'assets', file))), `assets/${file} is the same file`);
  }
});

test('the WebAssembly holds no text of any series: titles, sessions, organisations, topics', () => {
  const wasm = readdirSync(path.join(DIST, 'assets')).find((f) => f.endsWith('.wasm'));
  const bytes = readFileSync(path.join(DIST, 'assets', wasm)).toString('latin1');
  const texts = (p) => [p.series.title, ...p.sessions.map((s) => s.title), ...p.organisations.map((o) => o.name), ...p.topics.map((t) => t.label)];
  const found = [...texts(bundled), ...texts(series)].filter((text) => bytes.includes(Buffer.from(text, 'utf8').toString('latin1')));
  assert.deepEqual(found, [], 'none of these texts is compiled into the app');
});

test('its programme: every session in date order, its title in the header and the page’s title, the next one marked', async () => {
  const session = await openApp(env.browser, env.server.baseUrl);
  const { page } = session;
  await expectH1(page, 'Programme');
  assert.deepEqual(await shownTitles(page), sessions.map((s) => s.title), 'its sessions, in date order');
  assert.equal(await page.title(), `Programme — ${series.series.title}`);
  await waitFor(page.getByRole('banner').getByText(series.series.title, { exact: true }), 'the header names the series');
  const count = page.locator('main').getByRole('status').filter({ hasText: /sessions$/ });
  assert.equal(await count.first().innerText(), `${sessions.length} sessions`);
  // The first session that has not started at this visit is marked, and no other.
  const upcoming = sessions.find((s) => Date.parse(s.start) > Date.now());
  const marked = await page.locator('main [data-session]').evaluateAll((cards) =>
    cards.filter((c) => c.querySelector('[data-next-label]')?.checkVisibility()).map((c) => c.dataset.session),
  );
  assert.deepEqual(marked, upcoming ? [upcoming.slug] : [], 'the next session is marked');
  for (const name of series.organisations.map((o) => o.name)) {
    await waitFor(page.getByRole('checkbox', { name, exact: true }), `its organisation "${name}" is an option`);
  }
  assertClean(session, 'the second series’ programme');
  await session.close();
});

test('its topic filter in the address, kept across a reload', async () => {
  const topic = series.topics.find((t) => t.slug === 'housing-rights');
  const expected = sessions.filter((s) => s.topics.includes(topic.slug)).map((s) => s.title);
  const session = await openApp(env.browser, `${env.server.baseUrl}?topic=${topic.slug}`);
  const { page } = session;
  assert.deepEqual(await shownTitles(page), expected, `only the sessions on ${topic.label}`);
  assert.equal(await page.getByRole('checkbox', { name: topic.label, exact: true }).isChecked(), true, 'its option is ticked');
  await page.getByRole('checkbox', { name: 'Language classes', exact: true }).check();
  await page.waitForURL((url) => url.searchParams.get('topic') === 'housing-rights,language-classes');
  await page.reload();
  await waitForApp(session);
  const both = sessions.filter((s) => s.topics.some((t) => ['housing-rights', 'language-classes'].includes(t))).map((s) => s.title);
  assert.deepEqual(await shownTitles(page), both, 'after a reload, both topics still narrow the list');
  assertClean(session, 'a topic of the second series in the address');
  await session.close();
});

test('times on both sides of a change of the clocks: GMT, BST, and a viewer’s own in New York', async () => {
  const expected = {
    'finding-a-home': ['18:30–20:00 GMT', 'Your time (UTC−4): 14:30–16:00'],
    'first-words': ['18:30–20:00 BST', 'Your time (UTC−4): 13:30–15:00'],
    'winter-shelter': ['18:30–20:00 BST', 'Your time (UTC−4): 13:30–15:00'],
    // Back on GMT while New York keeps summer time until 7 November.
    'conversation-club': ['18:30–20:00 GMT', 'Your time (UTC−4): 14:30–16:00'],
  };
  const session = await openApp(env.browser, env.server.baseUrl, { timezoneId: 'America/New_York' });
  const { page } = session;
  for (const [slug, [uk, own]] of Object.entries(expected)) {
    const card = page.locator(`main [data-session="${slug}"]`);
    assert.equal(await card.getByText(uk, { exact: true }).count(), 1, `${slug}: in UK time, "${uk}"`);
    await waitFor(card.getByText(own, { exact: true }), `${slug}: "${own}"`);
  }
  assertClean(session, 'times of the second series');
  await session.close();
});

test('a shortlist across a reload, and offline after one visit', async () => {
  const session = await openApp(env.browser, env.server.baseUrl);
  const { page, context } = session;
  const chosen = sessions[2];
  await page.getByRole('button', { name: `Add ${chosen.title} to my shortlist` }).click();
  await waitFor(page.getByRole('link', { name: 'My shortlist (1)' }), 'the header counts it');
  await page.reload();
  await waitForApp(session);
  await waitFor(page.getByRole('button', { name: `Remove ${chosen.title} from my shortlist` }), 'after a reload it is still shortlisted');

  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  // Kept for offline use: every file sw.js lists (the folder's address among them).
  const listed = workerFiles(readFileSync(path.join(env.site, 'sw.js'), 'utf8')).length;
  const kept = async (count) => {
    const keys = await caches.keys();
    return keys.length === 1 && (await (await caches.open(keys[0])).keys()).length >= count;
  };
  await untilInPage(page, kept, listed, 'after one visit, every file is kept for offline use');
  await context.setOffline(true);
  await page.goto(`${env.server.baseUrl}?view=shortlist`);
  await expectH1(page, 'My shortlist');
  assert.deepEqual(await shownTitles(page), [chosen.title], 'offline, My shortlist shows the session');
  await page.goto(`${env.server.baseUrl}?session=${sessions[1].slug}`);
  await expectH1(page, sessions[1].title);
  await context.setOffline(false);
  assertClean(session, 'the second series’ shortlist, offline');
  await session.close();
});
