// End-to-end journeys for the installable, offline guide: the service worker (sw.js, written by
// src/publish/offline.rs) and the page's side of it (src/service_worker.rs, update_notice.rs).
//
//   1. Offline after one visit, at the domain root and under /some/path/ (and on a phone): the
//      cache holds every file sw.js lists, with the right content; offline, a reload and a new
//      page both render; shortlisting works offline and nothing is lost back online; nothing
//      reaches the server while offline.
//   2. Installable: the web app manifest, its relative start_url/scope, its icons (real PNGs of
//      the sizes it claims) under a sub-path.
//   3. A second deployment: the update notice appears, the old build keeps running whole until
//      the reader accepts, then the new build runs, the old cache is gone, the shortlist is kept.
//   4. Sad path: a service worker that cannot install (a file it lists is missing on the server)
//      leaves the app working online.
//   5. Sad path: a cache the browser has evicted is rebuilt on the next online visit.
//   1b. The worker is registered only once the app has started, so installing it never competes
//      with the start.
//   6. CSP and privacy: the meta CSP on every page of these journeys, no CSP violations or console
//      errors (assertClean), every request on the app's origin, and the _headers file.
//
// Run after `trunk build --release`:  node --test tests/e2e/offline.test.mjs
// (E2E_DIST=/some/dist points it at another build; E2E_APP at the app build that the update test
// publishes again, with one session's title changed, as a "second deployment".)

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  DIST,
  REPO,
  VIEWPORTS,
  assertClean,
  assertDistBuilt,
  clickWhenStill,
  describedWord,
  expectH1,
  listedSessions,
  DATA_FILE,
  workerFiles,
  launchBrowser,
  normalise,
  openApp,
  readProgramme,
  startServer,
  waitFor,
  waitForApp,
} from '../support/harness.mjs';

/** The post-build binary, run on a copy of dist/ to make a second deployment. */
/** The app build `trunk build --release` keeps, which `bash .ci/publish` publishes with a data file. */
const APP_BUILD = process.env.E2E_APP || path.join(REPO, 'target', 'app');

const KEY = 'sus-guide.v1.shortlist';
const SUB_PATH = '/some/path/';
const UPDATE_TEXT = 'A newer programme is available.';
const UPDATE_BUTTON = 'Load the newer programme';
const WAIT = 20_000;

// ---------------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------------

const programme = readProgramme();
const TOTAL = programme.sessions.length;
const bySlug = new Map(programme.sessions.map((s) => [s.slug, s]));
/** A word of some sessions' descriptions only: search fetches them, from the cache when offline. */
const DESCRIBED = describedWord(programme, listedSessions(programme));

/** The footer's date, worded as the app words it: "Sunday 22 November 2026". */
const FOOTER_TEXT = (() => {
  const day = new Date(`${String(programme.series.updated).slice(0, 10)}T12:00:00Z`);
  const part = (options) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options }).format(day);
  const long = `${part({ weekday: 'long' })} ${part({ day: 'numeric' })} ${part({ month: 'long' })} ${part({ year: 'numeric' })}`;
  return `Programme data last updated ${long}.`;
})();

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `read` until `ok(value)`, or fails with `message` and the last value after `timeout`. */
async function until(read, ok, message, timeout = WAIT) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) assert.fail(`${message} (after ${timeout / 1000} s; last seen: ${JSON.stringify(value)})`);
    await sleep(200);
  }
}

/** BUILD and FILES ({ path, sha256 }) of a sw.js text. */
function parseSw(text, where = 'sw.js') {
  const build = text.match(/const BUILD = "([0-9a-f]+)";/)?.[1];
  const block = text.match(/const FILES = \[([\s\S]*?)\n\];/)?.[1] ?? '';
  const files = workerFiles(block);
  assert.ok(build, `${where} names its build (const BUILD = "…")`);
  assert.ok(files.length > 0, `${where} lists the files it keeps for offline use (const FILES = [...])`);
  return { build, files };
}

/** The build and file list of the sw.js `server` serves. */
async function servedSw(server) {
  const response = await fetch(`${server.baseUrl}sw.js`);
  assert.equal(response.status, 200, 'sw.js is served next to index.html');
  return parseSw(await response.text());
}

/** The app's cache name for a scope and build (src/publish/service_worker.js). */
const cacheName = (scope, build) => `sus-guide ${scope} ${build}`;

/** Cache names the guide made for `scope`, read in the page. */
const guideCaches = (page, scope) =>
  page.evaluate(async (prefix) => (await caches.keys()).filter((k) => k.startsWith(prefix)), `sus-guide ${scope} `);

