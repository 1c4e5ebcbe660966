// End-to-end journeys through the built app (dist/), in headless Chromium.
//
// Run after `trunk build --release`:  node --test tests/e2e/*.test.mjs
// E2E_PREFIX=/some/path/ serves the same dist/ under a sub-path instead of the domain root.
//
// The tests follow the app's DOM contract (roles and accessible names first) and compare what
// the page shows with the bundled data file, so a changed schedule needs no change here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS,
  axe,
  boxWhenStill,
  clickWhenStill,
  expectH1,
  formatViolations,
  normalise,
  openApp,
  overflowReport,
  param,
  listedSessions,
  readProgramme,
  scrollIntoViewWhenStill,
  serveDistForTests,
} from '../support/harness.mjs';

const ILLUSTRATIVE_LABEL = 'Illustrative — details not published';
const STATUSES = ['Past', 'Today', 'Upcoming', 'Happening now'];
const MIN_TARGET = 44; // px: the app's touch-target rule (WCAG 2.5.5 size)

const programme = readProgramme();
const sessions = listedSessions(programme);
const organisationsBySlug = new Map((programme.organisations ?? []).map((o) => [o.slug, o]));
/** The series' organisers, as organisation records. */
const organisers = (programme.series?.organisers ?? [])
  .map((slug) => organisationsBySlug.get(slug))
  .filter(Boolean);

/** A session far down the list, so opening it and coming back exercises scroll restoration. */
const farSession = sessions[Math.floor(sessions.length * 0.8)];
/** A session with a source URL (the published one), for the "Source" link. */
const sourcedSession = sessions.find((s) => s.source) ?? sessions[0];
/** The session with the longest title: the hardest to fit on a narrow screen. */
const longestTitleSession = [...sessions].sort((a, b) => b.title.length - a.title.length)[0];

const env = serveDistForTests();

/** Every page opened by any journey, for the privacy test at the end. */
const journeys = [];

/**
 * Opens the app at `query` (e.g. "?view=about") in a fresh context, registers it for the
 * privacy checks, and closes it when test `t` ends (recording its cookies first).
 */
async function open(t, query = '', options = {}) {
  const session = await openApp(env.browser, env.server.baseUrl + query, options);
  session.page.setDefaultTimeout(10_000);
  const entry = { name: t.fullName ?? t.name, session, cookies: [], documentCookie: '' };
  journeys.push(entry);
  t.after(async () => {
    entry.cookies = await session.context.cookies().catch(() => []);
    entry.documentCookie = await session.page.evaluate(() => document.cookie).catch(() => '');
    await session.close();
  });
  return session;
}

/** The session's start in the organisers' time, as the list shows it. */
function ukParts(iso) {
  const date = new Date(iso);
  const fmt = (opts) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...opts }).format(date);
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName').value; // "BST" or "GMT"
  return {
    month: fmt({ month: 'long', year: 'numeric' }), // "April 2023"
    time: fmt({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }), // "13:00"
    zone,
  };
}

