// End-to-end journeys for embedding the programme in a member organisation's own website:
// the one-line script (dist/embed.js) on a host page served from ANOTHER origin (localhost,
// against the app on 127.0.0.1) and styled hostilely; the frame it inserts (where, its title,
// its address, pre-filtered to an organisation); the embedded app (no site header, the embed bar,
// only that organisation's sessions); the frame's height following its content as filters change
// and a session opens, at desktop and phone sizes; height messages posted from anywhere else
// being ignored; the "full programme" and "with my shortlist" links opening at top level; the
// host's CSS and the embed leaving each other alone; axe-core inside the frame; the app's
// "Embed" page (choices, the code, copying it, the preview, under a sub-path too) and pasting its
// code, script or plain frame, into a host page.
//
// Run after `trunk build --release`:  node --test tests/e2e/embed.test.mjs
// (E2E_DIST=/some/dist points it at another build; E2E_PREFIX=/some/path/ serves it under a sub-path.)
//
// Expected sessions are computed from the bundled data (src/data/programme.toml), so a changed
// schedule needs no change here.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import {
  DIST,
  appReady,
  fold,
  PREFIX,
  VIEWPORTS,
  assertClean,
  axe,
  clickWhenStill,
  expectH1,
  formatViolations,
  normalise,
  openApp,
  poll,
  listedSessions,
  readProgramme,
  searchableText,
  serveDistForTests,
  startServer,
} from '../support/harness.mjs';

const DEFAULT_TITLE = 'Stand Up! Speak Out! programme';
const HEIGHT_MESSAGE = 'sus-guide:height';
/** How far (px) the frame's height may be from its content's height. */
const FIT_TOLERANCE = 3;
const SUB_PATH = PREFIX === '/' ? '/some/path/' : '/';

// ---------------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------------

const programme = readProgramme();
const topics = programme.topics ?? [];
const organisations = programme.organisations ?? [];
const sessions = listedSessions(programme);
const bySlug = new Map(sessions.map((s) => [s.slug, s]));
const TOTAL = sessions.length;

/** Slugs of the sessions with any of `orgs` (if any) and any of `chosenTopics` (if any), in list order. */
function sessionsFor({ orgs = [], topics: chosenTopics = [] } = {}) {
  return sessions
    .filter((s) => orgs.length === 0 || (s.organisations ?? []).some((o) => orgs.includes(o)))
    .filter((s) => chosenTopics.length === 0 || (s.topics ?? []).some((t) => chosenTopics.includes(t)))
    .map((s) => s.slug);
}

/** The organisation with the most sessions (first in data order on ties), but not all of them. */
const ORG = [...organisations]
  .map((o, i) => ({ ...o, i, n: sessionsFor({ orgs: [o.slug] }).length }))
  .filter((o) => o.n > 1 && o.n < TOTAL)
  .sort((a, b) => b.n - a.n || a.i - b.i)[0];
const ORG_SESSIONS = ORG ? sessionsFor({ orgs: [ORG.slug] }) : [];
/** Another organisation with sessions, for a second embed and the plain frame. */
const OTHER_ORG = organisations.find((o) => o.slug !== ORG?.slug && sessionsFor({ orgs: [o.slug] }).length > 0);

const matches = (s, word) => searchableText(s, programme).includes(` ${fold(word)}`);

/** A word from a title of ORG's sessions that, with ORG chosen, finds exactly one session. */
const ONE_WORD = (() => {
  for (const slug of ORG_SESSIONS) {
    for (const word of fold(bySlug.get(slug).title).split(' ')) {
      if (/^[a-z]{5,}$/.test(word) && ORG_SESSIONS.filter((x) => matches(bySlug.get(x), word)).length === 1) {
        return { word, slug: ORG_SESSIONS.find((x) => matches(bySlug.get(x), word)) };
      }
    }
  }
  return null;
})();

/**
 * For the Embed page: two organisations and two topics which, chosen together, give some
 * sessions but not all (so the pasted script is seen to filter by both).
 */
const CHOICE = (() => {
  for (const [ia, a] of organisations.entries()) {
    for (const b of organisations.slice(ia + 1)) {
      for (const [ic, c] of topics.entries()) {
        for (const d of topics.slice(ic + 1)) {
          const orgs = [a.slug, b.slug];
          const chosen = [c.slug, d.slug];
          const both = sessionsFor({ orgs, topics: chosen });
          if (both.length > 0 && both.length < sessionsFor({ orgs }).length && both.length < sessionsFor({ topics: chosen }).length) {
            return { orgs: [a, b], topics: [c, d], sessions: both };
          }
        }
      }
    }
  }
  return null;
})();

// ---------------------------------------------------------------------------------------------
// Servers and browser
// ---------------------------------------------------------------------------------------------

/** The app under PREFIX, and Chromium. */
const env = serveDistForTests();
/** The app under another path, to check the code the Embed page writes there. */
let subPathServer;
/** The member organisation's site, on http://localhost:PORT: another origin than the app's. */
let host;

/**
 * A tiny web server for host pages on 127.0.0.1, reached as http://localhost:PORT (so a different
 * origin from the app's 127.0.0.1). `page(html)` publishes a page and returns its URL.
 */