/**
 * What cache `name` holds of `files`: whether it exists, which files are missing, and which hold
 * content other than the SHA-256 sw.js lists (a file from another build). Never creates the cache.
 */
function cacheReport(page, scope, name, files) {
  return page.evaluate(
    async ({ scope, name, files }) => {
      if (!(await caches.keys()).includes(name)) return { exists: false, missing: files.map((f) => f.path), wrong: [] };
      const cache = await caches.open(name);
      const hex = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
      const missing = [];
      const wrong = [];
      for (const f of files) {
        const hit = await cache.match(new URL(f.path, scope).href);
        if (!hit) missing.push(f.path);
        else if (hex(await crypto.subtle.digest('SHA-256', await hit.arrayBuffer())) !== f.sha256) wrong.push(f.path);
      }
      return { exists: true, missing, wrong };
    },
    { scope, name, files },
  );
}

const complete = (r) => r.exists && r.missing.length === 0 && r.wrong.length === 0;

/** Waits until the service worker is ready and controls the page; returns its scope. */
async function waitForController(page) {
  const scope = await page.evaluate(
    (ms) =>
      Promise.race([
        navigator.serviceWorker.ready.then((r) => r.scope),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`no service worker became ready in ${ms} ms`)), ms)),
      ]),
    WAIT,
  );
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: WAIT });
  return scope;
}

/** Reports `page`'s console errors and page errors into `session`'s lists, labelled. */
function watch(session, page, label) {
  page.setDefaultTimeout(10_000);
  page.on('console', (msg) => {
    if (msg.type() === 'error') session.consoleErrors.push(`[${label}] ${msg.text()}`);
  });
  page.on('pageerror', (err) => session.pageErrors.push(`[${label}] ${String(err?.stack || err)}`));
  return page;
}

/** A new page (tab) in `session`'s context, watched, at `url`, once the app shows a view. */
async function newTab(session, url, label) {
  const page = watch(session, await session.context.newPage(), label);
  await page.goto(url);
  await waitForApp({ ...session, page });
  return page;
}

/** The meta CSP: present, with hashed inline script, wasm allowed, no plug-ins, nothing unsafe-inline. */
async function expectCsp(page, where) {
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? null);
  assert.ok(csp, `${where}: the page carries its Content-Security-Policy meta`);
  assert.ok(csp.includes("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), `${where}: scripts are limited to the site and hashed inline code (${csp})`);
  assert.ok(csp.includes("object-src 'none'"), `${where}: no plug-ins (object-src 'none')`);
  assert.ok(!csp.includes('unsafe-inline'), `${where}: nothing is allowed unsafe-inline`);
  return csp;
}

/** The programme view: its h1, every session card, the footer. */
async function expectProgramme(page, where) {
  await expectH1(page, 'Programme');
  await waitFor(page.locator('main article[data-session]'), `${where}: session cards are shown`);
  assert.equal(await page.locator('main article[data-session]').count(), TOTAL, `${where}: all ${TOTAL} sessions are listed`);
  await waitFor(page.locator('[data-result-count]').filter({ hasText: new RegExp(`^${TOTAL} sessions$`) }), `${where}: the result count says "${TOTAL} sessions"`);
  await expectFooter(page, where);
}

async function expectFooter(page, where) {
  const footer = page.getByRole('contentinfo');
  await waitFor(footer, `${where}: the footer is shown`);
  assert.equal(normalise(await footer.locator('p').first().innerText()), FOOTER_TEXT, `${where}: the footer says "${FOOTER_TEXT}"`);
}

// ---- Shortlisting, with the same locators as shortlist.test.mjs ------------------------------

const escapeRe = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const addName = (title) => `Add ${title} to my shortlist`;
const removeName = (title) => `Remove ${title} from my shortlist`;
const card = (page, slug) => page.locator(`article[data-session="${slug}"]`);
const toggle = (scope, title) =>
  scope.getByRole('button', { name: new RegExp(`^(${escapeRe(addName(title))}|${escapeRe(removeName(title))})$`) });

/** The first session on the programme view. */
async function firstSession(page) {
  const slug = await page.locator('main article[data-session]').first().getAttribute('data-session');
  const s = bySlug.get(slug);
  assert.ok(s, `the first card's data-session "${slug}" is a session in the data`);
  return s;
}

/** The toggle for `s` stands as `pressed`. */
async function expectToggle(page, s, pressed, where) {
  const name = pressed ? removeName(s.title) : addName(s.title);
  await waitFor(card(page, s.slug).getByRole('button', { name, exact: true, pressed }), `${where}: the toggle for "${s.title}" reads "${name}"`);
}

/** Presses the toggle for `s` and waits for it to flip to `pressed`. */
async function press(page, s, pressed, where) {
  await clickWhenStill(toggle(card(page, s.slug), s.title));
  await expectToggle(page, s, pressed, where);
}

/** The header's "My shortlist" link is named "My shortlist (n)". */
async function expectNavCount(page, n, where) {
  const name = n > 0 ? `My shortlist (${n})` : 'My shortlist';
  await waitFor(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }),
    `${where}: the nav link reads "${name}"`,
  );
}