/** Text of a session's description, one string per paragraph. */
function paragraphs(text) {
  return String(text ?? '')
    .split(/\n\s*\n/)
    .map(normalise)
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------

test('the programme lists every session, in date order, grouped by month', async (t) => {
  const { page } = await open(t);
  await expectH1(page, 'Programme');

  assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB', '<html lang="en-GB">');
  assert.equal(await page.locator('main#main').count(), 1, 'a <main id="main">');
  const banner = page.getByRole('banner');
  await banner.getByRole('link', { name: 'Stand Up! Speak Out!', exact: true }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Main' });
  assert.equal(
    await nav.getByRole('link', { name: 'Programme', exact: true }).getAttribute('aria-current'),
    'page',
    'the Programme nav link is marked aria-current="page"',
  );
  assert.equal(
    await nav.getByRole('link', { name: 'About', exact: true }).getAttribute('aria-current'),
    null,
    'the About nav link is not current on the programme',
  );

  // textContent, not innerText: cards off screen are not rendered (content-visibility: auto)
  // and innerText reads only rendered text.
  const cards = await page.locator('article[data-session]').evaluateAll((els) =>
    els.map((el) => ({
      slug: el.dataset.session,
      title: el.querySelector('h3')?.textContent.trim(),
      href: el.querySelector('h3 a')?.getAttribute('href'),
      datetime: el.querySelector('time')?.getAttribute('datetime'),
      month: el.closest('section')?.querySelector('h2')?.textContent.trim(),
      status: el.querySelector('[data-status]')?.textContent.trim(),
      // Whatever says "Illustrative" on its own: the label, read as the reader sees it.
      labels: [...el.querySelectorAll('*')]
        .filter((l) => l.children.length === 0 && l.textContent.includes('Illustrative'))
        .map((l) => l.textContent.trim()),
      text: el.textContent,
    })),
  );

  assert.equal(
    cards.length,
    sessions.length,
    `one session card per [[sessions]] in the data file (${sessions.length})`,
  );
  assert.deepEqual(
    cards.map((c) => c.slug),
    sessions.map((s) => s.slug),
    'cards appear in date order (data-session order compared with the data sorted by start)',
  );

  for (const s of sessions) {
    const card = cards.find((c) => c.slug === s.slug);
    const where = `card "${s.slug}"`;
    // The title is a heading with a link to the session's own URL.
    await page.getByRole('heading', { name: s.title, exact: true }).first().waitFor();
    assert.equal(card.title, s.title, `${where}: its h3 is the title`);
    // The written link leads to the session's own page (readable without JavaScript).
    assert.equal(card.href, `session-${s.slug}.html`, `${where}: the title links to the session's page`);
    assert.ok(card.datetime, `${where}: has a <time datetime>`);
    assert.ok(
      !Number.isNaN(Date.parse(card.datetime)),
      `${where}: <time datetime="${card.datetime}"> is a date`,
    );

    const start = ukParts(s.start);
    const end = ukParts(s.end);
    assert.equal(card.month, start.month, `${where}: sits in the section headed "${start.month}"`);
    if (s.time_known !== false) {
      const range = `${start.time}–${end.time} ${start.zone}`;
      assert.ok(normalise(card.text).includes(range), `${where}: shows "${range}" in: ${normalise(card.text)}`);
    }
    assert.ok(STATUSES.includes(card.status), `${where}: its status is one of ${STATUSES} (was "${card.status}")`);
    // Where the real clock leaves no doubt (more than a day away), the status must agree.
    const DAY = 24 * 60 * 60 * 1000;
    if (Date.parse(s.end) < Date.now() - DAY) {
      assert.equal(card.status, 'Past', `${where}: ended ${s.end}, so it is "Past"`);
    } else if (Date.parse(s.start) > Date.now() + DAY) {
      assert.equal(card.status, 'Upcoming', `${where}: starts ${s.start}, so it is "Upcoming"`);
    }

    if (s.illustrative === true) {
      assert.deepEqual(card.labels, [ILLUSTRATIVE_LABEL], `${where}: illustrative, so labelled "${ILLUSTRATIVE_LABEL}"`);
    } else {
      assert.deepEqual(card.labels, [], `${where}: not illustrative, so has no illustrative label`);
      assert.ok(!card.text.includes(ILLUSTRATIVE_LABEL), `${where}: never says "${ILLUSTRATIVE_LABEL}"`);
    }
  }

  // A title about to be opened another way than by a plain click (a new tab, a copy: the keyboard
  // focus, a press or the context menu come first) leads to the app's own address for it.
  const titleLink = page.locator('article[data-session] h3 a').first();
  await titleLink.focus();
  assert.equal(param(new URL(await titleLink.getAttribute('href'), page.url()).href, 'session'), sessions[0].slug, 'a focused title links to ?session=…');
  await page.locator('article[data-session] h3 a').nth(1).dispatchEvent('contextmenu');
  assert.equal(param(new URL(await page.locator('article[data-session] h3 a').nth(1).getAttribute('href'), page.url()).href, 'session'), sessions[1].slug, 'so does one whose context menu opens');

  // Month sections: the sections that hold the cards, each month once, in order. (Other sections
  // of the page, such as filters, may have their own h2.)
  const months = await page.locator('article[data-session]').evaluateAll((els) =>
    [...new Set(els.map((el) => el.closest('section')))].map((sec) => sec?.querySelector('h2')?.textContent ?? ''),
  );
  const expectedMonths = [...new Set(sessions.map((s) => ukParts(s.start).month))];
  assert.deepEqual(months.map((m) => m.trim()), expectedMonths, 'one section per month, in order');
});

test('opening a session from the list, then back and forward, keeps the reader’s place', async (t) => {
  const session = await open(t);
  const { page } = session;
  await expectH1(page, 'Programme');
  const listTitle = await page.title();
  // Proves that navigation stays in this document (client-side, history.pushState).
  await page.evaluate(() => {
    window.__e2eSameDocument = true;
  });

  const card = page.locator(`article[data-session="${farSession.slug}"]`);
  // Where the reader is when they open the session: measured once the list around the card has
  // been laid out, since the app records the card's place at the click.
  const before = await scrollIntoViewWhenStill(card);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  assert.ok(scrollBefore > 0, 'the chosen session is far enough down the list to need scrolling');

  await card.getByRole('link', { name: farSession.title, exact: true }).click();
  await page.waitForURL((url) => param(url.href, 'session') === farSession.slug);
  await expectH1(page, farSession.title);
  const detail = page.locator(`article[data-session="${farSession.slug}"]`).filter({ has: page.getByRole('heading', { level: 1 }) });
  await detail.waitFor();
  const detailText = normalise(await detail.innerText());
  for (const p of paragraphs(farSession.description)) {
    assert.ok(detailText.includes(p), `the detail view shows the full description; missing: "${p}"`);
  }
  await page.getByRole('link', { name: 'Back to the programme' }).waitFor();
  const detailTitle = await page.title();
  assert.notEqual(detailTitle, listTitle, 'document.title changes for the detail view');

  await page.goBack();
  await page.waitForURL((url) => param(url.href, 'session') === null);
  await expectH1(page, 'Programme');
  assert.equal(
    await page.evaluate(() => window.__e2eSameDocument === true),
    true,
    'back stays in the same document (the app navigates with history.pushState)',
  );
  assert.equal(await page.title(), listTitle, 'document.title is the list’s again');

  // The programme is the same page as when the reader left it, so the same scroll position puts
  // the card back where it was, within a pixel.
  const viewport = page.viewportSize();
  const after = await boxWhenStill(card);
  assert.ok(after, 'the card is on the list again');
  assert.ok(
    after.y + after.height > 0 && after.y < viewport.height,
    `the card is in the viewport after going back (its top at ${after.y}px, viewport ${viewport.height}px tall)`,
  );
  assert.ok(
    Math.abs(after.y - before.y) <= 1,
    `the scroll position is restored: the card's top was at ${before.y}px before, ${after.y}px after ` +
      `(scrollY ${scrollBefore} before, ${await page.evaluate(() => window.scrollY)} after)`,
  );

  assert.equal(
    await page.evaluate(() => document.activeElement?.closest('article')?.dataset.session ?? document.activeElement?.tagName),
    farSession.slug,
    'keyboard focus is back on the link to the session the reader left through',
  );

  await page.goForward();
  await page.waitForURL((url) => param(url.href, 'session') === farSession.slug);
  await expectH1(page, farSession.title);
  await detail.waitFor();

  // Back once more, and the reader heads straight for the top: nothing pulls them back to the card,
  // and the list keeps its heights, so the scroll ends at the very top.
  await page.goBack();
  await expectH1(page, 'Programme');
  await page.keyboard.press('Home');
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'after Home, the page is at the top');
});

test('a session’s own URL opens its detail view', async (t) => {
  await t.test(`?session=${sourcedSession.slug} (loaded directly)`, async (t) => {
    const { page } = await open(t, `?session=${encodeURIComponent(sourcedSession.slug)}`);
    await expectH1(page, sourcedSession.title);
    const detail = page.locator(`article[data-session="${sourcedSession.slug}"]`).filter({ has: page.getByRole('heading', { level: 1 }) });
    await detail.waitFor();
    const text = normalise(await detail.innerText());
    for (const p of paragraphs(sourcedSession.description)) {
      assert.ok(text.includes(p), `the full description is shown; missing: "${p}"`);
    }
    if (sourcedSession.source) {
      const source = page.getByRole('link', { name: 'Source', exact: true });
      assert.equal(await source.count(), 1, 'one link named "Source"');
      assert.equal(await source.getAttribute('href'), sourcedSession.source, 'the Source link points at the data’s source');
    }

    // The back link returns to the list.
    await page.getByRole('link', { name: 'Back to the programme' }).click();
    await page.waitForURL((url) => param(url.href, 'session') === null);
    await expectH1(page, 'Programme');
  });

  await t.test('?session=does-not-exist says "Session not found"', async (t) => {
    const { page, pageErrors } = await open(t, '?session=does-not-exist');
    await expectH1(page, 'Session not found');
    // A link back: to this page's path with no session in the query.
    const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.href));
    const here = new URL(page.url());
    assert.ok(
      hrefs.some((h) => {
        const u = new URL(h);
        return u.origin === here.origin && u.pathname === here.pathname && !u.searchParams.has('session');
      }),
      `offers a link back to the programme (links seen: ${JSON.stringify(hrefs)})`,
    );
    assert.deepEqual(pageErrors, [], 'no uncaught errors for an unknown session');
  });
});

