// Reading the programme: a small phone's first screen, paper, valid HTML and large text.
//  - At 360×640 (a common small Android) and in a Pixel 5's browser window (393×727), the first
//    session's title and date are on the first screen of the programme, My shortlist and a shared
//    shortlist, with Search and Filters still in sight on the programme.
//  - Printed on A4, the programme fits on three pages and holds just the content: every session
//    with its date, time, organisations, topics and labels, and no control, notice or navigation;
//    a printed shortlist holds just its sessions; a filtered printout says what it is narrowed to.
//  - Every page the build writes has no error in the W3C Nu Html Checker.
//  - With text twice the size (WCAG 1.4.4) at 360 px, nothing scrolls sideways, is cut off or
//    overlaps, on the programme, the filter sheet and a session.
// (E2E_DIST=/some/dist points it at another build.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST, REPO, assertClean, expectH1, listedSessions, normalise, openApp, overflowReport, readProgramme, serveDistForTests } from '../support/harness.mjs';

const programme = readProgramme();
const sessions = listedSessions(programme);
const env = serveDistForTests();

const mobile = { isMobile: true, hasTouch: true, deviceScaleFactor: 2.75 };
/** Small phone screens: a common small Android, and a Pixel 5's browser window (its toolbars take the rest). */
const SCREENS = {
  '360×640': { viewport: { width: 360, height: 640 }, ...mobile },
  'Pixel 5 window, 393×727': { viewport: { width: 393, height: 727 }, ...mobile },
};
const KEY = 'sus-guide.v1.shortlist';
const [first, second] = sessions;

/** The app at `query` in a fresh context (with `stored` slugs on the shortlist), closed after `t`. */
async function open(t, query, options = {}, stored = []) {
  const session = await openApp(env.browser, 'about:blank', { ...options, waitForReady: false });
  t.after(session.close);
  if (stored.length) {
    await session.context.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify({ version: 1, sessions: stored })]);
  }
  await session.page.goto(env.server.baseUrl + query);
  return session;
}

/** Where `locator` is, in the viewport. */
const box = (locator) => locator.evaluate((e) => e.getBoundingClientRect().toJSON());

// ---------------------------------------------------------------------------------------------
// The first screen
// ---------------------------------------------------------------------------------------------