async function startHost() {
  const pages = new Map();
  const log = [];
  const server = createServer((req, res) => {
    log.push(req.url);
    const html = pages.get(new URL(req.url, 'http://localhost').pathname);
    if (html === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    return res.end(html);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://localhost:${server.address().port}`;
  let n = 0;
  return {
    origin,
    log,
    page(html) {
      const path = `/member-page-${++n}.html`;
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

before(async () => {
  subPathServer = await startServer({ root: DIST, prefix: SUB_PATH });
  host = await startHost();
});
after(async () => {
  await subPathServer?.close();
  await host?.close();
});

/** CSS a careless or hostile member site might have: it must not reach into the frame or squash it. */
const HOSTILE_CSS = `
  * { font-size: 40px !important; display: block; line-height: 3 !important; }
  iframe { height: 10px !important; width: 50% !important; border: 20px solid red !important;
           opacity: 0.2 !important; visibility: hidden !important; transform: scale(0.5) !important;
           margin: 2rem !important; padding: 1rem !important; }
  body { margin: 3rem 12px; background: yellow; }
  p { color: red !important; }`;

/** A well-behaved page: the same width for the frame as on the hostile one, nothing else. */
const PLAIN_CSS = 'body { margin: 1rem 12px; }';

/** A member's page: `embed` (the pasted code) between "Before" and "After", hostile CSS unless `plain`. */
function hostHtml(embed, { plain = false } = {}) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Member site</title>
<link rel="icon" href="data:,">
<style>${plain ? PLAIN_CSS : HOSTILE_CSS}</style>
</head><body>
<h1>Our events</h1>
<p>Before</p>
${embed}
<p>After</p>
</body></html>`;
}

/** The script line as the Embed page writes it. */
function scriptTag(baseUrl, attrs = {}) {
  const extra = Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return `<script src="${baseUrl}embed.js"${extra} async></script>`;
}

/**
 * Opens `url` (a host page) in a fresh context, closed when test `t` ends. Records every request,
 * console error, CSP violation and uncaught error of the page and of its frames.
 */
async function openHost(t, url, options = {}) {
  const session = await openApp(env.browser, url, { ...options, waitForReady: false });
  t.after(session.close);
  session.page.setDefaultTimeout(10_000);
  return session;
}

/** No errors, and every request went to the host's origin or the app's (`appOrigins`). */
function assertHostClean(session, where, appOrigins = [env.server.origin]) {
  assertClean(session, where, [host.origin, ...appOrigins]);
}

/** The app inside the host page's iframe (`selector`), once it shows a view. */
async function embeddedApp(page, selector = 'iframe') {
  const element = page.locator(selector).first();
  await element.waitFor({ state: 'attached' });
  const frame = await (await element.elementHandle()).contentFrame();
  assert.ok(frame, `the frame ${selector} has a document`);
  try {
    await appReady(frame);
    await frame.locator('main h1').first().waitFor({ state: 'visible', timeout: 20_000 });
  } catch (err) {
    assert.fail(`the embedded programme never showed a heading (frame at ${frame.url()})\n${err.message.split('\n')[0]}`);
  }
  return frame;
}

/** The frame's height on the host page, and its content's height, inside it. */
async function measure(page, frame, selector = 'iframe') {
  const outer = await page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  return { frame: outer, ...inner };
}

const fits = (m) => Math.abs(m.frame - m.content) <= FIT_TOLERANCE && m.scrollHeight <= m.innerHeight + 1;

/**
 * Waits until the frame is as tall as its content (within FIT_TOLERANCE px) with no scrollbar of
 * its own, and has stayed so for a few readings; returns the last reading.
 */
async function expectFitted(page, frame, where, selector = 'iframe') {
  // Chromium does not render a cross-origin frame that is wholly off screen (so it cannot report
  // its height) until the visitor scrolls to it: do as the visitor would.
  await page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.top >= window.innerHeight || r.bottom <= 0) el.scrollIntoView({ block: 'start' });
  });
  const deadline = Date.now() + 15_000;
  let last;
  let steady = 0;
  while (Date.now() < deadline) {
    const m = await measure(page, frame, selector);
    steady = fits(m) && last && Math.abs(m.frame - last.frame) < 0.5 && Math.abs(m.content - last.content) < 0.5 ? steady + 1 : 0;
    last = m;
    if (steady >= 3) return m;
    await page.waitForTimeout(100);
  }
  assert.fail(
    `${where}: the frame should be as tall as the programme in it (within ${FIT_TOLERANCE}px) with no scrollbar ` +
      `of its own, so the visitor sees neither a cut-off programme nor a gap; it is ${last.frame}px tall for ` +
      `${last.content}px of content (scrollHeight ${last.scrollHeight}, inner height ${last.innerHeight})`,
  );
}

/** The sessions the frame (or page) shows now: cards not inside a hidden <li>, and the count. */
function readResults(frame) {
  return frame.evaluate(() => ({
    visible: [...document.querySelectorAll('article[data-session]')]
      .filter((c) => !c.closest('li')?.hidden && !c.closest('section')?.hidden)
      .map((c) => c.dataset.session),
    count: (document.querySelector('[data-result-count]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

/** Waits until exactly `slugs` are shown (in list order), then checks them and the count. */
async function expectSessions(frame, slugs, where) {
  const deadline = Date.now() + 10_000;
  let seen = await readResults(frame);
  while (JSON.stringify(seen.visible) !== JSON.stringify(slugs) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    seen = await readResults(frame);
  }
  const titles = (list) => list.map((slug) => bySlug.get(slug)?.title ?? slug);
  assert.deepEqual(titles(seen.visible), titles(slugs), `${where}: the programme shows exactly these sessions`);
  const count = slugs.length === TOTAL ? `${TOTAL} sessions` : `${slugs.length} of ${TOTAL} sessions`;
  assert.equal(seen.count, count, `${where}: the result count says "${count}"`);
}

/** The frame's own address (in-frame navigation is history.pushState). */
const frameUrl = (frame) => frame.evaluate(() => location.href).then((href) => new URL(href));

/** Ticks or unticks organisation `org` inside the frame (opening the phone's sheet first). */
async function setOrganisation(frame, org, checked, phone) {
  const toggle = frame.getByRole('button', { name: /^Filters( \(\d+\))?$/ });
  if (phone && (await toggle.getAttribute('aria-expanded')) !== 'true') {
    await clickWhenStill(toggle);
    await frame.locator('#filter-options').waitFor({ state: 'visible' });
  }
  const box = frame.locator('#filter-options').getByRole('checkbox', { name: org.name, exact: true });
  await clickWhenStill(box);
  assert.equal(await box.isChecked(), checked, `the "${org.name}" box is ${checked ? 'ticked' : 'unticked'} after a click`);
  if (phone) {
    await clickWhenStill(frame.locator('#filter-options').getByRole('button', { name: /^Show \d+ sessions?$/ }));
    await frame.locator('#filter-options').waitFor({ state: 'hidden' });
  }
}

const DEVICES = [
  { name: 'desktop 1280×800', options: VIEWPORTS.desktop, phone: false },
  { name: 'Pixel 5', options: VIEWPORTS.pixel5, phone: true },
];

// ---------------------------------------------------------------------------------------------
// 1. The frame appears, pre-filtered
// ---------------------------------------------------------------------------------------------

test('the script puts a frame where it stands, showing only the chosen organisation’s sessions', async (t) => {
  assert.ok(ORG, 'the data has an organisation with some, but not all, sessions');
  const app = env.server;

  await t.test('default title, one organisation', async (t) => {
    const url = host.page(hostHtml(scriptTag(app.baseUrl, { 'data-org': ORG.slug })));
    const session = await openHost(t, url);
    const { page } = session;
    const frame = await embeddedApp(page);

    const placed = await page.evaluate(() => {
      const frames = [...document.querySelectorAll('iframe')];
      const script = document.querySelector('script[src$="embed.js"]');
      const el = frames[0];
      return {
        frames: frames.length,
        beforeScript: script?.previousElementSibling === el,
        title: el?.getAttribute('title'),
        src: el?.src,
        sandbox: el?.getAttribute('sandbox')?.split(/\s+/).filter(Boolean).sort() ?? null,
        referrerPolicy: el?.getAttribute('referrerpolicy'),
      };
    });
    assert.equal(placed.frames, 1, 'the script adds one frame');
    assert.ok(placed.beforeScript, 'the frame stands just before the script element, where the member pasted the line');
    assert.equal(placed.title, DEFAULT_TITLE, `screen readers announce the frame as "${DEFAULT_TITLE}"`);
    const src = new URL(placed.src);
    assert.equal(src.origin, app.origin, 'the frame shows the app from the app’s own origin');
    assert.equal(src.pathname, new URL(app.baseUrl).pathname, 'the frame shows the app from the folder embed.js was loaded from');
    assert.equal(src.searchParams.get('embed'), '1', 'the frame’s address asks for the embedded app (embed=1)');
    assert.equal(src.searchParams.get('org'), ORG.slug, `the frame’s address is pre-filtered to org=${ORG.slug}`);
    assert.deepEqual(
      placed.sandbox,
      [
        'allow-downloads',
        'allow-popups',
        'allow-popups-to-escape-sandbox',
        'allow-same-origin',
        'allow-scripts',
        'allow-top-navigation-by-user-activation',
      ],
      'the frame is sandboxed: it may open tabs and, on a click, the full app, but not move the member’s page by itself',
    );
    assert.equal(placed.referrerPolicy, 'no-referrer', 'the frame sends no referrer');

    const inside = await frame.evaluate(() => ({
      mainNav: document.querySelectorAll('nav[aria-label="Main"]').length,
      siteHeaderLinks: document.querySelectorAll('header nav').length,
      bar: [...document.querySelectorAll('header')].some((h) => h.querySelector('[data-open-full]')),
      embedded: document.documentElement.hasAttribute('data-embedded'),
      baseTarget: document.querySelector('base')?.getAttribute('target') ?? null,
      embedLink: [...document.querySelectorAll('a')].filter((a) => /Embed this programme/.test(a.textContent)).length,
    }));
    assert.equal(inside.mainNav, 0, 'inside the frame there is no site navigation');
    assert.equal(inside.siteHeaderLinks, 0, 'inside the frame there is no site header');
    assert.ok(inside.bar, 'inside the frame the compact embed bar is shown');
    assert.ok(inside.embedded, 'the embedded document is marked data-embedded');
    assert.equal(inside.baseTarget, '_blank', 'links without a target of their own open in a new tab, not inside the frame');
    assert.equal(inside.embedLink, 0, 'the embedded app does not offer to embed itself');
    const full = frame.getByRole('banner').getByRole('link', { name: 'Open the full programme', exact: true });
    assert.equal(await full.getAttribute('target'), '_top', '"Open the full programme" opens in the whole window');
    await expectSessions(frame, ORG_SESSIONS, `embedded for ${ORG.name}`);
    assert.equal(
      await frame.locator('[data-ignored-notice]').isVisible(),
      false,
      'nothing in the frame’s address is reported as not understood',
    );
    assertHostClean(session, 'embedding');
  });

  await t.test('data-title, several organisations, an unknown topic', async (t) => {
    assert.ok(OTHER_ORG, 'the data has a second organisation with sessions');
    const orgs = [OTHER_ORG.slug, ORG.slug]; // not in programme order, as a member might write them
    const url = host.page(
      hostHtml(
        scriptTag(app.baseUrl, {
          'data-org': orgs.join(','),
          'data-topic': 'no-such-topic',
          'data-title': 'Our sessions in the series',
        }),
      ),
    );
    const session = await openHost(t, url);
    const { page } = session;
    const frame = await embeddedApp(page);
    assert.equal(await page.locator('iframe').getAttribute('title'), 'Our sessions in the series', 'data-title names the frame');
    await expectSessions(frame, sessionsFor({ orgs }), 'embedded for two organisations, with an unknown topic');
    const notice = frame.locator('[data-ignored-notice]');
    await notice.waitFor({ state: 'visible' });
    assert.match(
      normalise(await notice.textContent()),
      /topic “no-such-topic”/,
      'the frame says the unknown topic was ignored',
    );
    const cleaned = await poll(
      () => frameUrl(frame),
      (u) => !u.searchParams.has('topic'),
    );
    assert.equal(cleaned.searchParams.has('topic'), false, 'the unknown topic is dropped from the frame’s address');
    assert.equal(cleaned.searchParams.get('embed'), '1', 'the cleaned frame address stays embedded (embed=1)');
    assertHostClean(session, 'embedding two organisations');
  });
});

// ---------------------------------------------------------------------------------------------
// 2. The frame's height follows its content
// ---------------------------------------------------------------------------------------------

for (const device of DEVICES) {
  test(`${device.name}: the frame grows and shrinks with the programme, with no scrollbar of its own`, async (t) => {
    assert.ok(ORG && ONE_WORD, 'the data has an organisation and a word that finds one of its sessions');
    const url = host.page(hostHtml(scriptTag(env.server.baseUrl, { 'data-org': ORG.slug })));
    const session = await openHost(t, url, device.options);
    const { page } = session;
    const frame = await embeddedApp(page);
    await expectSessions(frame, ORG_SESSIONS, 'at first');
    const first = await expectFitted(page, frame, 'after loading');
    assert.ok(first.frame > 300, `the frame is not squashed by the host's CSS (it is ${first.frame}px tall)`);

    const search = frame.getByRole('searchbox', { name: 'Search' });
    await search.fill(ONE_WORD.word);
    await expectSessions(frame, [ONE_WORD.slug], `after searching "${ONE_WORD.word}"`);
    const one = await expectFitted(page, frame, 'with one session');
    assert.ok(one.frame < first.frame, `the frame shrinks when fewer sessions show (${first.frame}px → ${one.frame}px)`);

    await search.fill('');
    await expectSessions(frame, ORG_SESSIONS, 'search cleared');
    await setOrganisation(frame, ORG, false, device.phone);
    await expectSessions(frame, sessions.map((s) => s.slug), `after unticking ${ORG.name}`);
    const all = await expectFitted(page, frame, 'with every session');
    assert.ok(all.frame > first.frame, `the frame grows when more sessions show (${first.frame}px → ${all.frame}px)`);

    await setOrganisation(frame, ORG, true, device.phone);
    await expectSessions(frame, ORG_SESSIONS, `after ticking ${ORG.name} again`);
    const again = await expectFitted(page, frame, 'with the organisation chosen again');
    assert.ok(again.frame < all.frame, `the frame shrinks back (${all.frame}px → ${again.frame}px)`);

    // A session's detail, inside the frame.
    const target = bySlug.get(ORG_SESSIONS[0]);
    await clickWhenStill(frame.locator(`article[data-session="${target.slug}"]`).getByRole('link', { name: target.title, exact: true }));
    await frame.getByRole('heading', { level: 1, name: target.title, exact: true }).waitFor();
    const detailUrl = await frameUrl(frame);
    assert.equal(detailUrl.searchParams.get('session'), target.slug, 'the session opens inside the frame');
    assert.equal(detailUrl.searchParams.get('embed'), '1', 'the frame stays embedded (embed=1) on the session’s detail');
    assert.equal(new URL(page.url()).origin, host.origin, 'the member’s page stays where it was');
    await expectFitted(page, frame, 'on the session’s detail');

    // (Its accessible name starts with the "←" the CSS puts before it.)
    await clickWhenStill(frame.getByRole('link', { name: /^\W*Back to the programme$/ }));
    await frame.getByRole('heading', { level: 1, name: 'Programme', exact: true }).waitFor();
    const backUrl = await frameUrl(frame);
    assert.equal(backUrl.searchParams.get('embed'), '1', 'back on the programme, the frame is still embedded (embed=1)');
    assert.equal(backUrl.searchParams.get('org'), ORG.slug, 'back on the programme, the organisation is still chosen');
    await expectSessions(frame, ORG_SESSIONS, 'back on the programme');
    await expectFitted(page, frame, 'back on the programme');

    // Scrolling the member's page down through the frame (off-screen parts are laid out late).
    for (let i = 0; i < 40; i++) {
      const atEnd = await page.evaluate(() => {
        window.scrollBy(0, Math.round(window.innerHeight * 0.8));
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      });
      await page.waitForTimeout(60);
      if (atEnd) break;
    }
    await expectFitted(page, frame, 'after scrolling the member’s page to the end');
    assertHostClean(session, 'resizing');
  });
}

test('Pixel 5: the filters open in sight, the frame keeps its height while the page scrolls, an opened session shows its title', async (t) => {
  const phone = DEVICES.find((d) => d.phone);
  const url = host.page(hostHtml(scriptTag(env.server.baseUrl), { plain: true }));
  const session = await openHost(t, url, phone.options);
  const { page } = session;
  const frame = await embeddedApp(page);
  await expectSessions(frame, sessions.map((s) => s.slug), 'every session');
  const fitted = await expectFitted(page, frame, 'after loading');
  const viewport = page.viewportSize();
  const inSight = (box, what) =>
    assert.ok(
      box && box.y >= -1 && box.y < viewport.height && box.y + Math.min(box.height, 40) <= viewport.height + 1,
      `${what} is on the screen (at y=${box && Math.round(box.y)} of ${viewport.height}px)`,
    );

  // Scrolling through the member's page: the frame's height must not jump about.
  await page.evaluate(() => window.scrollTo(0, 0));
  const heights = [];
  for (let i = 0; i < 40; i++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, Math.round(window.innerHeight * 0.8));
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(80);
    heights.push(await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height));
    if (atEnd) break;
  }
  const spread = Math.max(...heights) - Math.min(...heights);
  assert.ok(spread <= FIT_TOLERANCE, `the frame keeps its ${fitted.frame}px while the visitor scrolls (it varied by ${spread}px: ${heights.join(', ')})`);

  // "Filters" in the middle of the screen: the sheet opens where the visitor is looking.
  const toggle = frame.getByRole('button', { name: /^Filters( \(\d+\))?$/ });
  await toggle.scrollIntoViewIfNeeded();
  inSight(await toggle.boundingBox(), 'the "Filters" button');
  const before = await page.evaluate(() => window.scrollY);
  await toggle.click();
  const sheet = frame.locator('#filter-options');
  await sheet.waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => window.scrollY), before, 'opening the filters does not move the page');
  inSight(await sheet.boundingBox(), 'the opened filter options');
  await clickWhenStill(sheet.getByRole('button', { name: /^Show \d+ sessions?$/ }));
  await sheet.waitFor({ state: 'hidden' });

  // A session far down the list: its detail opens with its title in sight.
  const last = sessions[sessions.length - 1];
  const link = frame.locator(`article[data-session="${last.slug}"]`).getByRole('link', { name: last.title, exact: true });
  await link.scrollIntoViewIfNeeded();
  await clickWhenStill(link);
  const title = frame.getByRole('heading', { level: 1, name: last.title, exact: true });
  await title.waitFor();
  await expectFitted(page, frame, 'on the session’s detail');
  inSight(await title.boundingBox(), `the title of "${last.title}"`);
  assertHostClean(session, 'the phone journey');
});

