// End-to-end journeys for what carries the programme away from the guide: a shared link's
// preview (Open Graph and card tags, read with open-graph-scraper as chat apps' crawlers read
// them, and the picture they name), the events search engines read, Share on a session and on the
// programme, the calendars on the web, and the poster with its QR code (read back with jsQR).
//
// The app build Trunk kept (target/app) is published with the guide's public address into
// target/e2e/shared (`bash .ci/publish … --site-url`), as the GitHub workflow publishes it with
// Pages' address; the second series is published too, with and without an address.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import jsQR from 'jsqr';
import ogs from 'open-graph-scraper';
import { chromium } from 'playwright-core';
import {
  DATA_FILE,
  REPO,
  VIEWPORTS,
  assertClean,
  axe,
  clickWhenStill,
  formatViolations,
  launchBrowser,
  openApp,
  readProgramme,
  serveDistForTests,
  startServer,
  waitFor,
} from '../support/harness.mjs';

/** Where the tests say the guide is published: nothing is fetched from there. */
const SITE = 'https://guide.example.org/sus/';
const SECOND_SERIES = path.join(REPO, 'tests', 'fixtures', 'second-series.toml');
const OUT = path.join(REPO, 'target', 'e2e');

const programme = readProgramme();
const published = programme.sessions.filter((s) => !s.illustrative);

/** Publishes `data` from the app build into target/e2e/<name>, with `siteUrl` if given. */
function publish(data, name, siteUrl) {
  const out = path.join(OUT, name);
  const address = siteUrl ? ['--site-url', siteUrl] : [];
  const report = execFileSync('bash', [path.join(REPO, '.ci', 'publish'), data, '--out', out, ...address], { cwd: REPO, encoding: 'utf8' });
  return { out, report };
}

const env = serveDistForTests();
const sites = {};
before(() => {
  sites.shared = publish(DATA_FILE, 'shared', SITE);
  sites.second = publish(SECOND_SERIES, 'second-shared', 'https://example.org/welcome/');
  sites.secondWithout = publish(SECOND_SERIES, 'second-without');
});

/** The written pages of a published site. */
const pages = (out) => readdirSync(out).filter((f) => f.endsWith('.html')).sort();