test('the About view introduces the series and its organisers', async (t) => {
  const checkAbout = async (page) => {
    await expectH1(page, 'About the series');
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.equal(
      await nav.getByRole('link', { name: 'About', exact: true }).getAttribute('aria-current'),
      'page',
      'the About nav link is marked aria-current="page"',
    );
    const main = page.locator('main');
    const text = normalise(await main.innerText());
    assert.ok(organisers.length > 0, 'the data names the series’ organisers');
    const hrefs = (await main.locator('a[href]').evaluateAll((as) => as.map((a) => a.href))).map((h) =>
      h.replace(/\/$/, ''),
    );
    for (const o of organisers) {
      assert.ok(text.includes(normalise(o.name)), `names the organiser "${o.name}"`);
      if (o.website) {
        assert.ok(
          hrefs.includes(o.website.replace(/\/$/, '')),
          `links to ${o.name}'s website ${o.website} (links seen: ${JSON.stringify(hrefs)})`,
        );
      }
    }
    assert.match(text, /illustrative/i, 'says why some sessions are illustrative');
  };

  await t.test('?view=about (loaded directly)', async (t) => {
    const { page } = await open(t, '?view=about');
    await checkAbout(page);
  });

  await t.test('through the "About" nav link, and back with "Programme"', async (t) => {
    const { page } = await open(t);
    await expectH1(page, 'Programme');
    const listTitle = await page.title();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'About', exact: true }).click();
    await page.waitForURL((url) => param(url.href, 'view') === 'about');
    await checkAbout(page);
    assert.notEqual(await page.title(), listTitle, 'document.title changes for the About view');
    await nav.getByRole('link', { name: 'Programme', exact: true }).click();
    await page.waitForURL((url) => param(url.href, 'view') === null);
    await expectH1(page, 'Programme');
  });
});