/** The slugs stored as the shortlist. */
async function storedSlugs(page) {
  const text = await page.evaluate((key) => localStorage.getItem(key), KEY);
  return text ? JSON.parse(text).sessions : [];
}

// ---- Servers, sites and sessions --------------------------------------------------------------

const env = {};
before(async () => {
  assertDistBuilt();
  env.browser = await launchBrowser();
});
after(async () => {
  await env.browser?.close();
});

/** Serves `root` under `prefix` for test `t`. */
async function serve(t, { root = DIST, prefix = '/', gzip = false } = {}) {
  const server = await startServer({ root, prefix, gzip });
  t.after(() => server.close());
  return server;
}

/** Opens the app at `url` in a fresh context, closed when `t` ends. */
async function open(t, url, options = {}) {
  const session = await openApp(env.browser, url, options);
  t.after(() => session.close());
  session.page.setDefaultTimeout(10_000);
  return session;
}

/** A temporary folder for test `t`, removed when it ends. */
async function tempDir(t, label) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `sus-guide-${label}-`));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A copy of dist/ at `dir`. */
async function copyDist(dir) {
  await cp(DIST, dir, { recursive: true });
  return dir;
}

/**
 * A second deployment of the same app at `dir`: dist/ with a marker in index.html, finished by
 * the post-build binary (new CSP hash, _headers, calendar feeds and a new sw.js).
 */
/** The session whose title the second deployment changes (not the first, which the journey shortlists), and its new title. */
const MOVED = listedSessions(programme).at(-1);
const MOVED_TITLE = `${MOVED.title} (moved)`;

/**
 * A second deployment as organisers make one every week: the same app build, published with the
 * programme's data after one change (a session's title), by the publishing step alone.
 */
async function secondBuild(dir) {
  if (!existsSync(path.join(APP_BUILD, 'index.html'))) {
    throw new Error(`${APP_BUILD} has no app build: run trunk build --release first (it keeps one there), or set E2E_APP.`);
  }
  const data = await readFile(DATA_FILE, 'utf8');
  const changed = data.replace(`title = "${MOVED.title}"`, `title = "${MOVED_TITLE}"`);
  assert.notEqual(changed, data, `the data file has the title "${MOVED.title}" to change`);
  const file = path.join(dir, '..', `${path.basename(dir)}.toml`);
  await writeFile(file, changed);
  execFileSync('bash', [path.join(REPO, '.ci', 'publish'), file, '--app', APP_BUILD, '--out', dir], { stdio: 'pipe' });
  return dir;
}

/** "second" when the page shows the second deployment's programme (the changed title), else null. */
const buildMarker = (page) =>
  page.evaluate((title) => ([...document.querySelectorAll('main h3')].some((h) => h.textContent === title) ? 'second' : null), MOVED_TITLE);

/** The requests `server` received since `mark` (an index into its log). */
// What reached the server after `mark`, apart from the browser's own checks for a newer sw.js:
// Chromium makes those from outside the page, where Playwright's offline emulation does not
// reach (on a real offline device they fail quietly and change nothing).
const requestsSince = (server, mark) =>
  server.log
    .slice(mark)
    .filter((e) => !new URL(e.url, 'http://x').pathname.endsWith('/sw.js'))
    .map((e) => `${e.method} ${e.url} → ${e.status}`);

// ---------------------------------------------------------------------------------------------
// 1. Offline after one visit
// ---------------------------------------------------------------------------------------------

const OFFLINE_RUNS = [
  { name: 'at the domain root, desktop', prefix: '/', options: {} },
  { name: `under ${SUB_PATH}, desktop`, prefix: SUB_PATH, options: {} },
  // Static hosts compress what they send; the worker must keep (and check) the files themselves.
  { name: `under ${SUB_PATH}, Pixel 5, served gzip-compressed`, prefix: SUB_PATH, options: VIEWPORTS.pixel5, gzip: true },
];