/** The width and height a PNG's header states. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG', 'a PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

// ---------------------------------------------------------------------------------------------
// 1. Previews
// ---------------------------------------------------------------------------------------------

test('every written page previews as chat apps read it: title, description, its address and its picture, all absolute', async () => {
  const { out } = sites.shared;
  const files = pages(out);
  for (const expected of ['index.html', 'about.html', 'toolkit.html', 'embedding.html', 'poster.html', ...programme.sessions.map((s) => `session-${s.slug}.html`)]) {
    assert.ok(files.includes(expected), `${expected} is written`);
  }
  for (const file of files) {
    const { result } = await ogs({ html: readFileSync(path.join(out, file), 'utf8') });
    const address = file === 'index.html' ? SITE : `${SITE}${file}`;
    assert.equal(result.success, true, `${file}: the tags are read`);
    assert.equal(result.ogUrl, address, `${file}: og:url`);
    assert.equal(result.ogType, 'website', `${file}: og:type`);
    assert.equal(result.ogSiteName, programme.series.title, `${file}: og:site_name`);
    assert.equal(result.ogLocale, 'en_GB', `${file}: og:locale`);
    assert.ok(result.ogTitle && result.ogDescription, `${file}: a title and a description`);
    assert.equal(result.twitterCard, 'summary_large_image', `${file}: a large picture card`);
    const [image] = result.ogImage ?? [];
    assert.ok(image?.url?.startsWith(SITE), `${file}: the picture is the guide's, absolute: ${image?.url}`);
    assert.equal(String(image.width), '1200', file);
    assert.equal(String(image.height), '630', file);
    assert.ok(image.alt, `${file}: the picture is described in words`);
    const bytes = readFileSync(path.join(out, image.url.slice(SITE.length)));
    assert.deepEqual(pngSize(bytes), [1200, 630], `${file}: a 1200 × 630 picture`);
    assert.ok(bytes.length <= 100_000, `${file}: its picture is ${bytes.length} bytes, at most 100 KB`);
  }
});

test("a session's preview gives its date and UK time and its first sentence, and an illustrative one says so", async () => {
  const { out } = sites.shared;
  for (const s of [published[0], programme.sessions.find((x) => x.illustrative)]) {
    const { result } = await ogs({ html: readFileSync(path.join(out, `session-${s.slug}.html`), 'utf8') });
    assert.equal(result.ogTitle, s.title);
    const date = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })
      .format(new Date(s.start))
      .replace(',', '');
    assert.ok(result.ogDescription.includes(date), `the description gives the date (${date}): ${result.ogDescription}`);
    const firstWords = s.description.trim().split(/\s+/).slice(0, 4).join(' ');
    assert.ok(result.ogDescription.includes(firstWords), `and its description's first sentence: ${result.ogDescription}`);
    assert.equal(result.ogDescription.startsWith('Illustrative — details not published'), Boolean(s.illustrative), result.ogDescription);
    assert.ok(result.ogImage[0].url.includes(`/previews/session-${s.slug}-`), 'its own picture');
  }
});

test('without an address, the same data publishes every page with the tags that need none, and says once what it left out', async () => {
  const { out, report } = sites.secondWithout;
  assert.equal(report.split('\n').filter((line) => line.includes('no site address')).length, 1, `said once:\n${report}`);
  assert.equal(existsSync(path.join(out, 'previews')), false, 'no pictures');
  for (const file of pages(out)) {
    const html = readFileSync(path.join(out, file), 'utf8');
    const { result } = await ogs({ html });
    assert.ok(result.ogTitle, `${file}: still a title`);
    assert.equal(result.ogUrl, undefined, `${file}: no page address`);
    assert.equal(result.ogImage, undefined, `${file}: no picture`);
    assert.equal(result.twitterCard, 'summary', file);
    assert.doesNotMatch(html, /rel="canonical"|application\/ld\+json/, `${file}: no canonical link, no events`);
  }
});

// ---------------------------------------------------------------------------------------------
// 2. Search engines
// ---------------------------------------------------------------------------------------------

test('search engines read one Event on each published session’s page, none on an illustrative one, and the series on the programme, with no policy violation', async (t) => {
  const server = await startServer({ root: sites.shared.out });
  t.after(() => server.close());
  for (const s of programme.sessions) {
    const session = await openApp(env.browser, `${server.baseUrl}session-${s.slug}.html`, { waitForReady: false });
    t.after(() => session.close());
    await session.page.waitForLoadState('load');
    const blocks = await session.page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((e) => JSON.parse(e.textContent)));
    if (s.illustrative) {
      assert.deepEqual(blocks, [], `${s.slug}: an illustrative session is never listed as an event`);
    } else {
      assert.equal(blocks.length, 1, `${s.slug}: one event`);
      const [event] = blocks;
      assert.equal(event['@type'], 'Event');
      assert.equal(event.name, s.title);
      assert.equal(event.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
      assert.equal(event.location['@type'], 'VirtualLocation');
      assert.equal(event.location.url, s.link ?? `${SITE}session-${s.slug}.html`);
      assert.equal(event.superEvent['@type'], 'EventSeries');
      assert.ok(event.image[0].startsWith(`${SITE}previews/`));
    }
    await session.page.close();
    assertClean(session, `${s.slug}'s page`);
  }
  const index = await openApp(env.browser, server.baseUrl);
  t.after(() => index.close());
  const series = await index.page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent));
  assert.equal(series['@type'], 'EventSeries');
  assert.equal(series.name, programme.series.full_title ?? programme.series.title);
  assertClean(index, 'the programme with its event series');
});

// ---------------------------------------------------------------------------------------------
// 3. Share
// ---------------------------------------------------------------------------------------------

/** Records what the page hands to the system's share sheet (as a phone's would take it). */
const FAKE_SHARE_SHEET = () => {
  window.__shared = [];
  navigator.share = (data) => {
    window.__shared.push(data);
    return Promise.resolve();
  };
};

/** Leaves the page without a share sheet, as desktop Chromium on Linux, Firefox and others are. */
const NO_SHARE_SHEET = () => {
  delete Navigator.prototype.share;
};