// ---------------------------------------------------------------------------------------------
// 3. Height messages from anywhere else are ignored
// ---------------------------------------------------------------------------------------------

test('height messages from the host page, other frames or malformed ones do not change the frame', async (t) => {
  assert.ok(ORG && OTHER_ORG, 'the data has two organisations with sessions');
  const app = env.server;
  const url = host.page(hostHtml(scriptTag(app.baseUrl, { 'data-org': ORG.slug })));
  const session = await openHost(t, url);
  const { page } = session;
  const frame = await embeddedApp(page);
  await expectSessions(frame, ORG_SESSIONS, 'at first');
  const settled = await expectFitted(page, frame, 'before the spoofed messages');

  // Counts, on the host page, the probe messages that arrived, so each check waits for delivery.
  await page.evaluate(() => {
    window.__probes = new Set();
    window.addEventListener('message', (e) => {
      if (e.data && typeof e.data === 'object' && 'probe' in e.data) window.__probes.add(e.data.probe);
    });
  });
  const heightNow = () => page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
  /** Sends `post(probe)` and checks, once delivered, that the embed's height is unchanged. */
  async function expectIgnored(what, post) {
    const probe = `${what}-${Math.random()}`;
    await post(probe);
    await page.waitForFunction((p) => window.__probes.has(p), probe, { timeout: 5_000 }).catch(() => {
      assert.fail(`${what}: the message never reached the host page`);
    });
    // One more turn for embed.js's own listener (added before ours, so it ran already).
    await page.waitForTimeout(50);
    assert.equal(await heightNow(), settled.frame, `${what}: the frame keeps its height (a visitor would see it jump)`);
  }

  await expectIgnored('a message the host page posts to itself', (probe) =>
    page.evaluate(({ type, probe }) => window.postMessage({ type, height: 5, probe }, '*'), { type: HEIGHT_MESSAGE, probe }),
  );

  // Another frame on the host's origin.
  await page.evaluate(() => {
    const child = document.createElement('iframe');
    child.name = 'spoofer';
    child.srcdoc = '<!doctype html><title>spoofer</title><p>another frame</p>';
    document.body.append(child);
  });
  const spoofer = await poll(
    async () => page.frames().find((f) => f.name() === 'spoofer' && f.url() === 'about:srcdoc'),
    Boolean,
  );
  assert.ok(spoofer, 'the host page’s second frame loaded');
  await spoofer.waitForLoadState();
  await expectIgnored('a message from another frame of the host page', (probe) =>
    spoofer.evaluate(({ type, probe }) => parent.postMessage({ type, height: 7, probe }, '*'), { type: HEIGHT_MESSAGE, probe }),
  );

  // Another frame from the app's own origin: right origin, wrong source. It also posts its own
  // (different) heights, as the app does in any frame.
  await page.evaluate((src) => {
    const other = document.createElement('iframe');
    other.id = 'other-app';
    other.src = src;
    document.body.append(other);
  }, `${app.baseUrl}?embed=1&org=${OTHER_ORG.slug}`);
  const otherApp = await embeddedApp(page, '#other-app');
  await expectSessions(otherApp, sessionsFor({ orgs: [OTHER_ORG.slug] }), 'the second app frame');
  await expectIgnored('a message from another frame of the app’s origin', (probe) =>
    otherApp.evaluate(({ type, probe }) => parent.postMessage({ type, height: 9, probe }, '*'), { type: HEIGHT_MESSAGE, probe }),
  );

  // From the embedded app itself (right source and origin), but malformed.
  const malformed = [
    ['another type', { type: 'sus-guide:width', height: 5 }],
    ['no type', { height: 5 }],
    ['a height in a string', { type: HEIGHT_MESSAGE, height: '5' }],
    ['no height', { type: HEIGHT_MESSAGE }],
    ['a NaN height', { type: HEIGHT_MESSAGE, height: NaN }],
    ['an infinite height', { type: HEIGHT_MESSAGE, height: Infinity }],
    ['a zero height', { type: HEIGHT_MESSAGE, height: 0 }],
    ['a negative height', { type: HEIGHT_MESSAGE, height: -500 }],
    ['a huge height', { type: HEIGHT_MESSAGE, height: 1e9 }],
  ];
  for (const [what, data] of malformed) {
    await expectIgnored(`a message from the embedded app with ${what}`, (probe) =>
      frame.evaluate(({ data, probe }) => parent.postMessage({ ...data, probe }, '*'), { data, probe }),
    );
  }
  // Not even an object.
  for (const data of [HEIGHT_MESSAGE, null, 5]) {
    await frame.evaluate((d) => parent.postMessage(d, '*'), data);
  }
  await expectIgnored('a bare string, null or number from the embedded app, then a probe', (probe) =>
    frame.evaluate((probe) => parent.postMessage({ probe }, '*'), probe),
  );

  await expectFitted(page, frame, 'after all the spoofed messages');
  assertHostClean(session, 'spoofed messages');
});

