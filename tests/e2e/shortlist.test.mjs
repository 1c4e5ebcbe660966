// End-to-end journeys for the shortlist: the toggle on cards and on the detail view, the header
// count, the "My shortlist" view, what is kept in localStorage (and what happens when it cannot be
// read or written), two tabs kept in step, navigator.storage.persist(), share links and merging a
// shared shortlist, the phone layout and accessibility.
//
// Run after `trunk build --release`:  node --test tests/e2e/shortlist.test.mjs
// (E2E_DIST=/some/dist points it at another build; E2E_PREFIX=/some/path/ serves it under a sub-path.)
//
// Expected sessions, titles and dates come from the bundled data file, so a changed schedule needs
// no change here. The storage format and messages are the app's contract (src/storage.rs,
// src/programme/shortlist.rs, src/components/storage_notice.rs, shared_view.rs, share_controls.rs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS,
  assertClean,
  axe,
  clickWhenStill,
  expectH1,
  formatViolations,
  normalise,
  openApp,
  overflowReport,
  listedSessions,
  readProgramme,
  serveDistForTests,
  waitFor,
  waitForApp,
} from '../support/harness.mjs';

const MIN_TARGET = 44; // px: the app's touch-target rule

/** Where the shortlist is stored, and where unreadable shortlists are copied. */
const KEY = 'sus-guide.v1.shortlist';
const BACKUP_PREFIX = `${KEY}.backup.`;

const UNREADABLE = 'Your saved shortlist could not be read:';
const KEPT_ASIDE = 'It has been kept aside unchanged, under';
const VISIT_ONLY =
  'This browser is not letting the guide save your shortlist, so it will be kept only until you close this page.';
const WRITE_FAILED = 'Your last change could not be saved';
const LINK_UNREADABLE = 'This link could not be read:';

// ---------------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------------

const programme = readProgramme();
const sessions = listedSessions(programme);
const bySlug = new Map(sessions.map((s) => [s.slug, s]));

/** `count` sessions spread over the programme, each with a start time no other session has. */
function spread(count) {
  const starts = new Map();
  for (const s of sessions) starts.set(s.start, (starts.get(s.start) ?? 0) + 1);
  const unique = sessions.filter((s) => starts.get(s.start) === 1);
  assert.ok(unique.length >= count, `the data has ${count} sessions with distinct start times`);
  return Array.from({ length: count }, (_, i) => unique[Math.floor(((i + 0.5) * unique.length) / count)]);
}

/** Three sessions far apart in the programme: early, middle and late. */
const [early, middle, late] = spread(3);
/** Slugs in the order the shortlist view must show them: by start time. */
const inDateOrder = (slugs) =>
  [...slugs].sort((a, b) => Date.parse(bySlug.get(a).start) - Date.parse(bySlug.get(b).start));

/** A stored envelope, as the app writes it. */
const envelope = (slugs) => JSON.stringify({ version: 1, sessions: slugs });

/** A slug that is well formed but names no session. */
const GONE = 'gone-session';
assert.ok(!bySlug.has(GONE), `"${GONE}" must not be a session in the data file`);

// ---------------------------------------------------------------------------------------------
// Browser plumbing
// ---------------------------------------------------------------------------------------------

const env = serveDistForTests();

/**
 * Opens the app at `query` in a fresh context, closed when test `t` ends.
 * `stored`: localStorage entries ({ key: value }) the context starts with.
 * `init`: scripts (functions or source) run in every page before the app, e.g. to block storage.
 * Other options are Playwright context options.
 */
async function open(t, query = '', { stored, init = [], ...options } = {}) {
  if (stored) {
    options.storageState = {
      cookies: [],
      origins: [
        {
          origin: env.server.origin,
          localStorage: Object.entries(stored).map(([name, value]) => ({ name, value })),
        },
      ],
    };
  }
  // Init scripts must be in place before the app's page loads: start blank, add them, then go.
  const session = await openApp(env.browser, init.length ? 'about:blank' : env.server.baseUrl + query, {
    ...options,
    waitForReady: init.length === 0,
  });
  t.after(() => session.close());
  session.page.setDefaultTimeout(10_000);
  if (init.length) {
    for (const script of init) await session.context.addInitScript(script);
    await session.page.goto(env.server.baseUrl + query);
    await waitForApp(session);
  }
  return session;
}

/** A second tab in `session`'s context, reporting its errors into the same lists. */
async function newTab(session, query = '') {
  const page = await session.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('console', (msg) => {
    if (msg.type() === 'error') session.consoleErrors.push(`[tab 2] ${msg.text()}`);
  });
  page.on('pageerror', (err) => session.pageErrors.push(`[tab 2] ${String(err?.stack || err)}`));
  await page.goto(env.server.baseUrl + query);
  await waitForApp({ ...session, page });
  return page;
}