test('Share on a session hands the share sheet its title, its date and UK time, and its own page’s address; by keyboard too', async (t) => {
  const session = await openApp(env.browser, env.server.baseUrl, VIEWPORTS.pixel5);
  t.after(() => session.close());
  const { page } = session;
  await page.addInitScript(FAKE_SHARE_SHEET);
  const s = published[0];
  await page.goto(`${env.server.baseUrl}?session=${encodeURIComponent(s.slug)}`);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  const share = page.getByRole('link', { name: 'Share this session', exact: true });
  await waitFor(share, 'the session offers Share');
  await share.focus();
  await page.keyboard.press('Enter');
  const [data] = await page.waitForFunction(() => window.__shared.length && window.__shared).then((h) => h.jsonValue());
  assert.equal(data.title, s.title);
  assert.match(data.text, /^(Tuesday|Thursday|Monday|Wednesday|Friday) \d+ \w+ 2023/, `a line with the date: ${data.text}`);
  assert.equal(data.url, `${env.server.baseUrl}session-${s.slug}.html`, "the session's own page, whose preview names it");
  await waitFor(page.getByRole('status').filter({ hasText: 'Shared.' }), 'it says it was shared');
  assert.equal(new URL(page.url()).searchParams.get('session'), s.slug, 'and the person stays where they were');
  assertClean(session, 'sharing a session');
});

test('Share on the programme shares it as it is now, with its filters; where there is no share sheet it copies the address, says so and shows it', async (t) => {
  const session = await openApp(env.browser, env.server.baseUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
  t.after(() => session.close());
  const { page } = session;
  await page.addInitScript(NO_SHARE_SHEET);
  const topic = programme.topics[0];
  await page.goto(`${env.server.baseUrl}?topic=${topic.slug}&embed=1`);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await clickWhenStill(page.getByRole('link', { name: 'Share this programme', exact: true }));
  await waitFor(page.getByRole('status').filter({ hasText: 'Link copied' }), 'it says the link was copied');
  const shown = await page.getByRole('textbox', { name: /^Link to copy/ }).inputValue();
  assert.equal(shown, `${env.server.baseUrl}?topic=${topic.slug}`, "the programme's address with its filters, outside a member's frame");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown, 'and it is on the clipboard');
  assertClean(session, 'sharing the programme');
});

test('without JavaScript Share is a plain link to the page it shares', async (t) => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  t.after(() => context.close());
  const page = await context.newPage();
  const s = published[0];
  await page.goto(`${env.server.baseUrl}session-${s.slug}.html`);
  await page.getByRole('link', { name: 'Share this session', exact: true }).click();
  await page.waitForURL(`${env.server.baseUrl}session-${s.slug}.html`);
});

// ---------------------------------------------------------------------------------------------
// 4. Calendars on the web
// ---------------------------------------------------------------------------------------------

test('a session’s calendar menu opens it filled in, in Google Calendar, Outlook.com and Microsoft 365, and nothing is asked of them before a link is followed', async (t) => {
  const server = await startServer({ root: sites.shared.out });
  t.after(() => server.close());
  const s = published[0];
  const session = await openApp(env.browser, `${server.baseUrl}?session=${encodeURIComponent(s.slug)}`);
  t.after(() => session.close());
  const { page, context } = session;
  const followed = [];
  await context.route(/^https:\/\/(calendar\.google\.com|outlook\.live\.com|outlook\.office\.com)\//, (route) => {
    followed.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>calendar</title>' });
  });
  await clickWhenStill(page.getByRole('main').getByText('Add to calendar', { exact: true }));
  const page_ = `${SITE}session-${s.slug}.html`;
  const utc = (t) => new Date(t).toISOString().replace(/\.000Z$/, 'Z');
  for (const [name, host] of [['Google Calendar', 'calendar.google.com'], ['Outlook.com', 'outlook.live.com'], ['Microsoft 365 (Outlook on the web)', 'outlook.office.com']]) {
    const link = page.getByRole('link', { name, exact: true });
    const href = new URL(await link.getAttribute('href'));
    assert.equal(href.host, host, name);
    const q = href.searchParams;
    if (host === 'calendar.google.com') {
      assert.equal(q.get('action'), 'TEMPLATE');
      assert.equal(q.get('dates'), `${utc(s.start).replace(/[-:]/g, '')}/${utc(s.end).replace(/[-:]/g, '')}`);
      assert.ok(q.get('text').startsWith(s.title));
      assert.ok(q.get('details').endsWith(page_), `the description ends with the session's page: ${q.get('details')}`);
      assert.equal(q.get('location'), s.link ?? page_);
    } else {
      assert.equal(q.get('rru'), 'addevent');
      assert.equal(q.get('startdt'), utc(s.start));
      assert.equal(q.get('enddt'), utc(s.end));
      assert.ok(q.get('subject').startsWith(s.title));
      assert.ok(q.get('body').endsWith(page_));
      assert.equal(q.get('location'), s.link ?? page_);
    }
    assert.equal(followed.length, 0, 'nothing is asked of the calendar before its link is followed');
    const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    assert.equal(opened.url(), href.href, `${name} opens the event from its address`);
    await opened.close();
    followed.length = 0;
  }
  assertClean(session, 'the calendar menu', [server.origin, 'https://calendar.google.com', 'https://outlook.live.com', 'https://outlook.office.com']);
});