for (const run of OFFLINE_RUNS) {
  test(`offline after one visit (${run.name}): the programme opens, shortlisting and its calendar file work, nothing lost`, async (t) => {
    const server = await serve(t, { prefix: run.prefix, gzip: run.gzip });
    const sw = await servedSw(server);
    const session = await open(t, server.baseUrl, { ...run.options, acceptDownloads: true });
    const { page, context } = session;
    await expectProgramme(page, 'first visit');
    await expectCsp(page, 'first visit');
    if (run.gzip) {
      const wasm = server.log.find((e) => e.url.endsWith('.wasm'));
      assert.equal(wasm?.encoding, 'gzip', 'the wasm was sent gzip-compressed');
    }

    const scope = await waitForController(page);
    assert.equal(scope, server.baseUrl, 'the service worker covers the folder index.html is in');
    const name = cacheName(scope, sw.build);
    const report = await cacheReport(page, scope, name, sw.files);
    assert.ok(report.exists, `after one visit the cache "${name}" exists (caches: ${JSON.stringify(await guideCaches(page, scope))})`);
    assert.deepEqual(report.missing, [], 'after one visit every file sw.js lists is kept for offline use');
    assert.deepEqual(report.wrong, [], 'every kept file is this build’s (its SHA-256 matches sw.js)');
    assert.deepEqual(await guideCaches(page, scope), [name], 'one cache for this copy of the guide');

    const mark = server.log.length;
    await context.setOffline(true);

    // A reload and new pages, all from the cache.
    await page.reload();
    await waitForApp(session);
    await expectProgramme(page, 'offline reload');
    await expectCsp(page, 'offline reload');
    const about = await newTab(session, `${server.baseUrl}?view=about`, 'about tab');
    await expectH1(about, 'About the series');
    await expectFooter(about, 'offline, a new page at ?view=about');
    await expectCsp(about, 'offline, a new page at ?view=about');
    const tab = await newTab(session, server.baseUrl, 'programme tab');
    await expectProgramme(tab, 'offline, a new page at the programme');

    // Searching offline: the sessions' descriptions, which search fetches, come from the cache too.
    await tab.getByRole('searchbox', { name: 'Search' }).fill(DESCRIBED.word);
    const shownSlugs = () => tab.locator('main article[data-session]:visible').evaluateAll((cards) => cards.map((c) => c.dataset.session));
    await until(shownSlugs, (slugs) => JSON.stringify(slugs) === JSON.stringify(DESCRIBED.slugs), `offline, searching for "${DESCRIBED.word}" (in descriptions only) finds ${DESCRIBED.slugs.join(', ')}`);
    assert.equal(await tab.locator('[data-search-note]').isVisible(), false, 'offline, search has the descriptions and says nothing is missing');
    await tab.getByRole('searchbox', { name: 'Search' }).fill('');
    await until(() => tab.locator('main article[data-session]:visible').count(), (n) => n === TOTAL, 'offline, clearing the search shows every session again');

    // Shortlisting offline.
    const s = await firstSession(tab);
    await expectNavCount(tab, 0, 'offline, before shortlisting');
    await press(tab, s, true, 'offline');
    await expectNavCount(tab, 1, 'offline, after shortlisting');
    await tab.reload();
    await waitForApp({ ...session, page: tab });
    await expectNavCount(tab, 1, 'after another offline reload');
    await expectToggle(tab, s, true, 'after another offline reload');
    await tab.goto(`${server.baseUrl}?view=shortlist`);
    await expectH1(tab, 'My shortlist');
    await waitFor(card(tab, s.slug), `offline, the shortlist view lists "${s.title}"`);
    // The shortlist's calendar file is joined from the sessions' files, which the worker keeps.
    const [download] = await Promise.all([
      tab.waitForEvent('download', { timeout: 10_000 }),
      tab.getByRole('button', { name: 'Add my shortlist to calendar', exact: true }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'my-shortlist.ics', 'offline, the shortlist’s calendar file downloads');
    const ics = await readFile(await download.path(), 'utf8');
    assert.match(ics, new RegExp(`^UID:${s.slug}@`, 'm'), 'offline, my-shortlist.ics holds the shortlisted session');

    assert.deepEqual(requestsSince(server, mark), [], 'while offline, nothing reached the server: every page came from the cache');

    // Back online: nothing lost.
    await context.setOffline(false);
    await page.reload();
    await waitForApp(session);
    await expectProgramme(page, 'back online');
    await expectNavCount(page, 1, 'back online');
    await expectToggle(page, s, true, 'back online');
    assert.deepEqual(await storedSlugs(page), [s.slug], 'back online, the shortlist made offline is stored');
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true, 'back online, the service worker still controls the page');

    await about.close();
    await tab.close();
    assertClean(session, `the offline journey (${run.name})`);
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Installable
// ---------------------------------------------------------------------------------------------

/** Width and height from a PNG's IHDR chunk, or null when it is not a PNG. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// Installing saves every file of the build, and begun during the start it competed with it for a
// phone's CPU (src/live/mod.rs): the page registers the worker only once the app has started.
test('the service worker is registered only once the app has started, and then at once', async (t) => {
  const server = await serve(t, { gzip: true });
  const context = await env.browser.newContext({ ...VIEWPORTS.pixel5 });
  t.after(() => context.close());
  await context.addInitScript(() => {
    window.__registered = [];
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      window.__registered.push(document.documentElement.dataset.app ?? 'not started');
      return register.apply(this, args);
    };
  });
  const page = await context.newPage();
  await page.goto(server.baseUrl);
  await waitForController(page);
  assert.deepEqual(await page.evaluate(() => window.__registered), ['ready'], 'registered once, after the app marked itself ready');
});

// Saving the build for offline use waits while the person uses the page, so the page has the
// phone to itself then (src/publish/service_worker.js); without that, this programme's files are
// all saved within about a second of the worker's registration.
test('the offline copy waits while the person uses the page, and is saved once they stop', async (t) => {
  const server = await serve(t);
  const sw = await servedSw(server);
  const session = await open(t, server.baseUrl);
  const { page } = session;
  const scope = server.baseUrl;
  const name = cacheName(scope, sw.build);
  await page.getByRole('searchbox', { name: 'Search' }).click();
  let typing = true;
  const typist = (async () => {
    while (typing) {
      await page.keyboard.type('a');
      await page.keyboard.press('Backspace');
      await sleep(100);
    }
  })();
  try {
    await until(() => server.log.some((e) => e.url === '/sw.js'), Boolean, 'the worker is registered while the person types');
    await sleep(3000);
    const during = await cacheReport(page, scope, name, sw.files);
    assert.ok(
      during.missing.length > sw.files.length / 2,
      `3 s into the typing, most files are still waiting to be saved (${sw.files.length - during.missing.length} of ${sw.files.length} saved)`,
    );
  } finally {
    typing = false;
    await typist;
  }
  await waitForController(page);
  assert.ok(complete(await cacheReport(page, scope, name, sw.files)), 'once the person stops, every file is saved');
  assertClean(session, 'typing while the offline copy waits');
});

test(`installable under ${SUB_PATH}: the manifest, its scope and its icons`, async (t) => {
  const server = await serve(t, { prefix: SUB_PATH });
  const session = await open(t, server.baseUrl);
  const { page } = session;
  await expectH1(page, 'Programme');

  const links = page.locator('link[rel="manifest"]');
  assert.equal(await links.count(), 1, 'index.html links one web app manifest');
  const manifestUrl = await links.evaluate((el) => el.href);
  assert.ok(manifestUrl.startsWith(server.baseUrl), `the manifest is served from the app's own folder (${manifestUrl})`);

  const response = await fetch(manifestUrl);
  assert.equal(response.status, 200, `the manifest loads (${manifestUrl})`);
  const text = await response.text();
  let manifest;
  assert.doesNotThrow(() => (manifest = JSON.parse(text)), 'the manifest is valid JSON');

  for (const field of ['name', 'short_name']) {
    assert.equal(typeof manifest[field], 'string', `the manifest has a ${field}`);
    assert.ok(manifest[field].trim().length > 0, `the manifest's ${field} is not empty`);
  }
  assert.ok(manifest.short_name.length <= 12, `the short_name fits under a home-screen icon ("${manifest.short_name}")`);
  assert.equal(manifest.start_url, './', 'start_url is relative ("./"), so the app starts where it is hosted');
  assert.equal(manifest.scope, './', 'scope is relative ("./")');
  assert.equal(new URL(manifest.start_url, manifestUrl).href, server.baseUrl, 'under a sub-path, start_url is the app’s folder');
  assert.equal(new URL(manifest.scope, manifestUrl).href, server.baseUrl, 'under a sub-path, scope is the app’s folder');
  assert.equal(manifest.display, 'standalone', 'the installed app opens in its own window (display: standalone)');
  assert.match(String(manifest.theme_color), /^#[0-9a-f]{6}$/i, 'the manifest has a theme_color');
  assert.match(String(manifest.background_color), /^#[0-9a-f]{6}$/i, 'the manifest has a background_color');

  const icons = manifest.icons ?? [];
  const png = (size) => icons.find((i) => i.type === 'image/png' && i.sizes === `${size}x${size}` && !/maskable/.test(i.purpose ?? ''));
  assert.ok(png(192), 'a 192×192 PNG icon');
  assert.ok(png(512), 'a 512×512 PNG icon');
  assert.ok(icons.some((i) => /\bmaskable\b/.test(i.purpose ?? '')), 'an icon with purpose "maskable" (for Android’s shaped icons)');

  for (const icon of icons) {
    const url = new URL(icon.src, manifestUrl).href;
    assert.ok(url.startsWith(server.baseUrl), `the icon ${icon.src} resolves inside the app's folder (${url})`);
    const res = await fetch(url);
    assert.equal(res.status, 200, `the icon ${icon.src} loads from ${url}`);
    const type = res.headers.get('content-type') ?? '';
    assert.ok(type.startsWith(icon.type), `the icon ${icon.src} is served as ${icon.type} (got ${type})`);
    const bytes = Buffer.from(await res.arrayBuffer());
    if (icon.type === 'image/png') {
      const size = pngSize(bytes);
      assert.ok(size, `the icon ${icon.src} really is a PNG`);
      const [w, h] = icon.sizes.split('x').map(Number);
      assert.deepEqual(size, { width: w, height: h }, `the icon ${icon.src} really is ${icon.sizes}`);
    }
  }

  // The tab's icon is a PNG: Chrome decodes a page's icon in its main thread, and an SVG one is a
  // document of its own to build there (measured: see index.html).
  const favicon = await page.locator('link[rel="icon"]').evaluate((el) => ({ href: el.href, type: el.type, sizes: el.sizes.value }));
  assert.equal(favicon.type, 'image/png', `the tab's icon is a PNG (${JSON.stringify(favicon)})`);
  const res = await fetch(favicon.href);
  assert.equal(res.status, 200, `the tab's icon loads from ${favicon.href}`);
  const [w, h] = favicon.sizes.split('x').map(Number);
  assert.deepEqual(pngSize(Buffer.from(await res.arrayBuffer())), { width: w, height: h }, `the tab's icon really is a ${favicon.sizes} PNG`);
  assertClean(session, 'the installable check');
});

// ---------------------------------------------------------------------------------------------
// 3. A second deployment
// ---------------------------------------------------------------------------------------------

test('a new deployment: the notice appears, nothing mixes, accepting it runs the new build', async (t) => {
  const site = await tempDir(t, 'site');
  const second = await tempDir(t, 'second');
  await copyDist(site);
  await secondBuild(second);
  const a = parseSw(await readFile(path.join(site, 'sw.js'), 'utf8'), 'build A sw.js');
  const b = parseSw(await readFile(path.join(second, 'sw.js'), 'utf8'), 'build B sw.js');
  assert.notEqual(b.build, a.build, 'the second build has a build id of its own');

  const server = await serve(t, { root: site, prefix: SUB_PATH });
  const session = await open(t, server.baseUrl);
  const { page } = session;
  await expectProgramme(page, 'build A');
  const scope = await waitForController(page);
  assert.equal(await buildMarker(page), null, 'sanity: build A has no build marker');
  const s = await firstSession(page);
  await press(page, s, true, 'build A');
  await expectNavCount(page, 1, 'build A, after shortlisting');
  const notice = page.locator('main').getByRole('status').filter({ hasText: UPDATE_TEXT, visible: true });
  assert.equal(await notice.count(), 0, 'no update notice before there is a newer build');

  // Deploy build B over build A.
  await rm(site, { recursive: true, force: true });
  await cp(second, site, { recursive: true });
  const deployed = server.log.length;

  // The browser checks sw.js on navigation: the new worker installs and waits.
  await page.reload();
  await waitForApp(session);
  await waitFor(notice, `after a reload, the notice "${UPDATE_TEXT}" appears`);

  // It fetched only what changed, each content once (index.html is also the folder's address):
  // every other file of build B is the same as build A's, and is copied from build A's cache.
  const shaA = new Map(a.files.map((f) => [f.path, f.sha256]));
  const differ = b.files.filter((f) => shaA.get(f.path) !== f.sha256);
  const changed = differ.filter((f, i) => differ.findIndex((g) => g.sha256 === f.sha256) === i).map((f) => new URL(f.path, server.baseUrl).pathname);
  const fetched = server.log
    .slice(deployed)
    .map((e) => new URL(e.url, 'http://x').pathname)
    .filter((p) => !p.endsWith('/sw.js'));
  assert.ok(changed.length > 0 && changed.length < 10, `a one-title change changes a handful of files: ${changed.join(', ')}`);
  assert.deepEqual([...new Set(fetched)].sort(), [...new Set(changed)].sort(), 'the new worker fetches exactly the files that changed, and nothing else');
  assert.ok(!fetched.some((p) => p.endsWith('.wasm')), 'the app itself (the same wasm) is not fetched again');
  const button = notice.getByRole('button', { name: UPDATE_BUTTON, exact: true });
  await waitFor(button, `the notice has a "${UPDATE_BUTTON}" button`);
  assert.equal(await buildMarker(page), null, 'until the reader accepts, the page is still build A');
  await expectProgramme(page, 'build A with the notice');
  await expectCsp(page, 'build A with the notice');

  // Reloading again without accepting: still build A, whole, and still offered B.
  await page.reload();
  await waitForApp(session);
  assert.equal(await buildMarker(page), null, 'a reload before accepting still shows build A (no mixing of builds)');
  await expectProgramme(page, 'build A, reloaded before accepting');
  await waitFor(notice, 'after reloading without accepting, the newer programme is still offered');
  assert.ok(complete(await cacheReport(page, scope, cacheName(scope, a.build), a.files)), 'before accepting, build A’s cache is still whole');

  // Accept.
  const reloaded = page.waitForEvent('load', { timeout: WAIT });
  await notice.getByRole('button', { name: UPDATE_BUTTON, exact: true }).click();
  await reloaded;
  await waitForApp(session);
  assert.equal(await buildMarker(page), 'second', 'after accepting, the page reloads into the new build');
  await expectProgramme(page, 'build B');
  await expectCsp(page, 'build B');
  assert.equal(await notice.count(), 0, 'the update notice is gone once the new build runs');
  assert.deepEqual(await guideCaches(page, scope), [cacheName(scope, b.build)], 'only the new build’s cache is left: build A’s is gone');
  const report = await cacheReport(page, scope, cacheName(scope, b.build), b.files);
  assert.ok(complete(report), `the new build’s cache holds all its files, none from build A: ${JSON.stringify(report)}`);
  assert.equal(
    await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return Boolean(navigator.serviceWorker.controller && r?.active && !r.waiting && !r.installing);
    }),
    true,
    'the new worker controls the page and nothing is left waiting',
  );

  await expectNavCount(page, 1, 'after the update');
  await expectToggle(page, s, true, 'after the update');
  assert.deepEqual(await storedSlugs(page), [s.slug], 'the shortlist made in build A is kept by build B');
  assertClean(session, 'the update journey');
});

// ---------------------------------------------------------------------------------------------
// 4. Sad path: the service worker cannot install
// ---------------------------------------------------------------------------------------------

test('a service worker that fails to install leaves the app working online', async (t) => {
  const site = await copyDist(await tempDir(t, 'broken'));
  const sw = parseSw(await readFile(path.join(site, 'sw.js'), 'utf8'));
  const gone = 'icons/icon-512.png';
  assert.ok(sw.files.some((f) => f.path === gone), `sanity: sw.js lists ${gone}`);
  await rm(path.join(site, gone));

  const server = await serve(t, { root: site, prefix: SUB_PATH });
  const session = await open(t, server.baseUrl);
  const { page } = session;
  await expectProgramme(page, 'with a broken service worker');
  await expectCsp(page, 'with a broken service worker');

  // The install tries, fails on the missing file, and the registration is dropped.
  await until(() => server.log.some((e) => e.url === `${SUB_PATH}${gone}` && e.status === 404), Boolean, `the service worker asks for ${gone} while installing`);
  const state = () =>
    page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { registered: Boolean(r), installing: Boolean(r?.installing), waiting: Boolean(r?.waiting), active: Boolean(r?.active) };
    });
  const settled = await until(state, (s) => !s.installing, 'the failed install settles');
  assert.equal(settled.active || settled.waiting, false, `no worker is activated from a failed install: ${JSON.stringify(settled)}`);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null, 'no service worker controls the page');
  const scope = server.baseUrl;
  for (const key of await guideCaches(page, scope)) {
    const build = key.slice(`sus-guide ${scope} `.length);
    assert.ok(!complete(await cacheReport(page, scope, key, sw.files)), `no complete offline copy was kept after the failed install (${build})`);
  }

  // The app still works online.
  const s = await firstSession(page);
  await press(page, s, true, 'without a service worker');
  await expectNavCount(page, 1, 'without a service worker');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill(s.title);
  await page.waitForURL((url) => url.searchParams.get('q') === s.title);
  await waitFor(card(page, s.slug), `searching for "${s.title}" finds it`);
  const shown = () => page.locator('main article[data-session]:visible').count();
  await until(shown, (n) => n > 0 && n < TOTAL, 'the search narrows the list');
  await waitFor(page.locator('[data-result-count]').filter({ hasText: new RegExp(`^\\d+ of ${TOTAL} sessions?$`) }), 'the result count says "N of ' + TOTAL + ' sessions"');
  await box.fill('');
  await until(shown, (n) => n === TOTAL, 'clearing the search shows every session again');
  // The address follows the search box a moment later; reload only once it has.
  await page.waitForURL((url) => !url.searchParams.has('q'));

  await page.reload();
  await waitForApp(session);
  await expectProgramme(page, 'reloaded, with a broken service worker');
  await expectNavCount(page, 1, 'reloaded, with a broken service worker');
  assertClean(session, 'the journey with a broken service worker');
});

// ---------------------------------------------------------------------------------------------
// 5. Sad path: an evicted cache
// ---------------------------------------------------------------------------------------------

test('a cache the browser has evicted is rebuilt on the next online visit', async (t) => {
  const server = await serve(t, { prefix: SUB_PATH });
  const sw = await servedSw(server);
  const session = await open(t, server.baseUrl);
  const { page, context } = session;
  await expectProgramme(page, 'first visit');
  const scope = await waitForController(page);
  const name = cacheName(scope, sw.build);
  assert.ok(complete(await cacheReport(page, scope, name, sw.files)), 'sanity: after one visit the cache is whole');

  // The browser evicts the cache.
  await page.evaluate(async () => {
    for (const key of await caches.keys()) await caches.delete(key);
  });
  assert.deepEqual(await page.evaluate(() => caches.keys()), [], 'sanity: every cache is gone');

  // The next online visit works and rebuilds it.
  await page.reload();
  await waitForApp(session);
  await expectProgramme(page, 'the online visit after eviction');
  const report = await until(() => cacheReport(page, scope, name, sw.files), complete, 'the next online visit puts every file back in the cache');
  assert.deepEqual(report.wrong, [], 'the rebuilt cache holds this build’s files');

  // Offline again, the guide still opens.
  const mark = server.log.length;
  await context.setOffline(true);
  await page.reload();
  await waitForApp(session);
  await expectProgramme(page, 'offline, after the cache was rebuilt');
  assert.deepEqual(requestsSince(server, mark), [], 'offline, the page came from the rebuilt cache');
  await context.setOffline(false);
  assertClean(session, 'the eviction journey');
});

// ---------------------------------------------------------------------------------------------
// 6. The _headers file
// ---------------------------------------------------------------------------------------------

/** _headers as { path: { header (lower case): value } }. */
function parseHeaders(text) {
  const rules = {};
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules[line.trim()] ??= {};
    } else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

test('the _headers file: the same CSP plus frame-ancestors, long caching for assets only', async (t) => {
  const server = await serve(t);
  const response = await fetch(`${server.baseUrl}_headers`);
  assert.equal(response.status, 200, '_headers is in the build');
  const rules = parseHeaders(await response.text());

  const csp = rules['/*']?.['content-security-policy'];
  assert.ok(csp, 'every page gets a Content-Security-Policy header (/*)');
  assert.match(csp, /(^|;\s*)frame-ancestors \*(;|$)/, 'the guide may be embedded anywhere (frame-ancestors *)');
  assert.ok(!csp.includes('unsafe-inline'), 'the header CSP allows nothing unsafe-inline');

  const session = await open(t, server.baseUrl);
  const metaCsp = await expectCsp(session.page, 'the programme');
  const directives = (policy) => policy.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);
  const missing = directives(metaCsp).filter((d) => !directives(csp).includes(d));
  assert.deepEqual(missing, [], 'the header CSP has every directive of the page’s meta CSP');

  assert.equal(rules['/assets/*']?.['cache-control'], 'public, max-age=31536000, immutable', 'hashed assets are cached for a year (/assets/*)');
  assert.equal(rules['/sw.js']?.['cache-control'], 'no-cache', 'sw.js is always revalidated, so a new deployment is found');
  for (const p of ['/', '/index.html', '/manifest.webmanifest']) {
    assert.equal(rules[p]?.['cache-control'], 'no-cache', `${p} is always revalidated`);
  }
  assertClean(session, 'the CSP check');
});