for (const [screen, options] of Object.entries(SCREENS)) {
  test(`${screen}: the first session's title and date are on the first screen of each list`, async (t) => {
    const views = [
      { name: 'the programme', query: '', h1: 'Programme', slug: first.slug },
      { name: 'My shortlist', query: '?view=shortlist', h1: 'My shortlist', slug: first.slug, stored: [second.slug, first.slug] },
      { name: 'a shared shortlist', query: `?shared=${first.slug},${second.slug}`, h1: 'A shared shortlist', slug: first.slug },
    ];
    for (const view of views) {
      const session = await open(t, view.query, options, view.stored);
      const { page } = session;
      await expectH1(page, view.h1);
      const card = page.locator(`main article[data-session="${view.slug}"]`);
      await card.waitFor();
      const height = page.viewportSize().height;
      for (const [part, locator] of [['title', card.locator('h3')], ['date', card.locator('p').filter({ has: page.locator('[data-start]') })]]) {
        const b = await box(locator);
        assert.ok(b.top >= 0 && b.bottom <= height, `${view.name}: the first session's ${part} is on the first screen (${Math.round(b.top)}–${Math.round(b.bottom)} px of ${height})`);
      }
      assert.equal(await page.evaluate(() => scrollY), 0, `${view.name}: without scrolling`);
      if (view.name === 'the programme') {
        for (const control of [page.getByRole('searchbox', { name: 'Search' }), page.getByRole('button', { name: 'Filters' })]) {
          const b = await box(control);
          assert.ok(b.top >= 0 && b.bottom <= height && (await control.isVisible()), `${await control.evaluate((e) => e.textContent || e.id)} is still in sight`);
        }
      }
      assertClean(session, view.name);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Paper
// ---------------------------------------------------------------------------------------------

/** Prints `page` to an A4 PDF; returns its page count and its text (pdfinfo and pdftotext, poppler-utils). */
async function printed(page) {
  const dir = mkdtempSync(path.join(tmpdir(), 'print-'));
  try {
    const file = path.join(dir, 'print.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const pages = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1]);
    return { pages, text: normalise(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Words on the screen's controls, notices and navigation, none of which belongs on paper. */
const CONTROLS = [
  'Skip to main content',
  'to my shortlist',
  'Add to calendar',
  'Filters',
  'Search',
  'Clear all filters',
  'Subscribe',
  'Some sessions are illustrative examples',
  'Embed this programme',
  'Back to the programme',
  'Share my shortlist',
];

/** `text` holds none of the screen's controls, nor the navigation (whose entries are `Programme`, `My shortlist`, `About`). */
function expectNoControls(text, what) {
  for (const words of CONTROLS) assert.ok(!text.includes(words), `${what}: the printout has no "${words}"`);
  assert.ok(!/Programme My shortlist About/.test(text), `${what}: the printout has no navigation`);
}

/** Text as pdftotext gives it back for comparing addresses: it joins a word broken at a hyphen. */
const letters = (text) => text.replace(/[\s-]/g, '');

const ukTime = (iso) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

test('the printed programme fits on three A4 pages and holds every session and no control', async (t) => {
  const session = await open(t, '', {}, [first.slug]);
  const { page } = session;
  await expectH1(page, 'Programme');
  const { pages, text } = await printed(page);
  assert.ok(pages <= 3, `the programme prints on at most 3 A4 pages (it took ${pages})`);
  assert.ok(text.includes(programme.series.title) && text.includes('Programme'), 'the title and the series line are printed');
  for (const s of sessions) {
    for (const part of [s.title, ...(s.time_known === false ? [] : [ukTime(s.start)])]) {
      assert.ok(text.includes(normalise(part)), `"${s.title}": its ${part === s.title ? 'title' : 'UK start time'} is printed`);
    }
  }
  for (const org of programme.organisations.filter((o) => sessions.some((s) => s.organisations.includes(o.slug)))) {
    assert.ok(text.includes(normalise(org.name)), `the organisation "${org.name}" is printed`);
  }
  if (sessions.some((s) => s.illustrative)) assert.ok(text.includes('Illustrative — details not published'), 'the illustrative label is printed');
  for (const s of sessions.filter((x) => x.link || x.source)) {
    const address = s.link ?? s.source;
    assert.ok(letters(text).includes(letters(address)), `"${s.title}": its address is written out (${address})`);
  }
  expectNoControls(text, 'the programme');
  assertClean(session, 'printing the programme');
});

test('a filtered programme’s printout says what it is narrowed to; a shortlist prints only its sessions; a session prints cleanly', async (t) => {
  const topic = programme.topics.find((x) => sessions.some((s) => s.topics.includes(x.slug)));
  const filtered = await open(t, `?topic=${topic.slug}`);
  await expectH1(filtered.page, 'Programme');
  const narrowed = await printed(filtered.page);
  assert.ok(narrowed.text.includes(`Narrowed to Topics: ${topic.label}.`), `the printout names the topic: ${narrowed.text.slice(0, 200)}`);
  for (const s of sessions) assert.equal(narrowed.text.includes(normalise(s.title)), s.topics.includes(topic.slug), `"${s.title}" is printed only if it has the topic`);

  const shortlist = await open(t, '?view=shortlist', {}, [second.slug, first.slug]);
  await expectH1(shortlist.page, 'My shortlist');
  await shortlist.page.locator('main article[data-session]').nth(1).waitFor();
  const list = await printed(shortlist.page);
  const printedTitles = sessions.filter((s) => list.text.includes(normalise(s.title))).map((s) => s.slug);
  assert.deepEqual(printedTitles, [first.slug, second.slug], 'the printed shortlist holds just its two sessions');
  expectNoControls(list.text, 'My shortlist');

  const detail = await open(t, `?session=${sessions.find((s) => s.source)?.slug ?? first.slug}`);
  const s = sessions.find((x) => x.source) ?? first;
  await expectH1(detail.page, s.title);
  const one = await printed(detail.page);
  assert.equal(one.pages, 1, 'a session prints on one page');
  assert.ok(one.text.includes(normalise(s.title)), 'with its title');
  if (s.source) assert.ok(letters(one.text).includes(letters(s.source)), 'and its source written out');
  expectNoControls(one.text, 'a session');
  for (const x of [filtered, shortlist, detail]) assertClean(x, 'printing');
});

// ---------------------------------------------------------------------------------------------
// Valid HTML
// ---------------------------------------------------------------------------------------------

test('every page the build writes has no error in the W3C Nu Html Checker', () => {
  const checker = path.join(REPO, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  assert.ok(existsSync(checker), `${checker} is missing: bash .ci/setup --test installs it (npm vnu-jar, and Java)`);
  const pages = readdirSync(DIST).filter((f) => f.endsWith('.html')).map((f) => path.join(DIST, f));
  assert.ok(pages.length > sessions.length, `index.html and every session's page are checked (${pages.length} pages)`);
  let output = '';
  try {
    output = execFileSync('java', ['-jar', checker, '--errors-only', '--format', 'gnu', ...pages], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    output = `${err.stdout ?? ''}${err.stderr ?? ''}` || String(err);
  }
  // The HTML standard lets `<link rel=expect>` block rendering (index.html's, which makes the
  // first paint wait for the whole written page: https://html.spec.whatwg.org/#link-type-expect),
  // which the checker (26.9) does not know yet: that one message is left out, and only while the
  // pages' only blocking link is that one.
  const EXPECT_LINK = 'A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.';
  for (const page of pages) {
    const blocking = readFileSync(page, 'utf8').match(/<link[^>]*\bblocking=[^>]*>/g) ?? [];
    assert.ok(blocking.every((tag) => /\brel="?expect\b/.test(tag)), `${page}: the only blocking links are rel=expect ones: ${blocking.join(' ')}`);
  }
  const errors = output.split('\n').filter((line) => line.trim() && !line.endsWith(EXPECT_LINK));
  assert.deepEqual(errors, [], `the checker reports errors:\n${errors.slice(0, 20).join('\n')}`);
});

// ---------------------------------------------------------------------------------------------
// Text twice the size
// ---------------------------------------------------------------------------------------------

/**
 * Problems a reader would see with the text as it is now: sideways scrolling, text cut off by its
 * box, and pieces of text overlapping each other, among what is shown in `scope`.
 */
async function readingProblems(page, scope) {
  const problems = [];
  const o = await overflowReport(page);
  if (o.scrollWidth > o.width) problems.push(`scrolls sideways: ${o.scrollWidth}px > ${o.width}px (${o.culprits.join(', ')})`);
  problems.push(
    ...(await page.locator(scope).evaluate((root) => {
      const found = [];
      const shown = (e) => e.checkVisibility({ visibilityProperty: true }) && e.getClientRects().length > 0;
      // Words for screen readers alone: kept in the page but clipped to a pixel, so never seen.
      const forScreenReaders = (e) => {
        for (let a = e; a; a = a.parentElement) {
          const r = a.getBoundingClientRect();
          if (getComputedStyle(a).overflow === 'hidden' && r.width <= 1 && r.height <= 1) return true;
        }
        return false;
      };
      const texts = [...root.querySelectorAll('h1, h2, h3, p, li, a, button, label, summary, legend, dt, dd, span, time, strong')].filter(
        (e) => shown(e) && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim()) && !forScreenReaders(e),
      );
      for (const e of texts) {
        const s = getComputedStyle(e);
        if (s.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1) found.push(`cut off: ${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 40)}"`);
      }
      // Text boxes that overlap another that is neither inside nor around them.
      // Line by line: an inline element that wraps has one box per line.
      const boxes = texts.map((e) => ({ e, rs: [...e.getClientRects()] }));
      const overlaps = (p, q) => Math.min(p.right, q.right) - Math.max(p.left, q.left) > 2 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 2;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
          if (a.rs.some((p) => b.rs.some((q) => overlaps(p, q)))) {
            found.push(`overlap: "${a.e.textContent.trim().slice(0, 30)}" and "${b.e.textContent.trim().slice(0, 30)}"`);
          }
        }
      }
      return found.slice(0, 10);
    }, scope)),
  );
  return problems;
}

test('with text twice the size at 360 px: the programme, the filter sheet and a session stay readable', async (t) => {
  const views = [
    { name: 'the programme', query: '', h1: 'Programme', scope: 'body' },
    { name: 'the filter sheet', query: '', h1: 'Programme', scope: '#filter-options', open: true },
    { name: 'a session', query: `?session=${first.slug}`, h1: first.title, scope: 'body' },
  ];
  for (const view of views) {
    // The doubled size is a style the test adds, which the app's policy would rightly refuse.
    const session = await open(t, view.query, { viewport: { width: 360, height: 640 }, ...mobile, bypassCSP: true });
    const { page } = session;
    await expectH1(page, view.h1);
    // As the browser's text size setting does: the root font size, which the styles' rem follow.
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    if (view.open) {
      await page.getByRole('button', { name: 'Filters' }).click();
      await page.locator('#filter-options[data-open]').waitFor();
    }
    const problems = await readingProblems(page, view.scope);
    assert.deepEqual(problems, [], `${view.name} with text at 200%`);
  }
});