// ---------------------------------------------------------------------------------------------
// 5. The poster
// ---------------------------------------------------------------------------------------------

/** The poster of the site in `out` printed to one A4 PDF by Chromium: its number of pages and its text. */
async function printed(out, t) {
  const server = await startServer({ root: out });
  t.after(() => server.close());
  const session = await openApp(env.browser, `${server.baseUrl}poster.html`, { waitForReady: false });
  t.after(() => session.close());
  await session.page.waitForLoadState('load');
  const file = path.join(OUT, `poster-${path.basename(out)}.pdf`);
  await session.page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  return { session, server, pages, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
}

test('the poster prints on one A4 page with the series, its next sessions and the guide’s address, and its QR code reads as that address', async (t) => {
  const second = readProgramme(SECOND_SERIES);
  const { session, pages, text } = await printed(sites.second.out, t);
  assert.equal(pages, 1, 'one A4 page');
  const flat = text.replace(/\s+/g, ' ');
  assert.ok(flat.includes(second.series.title), 'the series');
  assert.ok(flat.includes(second.series.dates), 'its dates');
  for (const s of second.sessions) assert.ok(flat.includes(s.title), `the next session "${s.title}"`);
  assert.ok(flat.includes('https://example.org/welcome/'), 'the address in words');
  for (const control of ['Back to the programme', 'Share', 'Filters', 'My shortlist']) {
    assert.ok(!flat.includes(control), `nothing of the app's controls on paper ("${control}")`);
  }
  const { page } = session;
  const qr = page.getByRole('img', { name: /^QR code of / });
  // Drawn from the image itself (the page's policy lets it fetch nothing else), twice its size.
  const pixels = await qr.evaluate(async (img) => {
    const canvas = new OffscreenCanvas(img.naturalWidth * 2, img.naturalHeight * 2);
    const c = canvas.getContext('2d');
    c.drawImage(img, 0, 0, canvas.width, canvas.height);
    return { width: canvas.width, height: canvas.height, data: [...c.getImageData(0, 0, canvas.width, canvas.height).data] };
  });
  const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
  assert.equal(code?.data, 'https://example.org/welcome/', 'the QR code reads as the guide’s address');
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe-core violations on the poster:\n${formatViolations(violations)}`);
});

test('without an address the poster has no QR code and says where to set one; the bundled programme, all past, says its sessions have taken place', async (t) => {
  const without = await printed(sites.secondWithout.out, t);
  assert.equal(without.pages, 1);
  assert.equal(await without.session.page.getByRole('img', { name: /^QR code/ }).count(), 0, 'no QR code');
  assert.match(without.text.replace(/\s+/g, ' '), /No QR code: the guide's address is not known\. Set it as url in the \[series\] table/);
  const bundled = await printed(sites.shared.out, t);
  assert.equal(bundled.pages, 1);
  assert.match(bundled.text.replace(/\s+/g, ' '), /Every session has taken place/);
});