const escapeRe = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const addName = (title) => `Add ${title} to my shortlist`;
const removeName = (title) => `Remove ${title} from my shortlist`;

/** The card of session `slug` in the current view. */
const card = (page, slug) => page.locator(`article[data-session="${slug}"]`);
/** The detail view's article: the session's, headed by its title. */
const detail = (page, slug) => page.locator(`article[data-session="${slug}"]`).filter({ has: page.getByRole('heading', { level: 1 }) });

/** The shortlist toggle inside `scope` (a card or the detail view), whichever way it stands. */
function toggle(scope, title) {
  const name = new RegExp(`^(${escapeRe(addName(title))}|${escapeRe(removeName(title))})$`);
  return scope.getByRole('button', { name });
}

/**
 * Checks the toggle inside `scope` stands as `pressed`: aria-pressed and the accessible name
 * ("Add … to" / "Remove … from my shortlist") agree.
 */
async function expectToggle(scope, title, pressed, where = '') {
  const name = pressed ? removeName(title) : addName(title);
  await waitFor(
    scope.getByRole('button', { name, exact: true, pressed }),
    `${where}the toggle for "${title}" should be named "${name}" with aria-pressed="${pressed}"`,
  );
  const button = toggle(scope, title);
  assert.equal(await button.count(), 1, `${where}one shortlist toggle for "${title}"`);
  assert.equal(await button.getAttribute('aria-pressed'), String(pressed), `${where}aria-pressed="${pressed}" for "${title}"`);
}

/** Presses the toggle for session `s` in `scope` and waits for it to flip to `pressed`. */
async function press(scope, s, pressed, where = '') {
  await clickWhenStill(toggle(scope, s.title));
  try {
    await expectToggle(scope, s.title, pressed, where);
  } catch (err) {
    const page = scope.page();
    const stored = await storedText(page).catch((e) => `(unreadable: ${e.message.split('\n')[0]})`);
    const on = await page
      .locator('button[aria-pressed="true"]')
      .evaluateAll((els) => els.map((el) => el.closest('article')?.dataset.session))
      .catch(() => []);
    err.message += `\n  stored: ${stored}\n  pressed toggles on the page: ${JSON.stringify(on)}`;
    throw err;
  }
}

/** Checks the header's "My shortlist" link is named "My shortlist" or "My shortlist (n)". */
async function expectNavCount(page, n, where = '') {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const name = n > 0 ? `My shortlist (${n})` : 'My shortlist';
  await waitFor(nav.getByRole('link', { name, exact: true }), `${where}the nav link should be named "${name}"`);
  const link = nav.getByRole('link', { name: /^My shortlist/ });
  assert.equal(await link.count(), 1, `${where}one "My shortlist" link in the nav`);
  const href = await link.getAttribute('href');
  assert.equal(new URL(href, page.url()).searchParams.get('view'), 'shortlist', `the "My shortlist" link leads to ?view=shortlist (href ${href})`);
}

/** The raw stored shortlist (null when absent), read through the page. */
const storedText = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** Every localStorage entry of the app's origin, read by Playwright (not through the page's own API). */
async function storageOf(context) {
  const state = await context.storageState();
  const origin = state.origins.find((o) => o.origin === env.server.origin);
  return Object.fromEntries((origin?.localStorage ?? []).map(({ name, value }) => [name, value]));
}

/** Waits until the stored shortlist holds exactly `slugs` (in that order), or fails saying what it holds. */
async function expectStored(page, slugs, where = '') {
  const want = { version: 1, sessions: slugs };
  let text;
  const deadline = Date.now() + 5_000;
  do {
    text = await storedText(page);
    try {
      if (text !== null) {
        assert.deepEqual(JSON.parse(text), want);
        return;
      }
    } catch {
      // not yet
    }
    await page.waitForTimeout(50);
  } while (Date.now() < deadline);
  assert.fail(`${where}localStorage["${KEY}"] should be ${JSON.stringify(want)}, is ${JSON.stringify(text)}`);
}

/** The data-session of every session card in main, in page order. */
const cardSlugs = (page) => page.locator('main article[data-session]').evaluateAll((els) => els.map((el) => el.dataset.session));

/** Opens "My shortlist" through the header and waits for it. */
async function goToShortlist(page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^My shortlist/ }).click();
  await page.waitForURL((url) => url.searchParams.get('view') === 'shortlist');
  await expectH1(page, 'My shortlist');
}