// ---------------------------------------------------------------------------------------------
// 4. The ways out open the full app at top level
// ---------------------------------------------------------------------------------------------

test('"Open the full programme" and the shortlist link open the full app in the whole window', async (t) => {
  assert.ok(ORG, 'the data has an organisation with some, but not all, sessions');
  const app = env.server;
  const url = host.page(hostHtml(scriptTag(app.baseUrl, { 'data-org': ORG.slug })));

  await t.test('the full programme, keeping the organisation', async (t) => {
    const session = await openHost(t, url);
    const { page, context } = session;
    const frame = await embeddedApp(page);
    await expectSessions(frame, ORG_SESSIONS, 'embedded');
    await expectFitted(page, frame, 'embedded');
    await clickWhenStill(frame.getByRole('banner').getByRole('link', { name: 'Open the full programme', exact: true }));
    try {
      await page.waitForURL((u) => u.origin === app.origin, { timeout: 10_000 });
    } catch {
      assert.fail(`clicking "Open the full programme" should open the app in the whole window; the window shows ${page.url()}`);
    }
    const top = new URL(page.url());
    assert.equal(top.pathname, new URL(app.baseUrl).pathname, 'the full app opens at the app’s address');
    assert.equal(top.searchParams.has('embed'), false, 'the full app is not the embedded one (no embed=1)');
    assert.equal(top.searchParams.get('org'), ORG.slug, 'the full app keeps the organisation chosen');
    await expectH1(page, 'Programme');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Open the full programme', exact: true }).count(), 0, 'the full app has no embed bar');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-embedded')), false, 'the full app is not marked embedded');
    await expectSessions(page.mainFrame(), ORG_SESSIONS, 'the full app');
    assert.equal(context.pages().length, 1, 'no extra tab was opened');
    assertHostClean(session, 'opening the full programme');
  });

  await t.test('the full app with my shortlist', async (t) => {
    const session = await openHost(t, url);
    const { page, context } = session;
    const frame = await embeddedApp(page);
    await expectSessions(frame, ORG_SESSIONS, 'embedded');
    await expectFitted(page, frame, 'embedded');
    const bar = frame.getByRole('banner');
    assert.equal(await bar.getByRole('link', { name: /with my shortlist/ }).count(), 0, 'no shortlist link while the shortlist is empty');

    const pick = bySlug.get(ORG_SESSIONS[0]);
    const card = frame.locator(`article[data-session="${pick.slug}"]`);
    await clickWhenStill(card.getByRole('button', { name: `Add ${pick.title} to my shortlist`, exact: true }));
    await card.getByRole('button', { name: `Remove ${pick.title} from my shortlist`, exact: true }).waitFor();
    const carry = bar.getByRole('link', { name: 'Open in the full app with my shortlist (1)', exact: true });
    await carry.waitFor();
    assert.equal(await carry.getAttribute('target'), '_top', 'the shortlist link opens in the whole window');
    await clickWhenStill(carry);
    try {
      await page.waitForURL((u) => u.origin === app.origin, { timeout: 10_000 });
    } catch {
      assert.fail(`clicking the shortlist link should open the app in the whole window; the window shows ${page.url()}`);
    }
    const top = new URL(page.url());
    assert.equal(top.searchParams.get('shared'), pick.slug, `the full app opens with ?shared=${pick.slug}`);
    assert.equal(top.searchParams.has('embed'), false, 'the full app is not the embedded one (no embed=1)');
    await expectH1(page, 'A shared shortlist');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const shown = await page.locator('article[data-session]').evaluateAll((els) => els.map((el) => el.dataset.session));
    assert.deepEqual(shown, [pick.slug], 'the shared shortlist shows the session shortlisted in the frame');
    const add = page.getByRole('button', { name: 'Add these to my shortlist', exact: true });
    await add.waitFor();
    await add.click();
    await page.getByText('Added 1 session to your shortlist.').waitFor();
    assert.equal(context.pages().length, 1, 'no extra tab was opened');
    assertHostClean(session, 'carrying the shortlist over');
  });
});