// ---------------------------------------------------------------------------------------------

const VIEWS = [
  { name: 'programme', query: '', h1: 'Programme' },
  {
    name: `detail (${longestTitleSession.slug})`,
    query: `?session=${encodeURIComponent(longestTitleSession.slug)}`,
    h1: longestTitleSession.title,
  },
  { name: 'about', query: '?view=about', h1: 'About the series' },
];

/** Links and buttons in the header and main that are visible, with their size and context. */
async function targets(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('header a, header button, main a, main button')) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Not visible: skip (a visually hidden element is 1×1 or clipped).
      if (r.width <= 1 || r.height <= 1 || style.visibility === 'hidden') continue;
      out.push({
        text: (el.innerText || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 60),
        tag: el.tagName.toLowerCase(),
        height: Math.round(r.height * 10) / 10,
        inlineInParagraph: style.display === 'inline' && el.closest('p') !== null,
        // Must be ≥ 44 px whatever their context: the nav, the session titles, the back link.
        mustBeLarge:
          el.closest('nav') !== null ||
          el.closest('[data-title-link]') !== null ||
          /^back to the programme$/i.test((el.innerText || '').trim()),
      });
    }
    return out;
  });
}

for (const [label, device] of [
  ['Pixel 5', VIEWPORTS.pixel5],
  ['320 px wide', VIEWPORTS.narrow320],
]) {
  test(`on a ${label} screen: no horizontal scroll, touch targets at least ${MIN_TARGET}px tall`, async (t) => {
    for (const view of VIEWS) {
      await t.test(`${label} · ${view.name}`, async (t) => {
        const { page } = await open(t, view.query, device);
        await expectH1(page, view.h1);

        const o = await overflowReport(page);
        // Also bounded by the emulated screen: a page without a width=device-width viewport
        // would lay out 980 px wide on a phone and pass the first comparison.
        const width = Math.min(o.width, page.viewportSize().width);
        assert.ok(
          o.scrollWidth <= width,
          `no horizontal scroll: scrollWidth ${o.scrollWidth}px > viewport width ${width}px; ` +
            `sticking out: ${o.culprits.join(', ')}`,
        );

        const found = await targets(page);
        assert.ok(found.length > 0, 'found the links and buttons to measure');
        const small = found.filter(
          (x) => x.height < MIN_TARGET && (x.mustBeLarge || !x.inlineInParagraph),
        );
        assert.deepEqual(
          small.map((x) => `${x.tag} "${x.text}" is ${x.height}px tall`),
          [],
          `every link and button in header and main is ≥ ${MIN_TARGET}px tall unless it is inline text in a paragraph`,
        );
      });
    }
  });
}