/** Checks the shortlist view lists exactly `slugs` (as cards, in date order) and counts `total`. */
async function expectShortlistView(page, slugs, total = slugs.length) {
  await expectH1(page, 'My shortlist');
  const want = inDateOrder(slugs);
  const deadline = Date.now() + 5_000;
  let got = await cardSlugs(page);
  while (JSON.stringify(got) !== JSON.stringify(want) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    got = await cardSlugs(page);
  }
  assert.deepEqual(got, want, 'the shortlist view shows exactly the shortlisted sessions, in date order');
  const count = normalise(await page.locator('main [data-result-count]').innerText());
  const expected = total === 0 ? /^Your shortlist is empty\.$/ : new RegExp(`^${total} sessions? on your shortlist\\b`);
  assert.match(count, expected, `the count line reads "${count}"`);
  for (const slug of slugs) {
    await expectToggle(card(page, slug), bySlug.get(slug).title, true, 'on the shortlist view: ');
  }
}

/** The storage notice's text, once it is showing. */
async function noticeText(page, contains) {
  const notice = page.locator('[data-storage-notice][role="status"]');
  await waitFor(notice.filter({ hasText: contains }), `the storage notice should say "${contains}"`);
  return normalise(await notice.innerText());
}

/** A deterministic pseudo-random string of `length` characters, with quotes, braces, non-ASCII and emoji. */
function randomText(length, seed = 20230404) {
  const alphabet = [
    ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
    ...' {}[]":,\\/\'`<>&;=%#!?-_.\n\t\r',
    'é', 'ß', 'ø', '—', '“', '”', '€', '中', '文', '🙂', '🇬🇧', '\u0000', '\u2028',
  ];
  let x = seed >>> 0;
  let out = '';
  while (out.length < length) {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 1. Shortlisting from the list, the count, reload, the shortlist view, the detail view
// ---------------------------------------------------------------------------------------------

test('shortlisting two sessions: toggles, the nav count, reload, the shortlist view, the detail view', async (t) => {
  const session = await open(t);
  const { page } = session;
  await expectH1(page, 'Programme');
  await expectNavCount(page, 0, 'before anything is shortlisted: ');
  assert.equal(await storedText(page), null, 'nothing is stored before anything is shortlisted');
  for (const s of sessions) await expectToggle(card(page, s.slug), s.title, false, 'on a fresh visit: ');

  // Later one first, so that "date order" and "order added" differ.
  await press(card(page, late.slug), late, true, 'after pressing it: ');
  await expectNavCount(page, 1, 'after one: ');
  await press(card(page, early.slug), early, true, 'after pressing it: ');
  await expectNavCount(page, 2, 'after two: ');
  await expectToggle(card(page, middle.slug), middle.title, false, 'a session not pressed: ');
  await expectStored(page, [late.slug, early.slug], 'slugs in the order added: ');

  await page.reload();
  await waitForApp(session);
  await expectH1(page, 'Programme');
  await expectToggle(card(page, late.slug), late.title, true, 'after a reload: ');
  await expectToggle(card(page, early.slug), early.title, true, 'after a reload: ');
  await expectToggle(card(page, middle.slug), middle.title, false, 'after a reload: ');
  await expectNavCount(page, 2, 'after a reload: ');

  await goToShortlist(page);
  await expectShortlistView(page, [late.slug, early.slug]);
  assert.equal(
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^My shortlist/ }).getAttribute('aria-current'),
    'page',
    'the "My shortlist" nav link is aria-current="page" on the shortlist view',
  );
  assert.equal(await page.getByRole('heading', { name: 'No longer in the programme' }).count(), 0, 'nothing is missing');

  // Open the later one and take it off from its own page.
  await card(page, late.slug).getByRole('link', { name: late.title, exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('session') === late.slug);
  await expectH1(page, late.title);
  await expectToggle(detail(page, late.slug), late.title, true, 'on the detail view: ');
  await press(detail(page, late.slug), late, false, 'on the detail view, after pressing it: ');
  await expectNavCount(page, 1, 'after removing one: ');
  await expectStored(page, [early.slug], 'after removing one from the detail view: ');

  await page.goBack();
  await expectShortlistView(page, [early.slug]);

  // And on again from the detail view, loaded directly.
  await page.goto(`${env.server.baseUrl}?session=${late.slug}`);
  await expectH1(page, late.title);
  await expectToggle(detail(page, late.slug), late.title, false, 'on the detail view, loaded directly: ');
  await press(detail(page, late.slug), late, true, 'on the detail view, after pressing it: ');
  await expectNavCount(page, 2, 'after adding from the detail view: ');
  await expectStored(page, [early.slug, late.slug], 'after adding from the detail view: ');

  assertClean(session);
});

// ---------------------------------------------------------------------------------------------
// 2. Two tabs
// ---------------------------------------------------------------------------------------------

test('two tabs stay in step without a reload, and neither overwrites the other’s change', async (t) => {
  await t.test('a change in one tab shows in the other; both changes are kept', async (t) => {
    const session = await open(t);
    const a = session.page;
    const b = await newTab(session);
    await expectH1(a, 'Programme');
    await expectH1(b, 'Programme');
    // Proves that B is never reloaded.
    await b.evaluate(() => {
      window.__e2eNotReloaded = true;
    });

    await press(card(a, early.slug), early, true, 'tab A: ');
    await expectToggle(card(b, early.slug), early.title, true, 'tab B, after tab A shortlisted it: ');
    await expectNavCount(b, 1, 'tab B, after tab A shortlisted one: ');

    await press(card(b, late.slug), late, true, 'tab B: ');
    await expectNavCount(b, 2, 'tab B, after shortlisting a second: ');
    await expectToggle(card(a, late.slug), late.title, true, 'tab A, after tab B shortlisted it: ');
    await expectToggle(card(a, early.slug), early.title, true, 'tab A keeps its own: ');
    await expectNavCount(a, 2, 'tab A, after tab B shortlisted one: ');
    await expectStored(a, [early.slug, late.slug], 'after a change in each tab: ');

    // A removal travels too, and the shortlist view follows it live.
    await goToShortlist(b);
    await expectShortlistView(b, [early.slug, late.slug]);
    await press(card(a, early.slug), early, false, 'tab A, removing: ');
    await expectShortlistView(b, [late.slug]);
    await expectNavCount(b, 1, 'tab B, after tab A removed one: ');

    assert.equal(await b.evaluate(() => window.__e2eNotReloaded), true, 'tab B was never reloaded');
    assertClean(session);
  });

  for (const start of [
    { name: '', stored: undefined },
    { name: ', after an unreadable shortlist was kept aside', stored: { [KEY]: '{not json' } },
  ]) {
    await t.test(`a change starts from what is stored, even if this tab has not heard of it yet${start.name}`, async (t) => {
      const session = await open(t, '', { stored: start.stored });
      const { page } = session;
      await expectH1(page, 'Programme');
      if (start.stored) await noticeText(page, UNREADABLE);
      await press(card(page, early.slug), early, true);
      // Another tab's write that this tab never hears about (a page gets no storage event for its
      // own writes): the stored list now holds two sessions; this tab still shows one.
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, envelope([early.slug, middle.slug])]);
      await expectNavCount(page, 1, 'before its next change, this tab still shows its own count: ');

      await press(card(page, late.slug), late, true, 'the next change: ');
      await expectStored(page, [early.slug, middle.slug, late.slug], 'the next change keeps the other write: ');
      await expectToggle(card(page, middle.slug), middle.title, true, 'the other write now shows: ');
      await expectNavCount(page, 3, 'after the next change: ');
      assertClean(session);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 3. Unreadable stored data
// ---------------------------------------------------------------------------------------------

test('an unreadable stored shortlist is kept aside verbatim, said so, and a new one works', async (t) => {
  const garbage = [
    { name: 'not JSON', value: '{not json' },
    { name: 'a JSON array', value: '[1,2]' },
    { name: 'JSON null', value: 'null' },
    { name: 'the empty string', value: '' },
    { name: 'a newer format', value: '{"version":99,"sessions":[]}', reason: /newer version/ },
    { name: 'a format never written', value: '{"version":0,"sessions":[]}' },
    { name: 'sessions not a list', value: '{"version":1,"sessions":"a,b"}' },
    { name: 'a blank session id', value: '{"version":1,"sessions":["  "]}' },
    { name: 'a 5 KB random string', value: randomText(5 * 1024) },
  ];
  for (const g of garbage) {
    await t.test(g.name, async (t) => {
      const session = await open(t, '', { stored: { [KEY]: g.value } });
      const { page, context } = session;
      await expectH1(page, 'Programme');
      assert.equal(await page.locator('main article[data-session]').count(), sessions.length, 'the whole programme is listed');

      const text = await noticeText(page, UNREADABLE);
      if (g.reason) assert.match(text, g.reason, `the notice gives the reason: "${text}"`);
      let store = await storageOf(context);
      const backups = Object.keys(store).filter((k) => k.startsWith(BACKUP_PREFIX));
      assert.equal(backups.length, 1, `one backup key (keys: ${JSON.stringify(Object.keys(store))})`);
      const [backup] = backups;
      assert.match(backup.slice(BACKUP_PREFIX.length), /^\d{12,}$/, `the backup key ends in milliseconds: ${backup}`);
      assert.ok(store[backup] === g.value, `the backup holds the unreadable text exactly (${store[backup]?.length} characters, expected ${g.value.length})`);
      assert.ok(text.includes(`${KEPT_ASIDE} “${backup}”`), `the notice names the backup key "${backup}": "${text}"`);
      assert.ok(store[KEY] === g.value, 'nothing is written over the unreadable shortlist before a change is made');
      await expectNavCount(page, 0, 'with an unreadable shortlist: ');

      await press(card(page, middle.slug), middle, true, 'after the notice: ');
      await expectNavCount(page, 1, 'after shortlisting: ');
      await expectStored(page, [middle.slug], 'the new shortlist is saved: ');
      store = await storageOf(context);
      assert.ok(store[backup] === g.value, 'the backup survives the first write, unchanged');

      await page.reload();
      await waitForApp(session);
      await expectToggle(card(page, middle.slug), middle.title, true, 'after a reload: ');
      store = await storageOf(context);
      assert.deepEqual(
        Object.keys(store).filter((k) => k.startsWith(BACKUP_PREFIX)),
        [backup],
        'a reload makes no second backup (the new shortlist is readable)',
      );
      assert.ok(store[backup] === g.value, 'the backup is still unchanged after a reload');
      assert.equal(await page.locator('[data-storage-notice]').isVisible(), false, 'no notice once the stored shortlist reads fine');
      assertClean(session);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 4. Storage blocked, or full
// ---------------------------------------------------------------------------------------------

/** Makes reading window.localStorage throw, as a browser that blocks storage does. */
function blockLocalStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

/** Makes every localStorage write fail, as a full quota does. */
function failWrites() {
  Storage.prototype.setItem = function setItem() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

test('when storage is blocked or full, the shortlist still works for the visit and says so', async (t) => {
  await t.test('localStorage blocked: works for the visit, says it will not be kept', async (t) => {
    const session = await open(t, '', { init: [blockLocalStorage] });
    const { page, context } = session;
    await expectH1(page, 'Programme');
    assert.equal(
      await page.evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch (err) {
          return err.name;
        }
      }),
      'SecurityError',
      'the page really cannot reach localStorage',
    );
    assert.equal(await page.locator('[data-storage-notice]').isVisible(), false, 'no notice while nothing is shortlisted');

    await press(card(page, early.slug), early, true, 'with storage blocked: ');
    await expectNavCount(page, 1, 'with storage blocked: ');
    const text = await noticeText(page, VISIT_ONLY);
    assert.equal(text, VISIT_ONLY, 'the notice says the shortlist lasts for this visit only');
    await press(card(page, late.slug), late, true, 'a second one, with storage blocked: ');
    await expectNavCount(page, 2, 'with storage blocked: ');

    await goToShortlist(page);
    await expectShortlistView(page, [early.slug, late.slug]);
    // Taking one off here removes its card from this view.
    await clickWhenStill(toggle(card(page, early.slug), early.title));
    await expectShortlistView(page, [late.slug]);
    await expectNavCount(page, 1, 'after removing one, with storage blocked: ');
    assert.deepEqual(await storageOf(context), {}, 'nothing reached storage');
    assertClean(session);
  });

  await t.test('every write fails (a full quota): says the change was not saved, keeps it for the visit', async (t) => {
    const session = await open(t, '', { init: [failWrites] });
    const { page, context } = session;
    await expectH1(page, 'Programme');

    await press(card(page, early.slug), early, true, 'with writes failing: ');
    await expectNavCount(page, 1, 'with writes failing: ');
    const text = await noticeText(page, WRITE_FAILED);
    assert.ok(text.startsWith(WRITE_FAILED), `the notice says the change could not be saved: "${text}"`);

    // The first unsaved change must still hold after a second one ("kept until you close this page").
    await press(card(page, late.slug), late, true, 'a second one, with writes failing: ');
    await expectToggle(card(page, early.slug), early.title, true, 'the first unsaved change, after a second change: ');
    await expectNavCount(page, 2, 'after two unsaved changes: ');

    await goToShortlist(page);
    await expectShortlistView(page, [early.slug, late.slug]);
    assert.deepEqual(await storageOf(context), {}, 'nothing reached storage');
    assertClean(session);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. A stored session that left the programme
// ---------------------------------------------------------------------------------------------

test('a stored session no longer in the programme is listed apart and can be removed', async (t) => {
  const session = await open(t, '?view=shortlist', { stored: { [KEY]: envelope([GONE, middle.slug]) } });
  const { page } = session;
  await expectShortlistView(page, [middle.slug], 2);
  await expectNavCount(page, 2, 'with one session gone: ');
  assert.equal(await page.locator('[data-storage-notice]').isVisible(), false, 'an unknown slug is not a storage problem');

  await waitFor(page.getByRole('heading', { level: 2, name: 'No longer in the programme', exact: true }), 'an h2 "No longer in the programme"');
  const missing = page.locator('main [data-missing-list] > li');
  assert.equal(await missing.count(), 1, 'one session listed as no longer in the programme');
  assert.ok(normalise(await missing.innerText()).includes(GONE), `it names "${GONE}"`);
  const remove = page.getByRole('button', { name: `Remove ${GONE} from my shortlist`, exact: true });
  assert.equal(await remove.count(), 1, `a button named "Remove ${GONE} from my shortlist"`);

  await remove.click();
  await waitFor(page.getByRole('heading', { name: 'No longer in the programme' }), 'the "No longer in the programme" heading goes', 'detached');
  await expectStored(page, [middle.slug], `after removing "${GONE}": `);
  await expectShortlistView(page, [middle.slug]);
  await expectNavCount(page, 1, `after removing "${GONE}": `);
  assertClean(session);
});

// ---------------------------------------------------------------------------------------------
// 6. navigator.storage.persist()
// ---------------------------------------------------------------------------------------------

/** Counts calls to navigator.storage.persist() in window.__persistCalls. */
function countPersistCalls() {
  window.__persistCalls = 0;
  const proto = globalThis.StorageManager?.prototype;
  if (!proto?.persist) return;
  const original = proto.persist;
  proto.persist = function persist(...args) {
    window.__persistCalls += 1;
    return original.apply(this, args);
  };
}

test('the app asks for persistent storage once, after the first shortlisting', async (t) => {
  const session = await open(t, '', { init: [countPersistCalls] });
  const { page } = session;
  await expectH1(page, 'Programme');
  assert.equal(await page.evaluate(() => typeof navigator.storage?.persist), 'function', 'this browser has navigator.storage.persist');
  const calls = () => page.evaluate(() => window.__persistCalls);
  assert.equal(await calls(), 0, 'persist() is not called before anything is shortlisted');

  await press(card(page, early.slug), early, true);
  await press(card(page, late.slug), late, true);
  await press(card(page, late.slug), late, false);
  await press(card(page, middle.slug), middle, true);
  assert.equal(await calls(), 1, 'persist() is called exactly once in the visit, however many changes follow');
  assertClean(session);
});

// ---------------------------------------------------------------------------------------------
// 7. Sharing, and merging a shared shortlist
// ---------------------------------------------------------------------------------------------

test('sharing a shortlist and merging it into another reader’s own', async (t) => {
  const shared = [late.slug, early.slug]; // order added
  const sharedUrl = `${env.server.baseUrl}?shared=${shared.join(',')}`;

  await t.test('the share link, shown and copied to the clipboard', async (t) => {
    const session = await open(t, '', { permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = session;
    await expectH1(page, 'Programme');
    await press(card(page, late.slug), late, true);
    await press(card(page, early.slug), early, true);
    await goToShortlist(page);
    await expectShortlistView(page, shared);

    const section = page.getByRole('region', { name: 'Share my shortlist' });
    await waitFor(section, 'a section named "Share my shortlist"');
    const input = section.getByRole('textbox', { name: 'Link to your shortlist', exact: true });
    assert.equal(await input.count(), 1, 'a text input labelled "Link to your shortlist"');
    assert.equal(await input.evaluate((el) => el.readOnly), true, 'the link input is read-only');
    assert.equal(await input.inputValue(), sharedUrl, 'the link is this page’s address with ?shared=<slugs in the order added>');

    assert.equal(await page.evaluate(() => typeof navigator.share), 'undefined', 'this Chromium has no Web Share API, so the link is copied');
    await section.getByRole('button', { name: 'Share my shortlist', exact: true }).click();
    await waitFor(page.locator('[data-share-status]').filter({ hasText: /\S/ }), 'the share status says what happened');
    const status = normalise(await page.locator('[data-share-status]').innerText());
    assert.equal(status, 'Link copied. Paste it wherever you like.', 'the status says the link was copied');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), sharedUrl, 'the clipboard holds the share link');
    assertClean(session);
  });

  await t.test('another reader opens it, and adds it to their own shortlist', async (t) => {
    const own = envelope([middle.slug]);
    const session = await open(t, `?shared=${shared.join(',')}`, { stored: { [KEY]: own } });
    const { page, context } = session;
    assert.equal(page.url(), sharedUrl, 'the same link the sharer had');
    await expectH1(page, 'A shared shortlist');
    assert.deepEqual(await cardSlugs(page), inDateOrder(shared), 'the shared sessions, as cards in date order');
    for (const slug of shared) await expectToggle(card(page, slug), bySlug.get(slug).title, false, 'not on the reader’s own shortlist: ');
    await expectNavCount(page, 1, 'the reader’s own count: ');
    assert.equal((await storageOf(context))[KEY], own, 'the reader’s stored shortlist is untouched before they press the button');

    const add = page.getByRole('button', { name: 'Add these to my shortlist', exact: true });
    await add.click();
    const status = page.locator('[data-merge-status]');
    await waitFor(status.filter({ hasText: 'Added 2 sessions to your shortlist.' }), 'the status says "Added 2 sessions to your shortlist."');
    await expectStored(page, [middle.slug, ...shared], 'merged, the reader’s own first: ');
    await expectNavCount(page, 3, 'after merging: ');
    for (const slug of shared) await expectToggle(card(page, slug), bySlug.get(slug).title, true, 'after merging: ');

    await add.click();
    await waitFor(status.filter({ hasText: 'They were all on your shortlist already.' }), 'pressing again says "They were all on your shortlist already."');
    await expectStored(page, [middle.slug, ...shared], 'pressing again changes nothing: ');

    await page.getByRole('link', { name: 'See my shortlist', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'shortlist');
    await expectShortlistView(page, [middle.slug, ...shared]);
    assertClean(session);
  });

  await t.test('merging when one of them is already on the reader’s list: "Added 1 session"', async (t) => {
    const session = await open(t, `?shared=${shared.join(',')}`, { stored: { [KEY]: envelope([early.slug, middle.slug]) } });
    const { page } = session;
    await expectH1(page, 'A shared shortlist');
    await page.getByRole('button', { name: 'Add these to my shortlist', exact: true }).click();
    await waitFor(page.locator('[data-merge-status]').filter({ hasText: 'Added 1 session to your shortlist.' }), 'the status says "Added 1 session to your shortlist."');
    await expectStored(page, [early.slug, middle.slug, late.slug], 'nothing removed, nothing repeated: ');
    assertClean(session);
  });

  await t.test('merging with storage blocked still adds them for the visit', async (t) => {
    const session = await open(t, `?shared=${shared.join(',')}`, { init: [blockLocalStorage] });
    const { page } = session;
    await expectH1(page, 'A shared shortlist');
    await page.getByRole('button', { name: 'Add these to my shortlist', exact: true }).click();
    await waitFor(page.locator('[data-merge-status]').filter({ hasText: 'Added 2 sessions to your shortlist.' }), 'the status says "Added 2 sessions to your shortlist."');
    await expectNavCount(page, 2, 'after merging with storage blocked: ');
    await noticeText(page, VISIT_ONLY);
    assertClean(session);
  });

  const tampered = [
    { name: 'a script tag', value: `${early.slug},<script>window.__pwned=1</script>`, encode: true },
    { name: 'only commas', value: ',,' },
    { name: 'nothing', value: '' },
    { name: 'an upper-case id', value: `${early.slug},Not-A-Slug` },
    { name: 'a path', value: `../../${early.slug}`, encode: true },
    { name: 'a NUL byte', value: `${early.slug}%00` },
    { name: 'a broken escape', value: `${early.slug}%zz` },
    { name: 'more than 200 sessions', value: Array.from({ length: 201 }, (_, i) => `s${i}`).join(',') },
    { name: 'a very long value', value: `${early.slug},${'x'.repeat(10_000)}!` },
  ];
  for (const x of tampered) {
    await t.test(`a tampered link (${x.name}) says it could not be read`, async (t) => {
      const own = envelope([middle.slug]);
      const value = x.encode ? encodeURIComponent(x.value) : x.value;
      const session = await open(t, `?shared=${value}`, { stored: { [KEY]: own } });
      const { page, context } = session;
      await expectH1(page, 'A shared shortlist');
      const notice = page.locator('main').getByText(LINK_UNREADABLE);
      await waitFor(notice, `the view says "${LINK_UNREADABLE} …"`);
      const text = normalise(await notice.first().innerText());
      assert.ok(text.length < 400, `the message stays short (${text.length} characters): ${text.slice(0, 200)}…`);
      assert.equal(await page.locator('main article[data-session]').count(), 0, 'no sessions are shown');
      assert.equal(await page.getByRole('button', { name: 'Add these to my shortlist' }).count(), 0, 'nothing to add');
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing in the link ran as script');
      assert.equal(await page.locator('main script').count(), 0, 'nothing in the link became markup');
      await waitFor(page.getByRole('link', { name: 'Browse the programme', exact: true }), 'a link back to the programme');
      assert.equal((await storageOf(context))[KEY], own, 'the reader’s stored shortlist is untouched');
      assertClean(session);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 8. Phone
// ---------------------------------------------------------------------------------------------

/** Heights of the visible buttons and text inputs in main, with their names. */
async function controlHeights(page, selector) {
  return page.locator(selector).evaluateAll((els) =>
    els
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          what: `${el.tagName.toLowerCase()} "${(el.innerText || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`,
          height: Math.round(r.height * 10) / 10,
          width: r.width,
        };
      })
      .filter((x) => x.width > 1 && x.height > 1),
  );
}

test(`on a Pixel 5: shortlist buttons at least ${MIN_TARGET}px tall, no horizontal scroll on the shortlist view`, async (t) => {
  // A long unknown slug, to test the "No longer in the programme" list's wrapping.
  const longGone = `a-session-with-a-very-long-id-that-has-since-left-the-programme-${'x'.repeat(40)}`;
  const stored = { [KEY]: envelope([early.slug, longGone, late.slug]) };

  for (const view of [
    { name: 'programme', query: '', h1: 'Programme' },
    { name: 'detail', query: `?session=${late.slug}`, h1: late.title },
    { name: 'shortlist', query: '?view=shortlist', h1: 'My shortlist' },
    { name: 'shared', query: `?shared=${late.slug},${middle.slug}`, h1: 'A shared shortlist' },
  ]) {
    await t.test(view.name, async (t) => {
      const session = await open(t, view.query, { ...VIEWPORTS.pixel5, stored });
      const { page } = session;
      await expectH1(page, view.h1);
      await page.locator('main button[data-shortlist]').first().waitFor();

      const heights = await controlHeights(page, 'main button, main input[type="text"]');
      assert.ok(heights.length > 0, 'found buttons to measure');
      const small = heights.filter((x) => x.height < MIN_TARGET).map((x) => `${x.what} is ${x.height}px tall`);
      assert.deepEqual(small, [], `every button and text input in main is at least ${MIN_TARGET}px tall`);

      const o = await overflowReport(page);
      const width = Math.min(o.width, page.viewportSize().width);
      assert.ok(
        o.scrollWidth <= width,
        `no horizontal scroll: scrollWidth ${o.scrollWidth}px > viewport width ${width}px; sticking out: ${o.culprits.join(', ')}`,
      );
      assertClean(session);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 9. Accessibility
// ---------------------------------------------------------------------------------------------

test('axe-core finds no violations on the shortlist and shared views, light and dark', async (t) => {
  const full = { [KEY]: envelope([late.slug, GONE, early.slug]) };
  const views = [
    {
      name: 'shortlist with a missing session and the share section',
      query: '?view=shortlist',
      stored: full,
      h1: 'My shortlist',
      ready: (page) => page.getByRole('region', { name: 'Share my shortlist' }),
    },
    { name: 'empty shortlist', query: '?view=shortlist', h1: 'My shortlist', ready: (page) => page.locator('main [data-result-count]') },
    {
      name: 'unreadable shortlist notice',
      query: '?view=shortlist',
      stored: { [KEY]: '{not json' },
      h1: 'My shortlist',
      ready: (page) => page.locator('[data-storage-notice]').filter({ hasText: UNREADABLE }),
    },
    {
      name: 'shared shortlist',
      query: `?shared=${late.slug},${GONE},${early.slug}`,
      stored: { [KEY]: envelope([middle.slug]) },
      h1: 'A shared shortlist',
      ready: (page) => page.locator('main article[data-session]'),
    },
    {
      name: 'shared shortlist, after adding it',
      query: `?shared=${late.slug},${early.slug}`,
      h1: 'A shared shortlist',
      ready: async (page) => {
        await page.getByRole('button', { name: 'Add these to my shortlist', exact: true }).click();
        return page.getByRole('link', { name: 'See my shortlist', exact: true });
      },
    },
    { name: 'tampered shared link', query: '?shared=,,', h1: 'A shared shortlist', ready: (page) => page.getByText(LINK_UNREADABLE) },
  ];
  for (const colorScheme of ['light', 'dark']) {
    for (const view of views) {
      await t.test(`${view.name}, ${colorScheme}`, async (t) => {
        const session = await open(t, view.query, { colorScheme, stored: view.stored });
        const { page } = session;
        await expectH1(page, view.h1);
        await waitFor(await view.ready(page), `the ${view.name} view is fully shown`);
        const violations = await axe(page);
        assert.equal(violations.length, 0, `axe violations:\n${formatViolations(violations)}`);
        assertClean(session);
      });
    }
  }
});