// ---------------------------------------------------------------------------------------------
// 5. The host's CSS and the embed leave each other alone
// ---------------------------------------------------------------------------------------------

test('the host page’s CSS does not reach the embed, and the embed changes nothing else on the host page', async (t) => {
  assert.ok(ORG, 'the data has an organisation with some, but not all, sessions');
  const app = env.server;
  const embed = scriptTag(app.baseUrl, { 'data-org': ORG.slug });

  /** What a visitor would notice of the host page: its elements (but the embed's), text and looks. */
  const hostOutline = (page) =>
    page.evaluate(() => ({
      elements: [...document.querySelectorAll('*')]
        .filter((el) => el.tagName !== 'IFRAME' && !(el.tagName === 'SCRIPT' && /embed\.js$/.test(el.src)))
        .map((el) => {
          const cs = getComputedStyle(el);
          const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
          return `${el.tagName.toLowerCase()}[${attrs}] ${cs.fontSize} ${cs.color} ${cs.display} "${el.children.length ? '' : el.textContent.trim()}"`;
        }),
      title: document.title,
      // (Numeric keys are the page's frames, window[0] being the embed.)
      globals: Object.keys(window).filter((k) => !/^\d+$/.test(k)).sort(),
      bodyChildren: [...document.body.children].map((el) => el.tagName.toLowerCase()),
    }));
  /** Computed styles of the embedded view that the host's `*` rule would change if it leaked. */
  const embedLooks = (frame) =>
    frame.evaluate(() => {
      const pick = (sel) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        const cs = getComputedStyle(el);
        return `${cs.fontSize} ${cs.lineHeight} ${cs.display} ${cs.color}`;
      };
      return {
        cardTitle: pick('article[data-session] h3'),
        h1: pick('main h1'),
        bar: pick('header [data-series-title]'),
        count: pick('[data-result-count]'),
        body: pick('body'),
        head: pick('head'),
      };
    });

  // The same page without the embed, and the same embed on a page without the hostile CSS.
  const control = await openHost(t, host.page(hostHtml('')));
  const before = await hostOutline(control.page);
  const calm = await openHost(t, host.page(hostHtml(embed, { plain: true })));
  const calmFrame = await embeddedApp(calm.page);
  await expectSessions(calmFrame, ORG_SESSIONS, 'on a page without hostile CSS');
  await expectFitted(calm.page, calmFrame, 'on a page without hostile CSS');
  const calmLooks = await embedLooks(calmFrame);

  const url = host.page(hostHtml(embed));
  const session = await openHost(t, url);
  const { page } = session;
  const frame = await embeddedApp(page);
  await expectSessions(frame, ORG_SESSIONS, 'on the hostile page');
  // Before anything scrolls to the frame: loading it must not move the visitor or take the focus.
  const focusAndScroll = await page.evaluate(() => ({ active: document.activeElement?.tagName, scrollY: window.scrollY }));
  assert.equal(focusAndScroll.active, 'BODY', 'loading the embed does not take the focus from the host page');
  assert.equal(focusAndScroll.scrollY, 0, 'loading the embed does not scroll the host page');
  const fitted = await expectFitted(page, frame, 'on the hostile page');

  const looks = await embedLooks(frame);
  assert.notEqual(looks.cardTitle?.split(' ')[0], '40px', 'session titles in the frame are not blown up to the host’s 40px');
  assert.deepEqual(looks, calmLooks, 'the embedded programme looks the same on a hostile page as on a plain one');

  const box = await page.locator('iframe').evaluate((el) => {
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      height: r.height,
      width: r.width,
      containerWidth: el.parentElement.clientWidth - parseFloat(getComputedStyle(el.parentElement).paddingLeft) - parseFloat(getComputedStyle(el.parentElement).paddingRight),
      borders: [cs.borderTopWidth, cs.borderRightWidth, cs.borderBottomWidth, cs.borderLeftWidth],
      display: cs.display,
      visibility: cs.visibility,
      opacity: cs.opacity,
      transform: cs.transform,
      margin: cs.margin,
      padding: cs.padding,
    };
  });
  assert.notEqual(box.height, 10, 'the host’s `iframe { height: 10px !important }` does not squash the frame');
  assert.ok(Math.abs(box.height - fitted.content) <= FIT_TOLERANCE, `the frame is as tall as its content (${box.height}px for ${fitted.content}px)`);
  assert.deepEqual(box.borders, ['0px', '0px', '0px', '0px'], 'the host’s red border does not reach the frame');
  assert.ok(Math.abs(box.width - box.containerWidth) < 1, `the frame fills the width of its container (${box.width}px of ${box.containerWidth}px)`);
  assert.equal(box.display, 'block', 'the frame is displayed as a block');
  assert.equal(box.visibility, 'visible', 'the host cannot hide the frame');
  assert.equal(box.opacity, '1', 'the host cannot fade the frame');
  assert.equal(box.transform, 'none', 'the host cannot shrink the frame with a transform');
  assert.equal(box.margin, '0px', 'the host’s margin does not reach the frame');
  assert.equal(box.padding, '0px', 'the host’s padding does not reach the frame');

  const afterEmbed = await hostOutline(page);
  assert.deepEqual(afterEmbed.elements, before.elements, 'the host page’s own elements, text and styles are as they were');
  assert.equal(afterEmbed.title, 'Member site', 'the host page keeps its title');
  assert.deepEqual(afterEmbed.globals, before.globals, 'embed.js adds no globals to the host page');
  assert.deepEqual(
    afterEmbed.bodyChildren,
    ['h1', 'p', 'iframe', 'script', 'p'],
    'the only element added is the frame, just before the script; "After" is still there',
  );
  assert.equal(page.url(), url, 'the host page’s address is unchanged');
  assertHostClean(control, 'the page without the embed');
  assertHostClean(calm, 'the plain page');
  assertHostClean(session, 'the hostile page');
});