test('axe-core finds no accessibility violations, in light and dark colour schemes', async (t) => {
  const views = [
    { name: 'programme', query: '', h1: 'Programme' },
    { name: `detail (${sourcedSession.slug})`, query: `?session=${encodeURIComponent(sourcedSession.slug)}`, h1: sourcedSession.title },
    { name: 'about', query: '?view=about', h1: 'About the series' },
    { name: 'session not found', query: '?session=does-not-exist', h1: 'Session not found' },
  ];
  for (const colorScheme of ['light', 'dark']) {
    for (const view of views) {
      await t.test(`${view.name}, ${colorScheme}`, async (t) => {
        const { page } = await open(t, view.query, { colorScheme });
        await expectH1(page, view.h1);
        const violations = await axe(page);
        assert.equal(violations.length, 0, `axe violations:\n${formatViolations(violations)}`);
      });
    }
  }
});

test('keyboard: the skip link comes first and focus is always visible', async (t) => {
  /** What is focused now, and whether its focus can be seen. */
  const focused = (page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow && s.boxShadow !== 'none';
      return {
        tag: el.tagName.toLowerCase(),
        text: (el.innerText || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 60),
        href: el.getAttribute('href'),
        inMain: el.closest('main') !== null,
        visible: Boolean(outline || shadow),
        style: `outline: ${s.outlineStyle} ${s.outlineWidth}; box-shadow: ${s.boxShadow}`,
      };
    });

  await t.test('Tab from a fresh page focuses "Skip to main content", then each control visibly', async (t) => {
    const { page } = await open(t);
    await expectH1(page, 'Programme');
    await page.keyboard.press('Tab');
    const first = await focused(page);
    assert.ok(first, 'Tab focuses something');
    assert.equal(first.text, 'Skip to main content', 'the first Tab stop is the skip link');
    assert.equal(first.href, '#main', 'the skip link targets #main');
    const invisible = [];
    if (!first.visible) invisible.push(`${first.tag} "${first.text}" (${first.style})`);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f && !f.visible) invisible.push(`${f.tag} "${f.text}" (${f.style})`);
    }
    assert.deepEqual(invisible, [], 'every focused element shows an outline or a box-shadow');
  });

  await t.test('the skip link moves on to the main content', async (t) => {
    const { page } = await open(t);
    await expectH1(page, 'Programme');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectH1(page, 'Programme');
    await page.keyboard.press('Tab');
    const next = await focused(page);
    assert.ok(next?.inMain, `after the skip link, Tab lands inside main (it landed on ${JSON.stringify(next)})`);
  });
});

// Last, so that it also sees every page the journeys above opened.
test('privacy: only the app’s own origin is contacted, no cookies, no console errors', async (t) => {
  // A journey of its own, so this test means something when run alone.
  const session = await open(t);
  const { page } = session;
  await expectH1(page, 'Programme');
  await clickWhenStill(page.locator(`article[data-session="${farSession.slug}"]`).getByRole('link', { name: farSession.title, exact: true }));
  await expectH1(page, farSession.title);
  await page.goBack();
  await expectH1(page, 'Programme');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About', exact: true }).click();
  await expectH1(page, 'About the series');
  assert.deepEqual(await session.context.cookies(), [], 'no cookies in this journey');
  assert.equal(await page.evaluate(() => document.cookie), '', 'document.cookie is empty');

  const problems = [];
  for (const j of journeys) {
    const { requests, consoleErrors, pageErrors } = j.session;
    const foreign = requests.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false; // not network requests
      return new URL(url).origin !== env.server.origin;
    });
    if (foreign.length) problems.push(`${j.name}: requests to other origins: ${[...new Set(foreign)].join(', ')}`);
    if (j.cookies.length) problems.push(`${j.name}: cookies set: ${j.cookies.map((c) => c.name).join(', ')}`);
    if (j.documentCookie) problems.push(`${j.name}: document.cookie = ${JSON.stringify(j.documentCookie)}`);
    if (consoleErrors.length) problems.push(`${j.name}: console errors: ${consoleErrors.join(' | ')}`);
    if (pageErrors.length) problems.push(`${j.name}: page errors: ${pageErrors.join(' | ')}`);
  }
  const notFound = env.server.log.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.url}`);
  if (notFound.length) problems.push(`the server answered errors: ${[...new Set(notFound)].join(', ')}`);
  assert.deepEqual(problems, [], `privacy and hygiene across ${journeys.length} pages`);
});