// ---------------------------------------------------------------------------------------------
// 6. Accessibility
// ---------------------------------------------------------------------------------------------

test('axe-core finds no violations inside the frame (programme and detail) nor on the Embed page', async (t) => {
  assert.ok(ORG, 'the data has an organisation with some, but not all, sessions');
  for (const device of DEVICES) {
    await t.test(`inside the frame, ${device.name}`, async (t) => {
      const url = host.page(hostHtml(scriptTag(env.server.baseUrl, { 'data-org': ORG.slug })));
      const session = await openHost(t, url, device.options);
      const { page } = session;
      const frame = await embeddedApp(page);
      await expectSessions(frame, ORG_SESSIONS, 'embedded');
      await expectFitted(page, frame, 'embedded');
      let violations = await axe(frame);
      assert.equal(violations.length, 0, `axe violations in the embedded programme:\n${formatViolations(violations)}`);

      const target = bySlug.get(ORG_SESSIONS[0]);
      await clickWhenStill(frame.locator(`article[data-session="${target.slug}"]`).getByRole('link', { name: target.title, exact: true }));
      await frame.getByRole('heading', { level: 1, name: target.title, exact: true }).waitFor();
      await expectFitted(page, frame, 'embedded detail');
      violations = await axe(frame);
      assert.equal(violations.length, 0, `axe violations in the embedded session detail:\n${formatViolations(violations)}`);
      assertHostClean(session, 'axe in the frame');
    });
  }

  await t.test('the Embed page', async (t) => {
    const session = await openApp(env.browser, `${env.server.baseUrl}?view=embed`);
    t.after(() => session.close());
    const { page } = session;
    await expectH1(page, 'Embed the programme on your website');
    await page.getByRole('checkbox', { name: ORG.name, exact: true }).check();
    const preview = await embeddedApp(page, 'iframe[data-embed-preview]');
    await expectSessions(preview, ORG_SESSIONS, 'the preview');
    // The preview is checked on its own; axe would otherwise wait for an answer from its frame.
    let violations = await axe(page, { iframes: false });
    assert.equal(violations.length, 0, `axe violations on the Embed page:\n${formatViolations(violations)}`);
    violations = await axe(preview);
    assert.equal(violations.length, 0, `axe violations in the Embed page’s preview:\n${formatViolations(violations)}`);
    assertClean(session, 'the Embed page');
  });
});

// ---------------------------------------------------------------------------------------------
// 7. The Embed page writes the code, copies it, and the code works
// ---------------------------------------------------------------------------------------------

for (const prefix of [PREFIX, SUB_PATH]) {
  test(`the Embed page (app under ${prefix}): choices, the code, copying it, the preview; the pasted line works`, async (t) => {
    assert.ok(CHOICE, 'the data has two organisations and two topics that narrow each other');
    const server = prefix === PREFIX ? env.server : subPathServer;
    const base = server.baseUrl;
    const session = await openApp(env.browser, base);
    t.after(() => session.close());
    const { page, context } = session;
    page.setDefaultTimeout(10_000);

    // At the foot of the programme: cards laid out as they scroll into view can move it (clickWhenStill).
    await clickWhenStill(page.getByRole('contentinfo').getByRole('link', { name: 'Embed this programme on your website', exact: true }));
    try {
      await page.waitForURL((u) => u.searchParams.get('view') === 'embed', { timeout: 10_000 });
    } catch {
      assert.fail(`the footer link "Embed this programme on your website" should lead to ?view=embed; the page is at ${page.url()}`);
    }
    await expectH1(page, 'Embed the programme on your website');

    const orgSet = page.getByRole('group', { name: 'Organisations', exact: true });
    const topicSet = page.getByRole('group', { name: 'Topics', exact: true });
    for (const o of organisations) {
      assert.equal(await orgSet.getByRole('checkbox', { name: o.name, exact: true }).count(), 1, `one "${o.name}" box under "Organisations"`);
    }
    for (const tp of topics) {
      assert.equal(await topicSet.getByRole('checkbox', { name: tp.label, exact: true }).count(), 1, `one "${tp.label}" box under "Topics"`);
    }
    const scriptBox = page.getByLabel("One line for your page: it fits the programme's height as it changes", { exact: true });
    const frameBox = page.getByLabel('Or, where your site allows no scripts, a frame of fixed height', { exact: true });
    const preview = page.locator('iframe[data-embed-preview]');
    assert.equal(await preview.getAttribute('title'), `Preview: ${DEFAULT_TITLE}`, 'the preview frame is named');
    assert.equal(await scriptBox.getAttribute('readonly'), '', 'the script line is read-only');

    /** Checks the script line, the frame code and the preview's address for the chosen slugs. */
    async function expectCode(orgs, chosenTopics, where) {
      const attrs = {};
      if (orgs.length) attrs['data-org'] = orgs.join(',');
      if (chosenTopics.length) attrs['data-topic'] = chosenTopics.join(',');
      const script = scriptTag(base, attrs);
      const query = [
        'embed=1',
        ...(chosenTopics.length ? [`topic=${chosenTopics.join(',')}`] : []),
        ...(orgs.length ? [`org=${orgs.join(',')}`] : []),
      ];
      const frameCode = `<iframe src="${base}?${query.join('&amp;')}" title="${DEFAULT_TITLE}" style="width:100%;height:40rem;border:0"></iframe>`;
      const previewSrc = `./?${query.join('&')}`;
      const read = async () => ({ script: await scriptBox.inputValue(), frame: await frameBox.inputValue(), preview: await preview.getAttribute('src') });
      const got = await poll(read, (v) => v.script === script && v.frame === frameCode && v.preview === previewSrc);
      assert.equal(got.script, script, `${where}: the script line`);
      assert.equal(got.frame, frameCode, `${where}: the frame code`);
      assert.equal(got.preview, previewSrc, `${where}: the preview shows the same choice`);
      return script;
    }

    await expectCode([], [], 'nothing chosen');
    // Ticked in reverse programme order: the code lists them in programme order.
    const [o1, o2] = CHOICE.orgs;
    const [t1, t2] = CHOICE.topics;
    await orgSet.getByRole('checkbox', { name: o2.name, exact: true }).check();
    await expectCode([o2.slug], [], `"${o2.name}" ticked`);
    await orgSet.getByRole('checkbox', { name: o1.name, exact: true }).check();
    await expectCode([o1.slug, o2.slug], [], `"${o1.name}" ticked too`);
    await topicSet.getByRole('checkbox', { name: t2.label, exact: true }).check();
    await topicSet.getByRole('checkbox', { name: t1.label, exact: true }).check();
    const script = await expectCode([o1.slug, o2.slug], [t1.slug, t2.slug], 'two organisations and two topics ticked');

    const previewFrame = await embeddedApp(page, 'iframe[data-embed-preview]');
    await expectSessions(previewFrame, CHOICE.sessions, 'the preview');

    // Copying.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const copy = page.getByRole('button', { name: 'Copy the script line', exact: true });
    await copy.click();
    const status = page.locator('#embed-script-status');
    assert.equal(await status.getAttribute('role'), 'status', 'the copy outcome is announced (role="status")');
    await page.locator('#embed-script-status', { hasText: 'Copied.' }).waitFor();
    assert.equal(normalise(await status.textContent()), 'Copied.', 'the button says the line was copied');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), script, 'the clipboard holds exactly the script line');
    assertClean(session, 'the Embed page');

    // Pasted into a member's page on another origin.
    const hostSession = await openHost(t, host.page(hostHtml(script)));
    const frame = await embeddedApp(hostSession.page);
    const src = new URL(await hostSession.page.locator('iframe').getAttribute('src'));
    assert.equal(`${src.origin}${src.pathname}`, base, 'the pasted line frames the app from where it is published');
    await expectSessions(frame, CHOICE.sessions, 'the pasted script line');
    await expectFitted(hostSession.page, frame, 'the pasted script line');
    assertHostClean(hostSession, 'the pasted script line', [server.origin]);
  });
}

// ---------------------------------------------------------------------------------------------
// 8. A plain frame works too (it just does not resize)
// ---------------------------------------------------------------------------------------------

test('a plain frame, copied from the Embed page or written by hand, shows the organisation’s sessions', async (t) => {
  assert.ok(ORG && OTHER_ORG, 'the data has two organisations with sessions');
  const app = env.server;

  // The frame code from the Embed page, copied with its button.
  const session = await openApp(env.browser, `${app.baseUrl}?view=embed`);
  t.after(() => session.close());
  const { page, context } = session;
  await expectH1(page, 'Embed the programme on your website');
  await page.getByRole('group', { name: 'Organisations', exact: true }).getByRole('checkbox', { name: ORG.name, exact: true }).check();
  const frameBox = page.getByLabel('Or, where your site allows no scripts, a frame of fixed height', { exact: true });
  const code = await poll(() => frameBox.inputValue(), (v) => v.includes(`org=${ORG.slug}`));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await page.getByRole('button', { name: 'Copy the frame code', exact: true }).click();
  await page.locator('#embed-frame-status', { hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code, 'the clipboard holds exactly the frame code');
  assertClean(session, 'the Embed page');

  const pages = [
    { name: 'the copied frame code', html: code, org: ORG },
    {
      name: 'a hand-written frame',
      html: `<iframe src="${app.baseUrl}?embed=1&org=${OTHER_ORG.slug}" title="Programme"></iframe>`,
      org: OTHER_ORG,
    },
  ];
  for (const { name, html, org } of pages) {
    await t.test(name, async (t) => {
      const hostSession = await openHost(t, host.page(hostHtml(html, { plain: true })));
      const frame = await embeddedApp(hostSession.page);
      await expectSessions(frame, sessionsFor({ orgs: [org.slug] }), name);
      assert.equal(await frame.locator('nav[aria-label="Main"]').count(), 0, `${name}: no site navigation in the frame`);
      await frame.getByRole('banner').getByRole('link', { name: 'Open the full programme', exact: true }).waitFor();
      const shown = await hostSession.page.locator('iframe').evaluate((el) => ({
        height: el.getBoundingClientRect().height,
        rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
        title: el.title,
      }));
      assert.ok(shown.height > 100, `${name}: the frame is shown (${shown.height}px tall)`);
      if (html === code) {
        assert.equal(shown.title, DEFAULT_TITLE, `${name}: the frame is named "${DEFAULT_TITLE}"`);
        // Nothing resizes a plain frame: it keeps the height the code gives it.
        await hostSession.page.waitForTimeout(300);
        const height = await hostSession.page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
        assert.equal(height, shown.rem * 40, `${name}: the frame keeps the fixed height of the code (40rem)`);
      }
      assertHostClean(hostSession, name);
    });
  }
});
