// Passing the programme on, in every engine: Share on a session (the share sheet where there is
// one, the address copied and shown where there is none), a calendar link's address read without
// leaving the guide, the search engines' events causing no policy violation, and the poster
// printed on one A4 page. The site is published with the guide's public address (as the GitHub
// workflow publishes it with Pages'), once per engine process, and served with its policy as a
// header that reports any violation back to the test's server.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CSP_REPORTS, REPO, normalise, readProgramme, startServer } from '../../support/harness.mjs';
import { sessions } from '../data.mjs';
import { until } from '../guide.mjs';

const SITE = 'https://guide.example.org/sus/';
const SECOND_SERIES = path.join(REPO, 'tests', 'fixtures', 'second-series.toml');
/** A session whose facts are published (an event for search engines), and one that is illustrative. */
const PUBLISHED = sessions.find((s) => !s.illustrative);
const ILLUSTRATIVE = sessions.find((s) => s.illustrative);

/** `data` published with `siteUrl` into a folder of this process's, removed when it exits. */
function published(data, siteUrl) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guide-engines-sharing-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  execFileSync('bash', ['.ci/publish', data, '--out', dir, '--site-url', siteUrl], { cwd: REPO, stdio: 'pipe' });
  return dir;
}

/** What the share sheet was given, recorded by a stand-in for the system's (installed in the page). */
function fakeShareSheet() {
  window.__shared = [];
  navigator.share = (data) => {
    window.__shared.push(data);
    return Promise.resolve();
  };
}

/**
 * How many A4 pages the open page prints on: printed by the browser where its WebDriver can
 * (Chromium, Gecko); where it cannot (WebKitGTK's has no Print command), the page's print styles
 * applied on screen at an A4 page's width between 15 mm margins, and its height counted in A4
 * pages' heights.
 */
async function a4Pages(guide) {
  try {
    const pdf = Buffer.from(await guide.driver.printPage({ width: 21, height: 29.7, top: 1.5, bottom: 1.5, left: 1.5, right: 1.5, background: true }), 'base64');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'guide-poster-'));
    writeFileSync(path.join(dir, 'poster.pdf'), pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(dir, 'poster.pdf')], { encoding: 'utf8' }))[1]);
    rmSync(dir, { recursive: true, force: true });
    return pages;
  } catch (err) {
    if (err.name !== 'UnknownCommandError') throw err;
  }
  const mm = 96 / 25.4;
  await guide.driver.manage().window().setRect({ width: Math.round(180 * mm) + 40, height: 900 });
  return guide.driver.executeScript((a4) => {
    // The stylesheet's print rules made the screen's (the policy allows changing a sheet's rules).
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) if (rule.media?.mediaText === 'print') rule.media.mediaText = 'all';
    }
    document.body.style.width = `${a4.width}px`;
    document.body.style.margin = '0';
    return Math.ceil(document.documentElement.scrollHeight / a4.height);
  }, { width: Math.round(180 * mm), height: Math.floor(267 * mm) });
}

/** @type {import('../journeys.mjs').Journey[]} */
export default [
  {
    name: 'sharing a session: its title, date line and page to the share sheet; without one, its address copied or shown to copy',
    async run(j) {
      const guide = await j.open({}, { baseUrl: j.server.baseUrl });
      await guide.open(`?session=${encodeURIComponent(PUBLISHED.slug)}`);
      await guide.expectHeading(normalise(PUBLISHED.title));
      const page = `${j.server.baseUrl}session-${PUBLISHED.slug}.html`;

      // A stand-in for a phone's share sheet. Gecko's WebDriver runs scripts behind wrappers
      // that keep what they add to the page's objects from the page's own scripts, so there
      // the stand-in cannot be installed: the share sheet is Chromium's and WebKit's part of
      // this journey, the fallback every engine's.
      if (j.engine !== 'gecko') {
        await guide.driver.executeScript(fakeShareSheet);
        await guide.click(await guide.byRole('link', 'Share this session'));
        const [data] = await until(
          () => guide.driver.executeScript(() => window.__shared),
          (shared) => shared?.length === 1,
          `${j.engine}: the share sheet should be given the session`,
        );
        assert.equal(data.title, PUBLISHED.title, 'its title');
        assert.match(data.text, /^\w+day \d+ \w+ \d{4}/, `a line with its date: ${data.text}`);
        assert.equal(data.url, page, "its own page's address, whose preview names it");
        await guide.expectStatus('Shared.');
      }

      // Where there is no share sheet (Firefox, WebKitGTK, Chromium on Linux), the address is
      // copied if the browser lets the page, and shown to copy by hand either way.
      await guide.driver.executeScript(() => {
        delete navigator.share;
        delete Navigator.prototype.share;
      });
      await guide.click(await guide.byRole('link', 'Share this session'));
      const said = await until(
        async () => normalise((await Promise.all((await guide.allByRole('status', /./)).map((el) => el.getText()))).join(' ')),
        (text) => /Link copied|Could not copy the link/.test(text),
        `${j.engine}: it should say the link was copied, or to copy it`,
      );
      assert.ok(said, said);
      const field = await guide.field('Link to copy');
      assert.equal(await field.getAttribute('value'), page, 'the address is shown to copy by hand');
      assert.equal(await guide.param('session'), PUBLISHED.slug, 'and the reader stays on the session');
    },
  },
  {
    name: 'a calendar link opens the session filled in: its address read without leaving the guide; the events search engines read break no policy; the poster prints on one A4 page',
    async run(j) {
      const server = await startServer({ root: published(path.join(REPO, 'src', 'data', 'programme.toml'), SITE), cspReports: true });
      j.cleanup(() => server.close());
      const guide = await j.open({}, { baseUrl: server.baseUrl });

      // The session's own page, with its event for search engines, read without the app.
      await guide.open(`session-${PUBLISHED.slug}.html`, { app: false });
      await guide.expectHeading(normalise(PUBLISHED.title));
      const events = await guide.driver.executeScript(() => document.querySelectorAll('script[type="application/ld+json"]').length);
      assert.equal(events, 1, 'a published session is one event for search engines');
      await guide.click(await guide.driver.executeScript(() => [...document.querySelectorAll('main summary')].find((s) => s.textContent.trim() === 'Add to calendar')));
      const google = new URL(await (await guide.byRole('link', 'Google Calendar')).getAttribute('href'));
      assert.equal(google.host, 'calendar.google.com');
      assert.ok(google.searchParams.get('text').startsWith(PUBLISHED.title), 'its title');
      const utc = (t) => new Date(t).toISOString().replace(/\.000Z$/, 'Z').replace(/[-:]/g, '');
      assert.equal(google.searchParams.get('dates'), `${utc(PUBLISHED.start)}/${utc(PUBLISHED.end)}`, 'its start and end');
      assert.ok(google.searchParams.get('details').endsWith(`${SITE}session-${PUBLISHED.slug}.html`), 'a description ending with its page');
      const outlook = new URL(await (await guide.byRole('link', 'Microsoft 365 (Outlook on the web)')).getAttribute('href'));
      assert.equal(outlook.host, 'outlook.office.com');
      assert.equal(outlook.searchParams.get('rru'), 'addevent');
      assert.equal(new URL(await guide.url()).origin, server.origin, 'reading the links leaves nothing');

      await guide.open(`session-${ILLUSTRATIVE.slug}.html`, { app: false });
      await guide.expectHeading(normalise(ILLUSTRATIVE.title));
      assert.equal(
        await guide.driver.executeScript(() => document.querySelectorAll('script[type="application/ld+json"]').length),
        0,
        'an illustrative session is never an event',
      );
      await guide.open('', { app: true });
      const reports = server.log.filter((r) => r.url.includes(CSP_REPORTS));
      assert.deepEqual(reports.map((r) => r.report), [], `${j.engine}: the pages and their events break no Content Security Policy`);

      // The second series has upcoming sessions to list; printed as the browser prints, on A4.
      const second = readProgramme(SECOND_SERIES);
      const posterServer = await startServer({ root: published(SECOND_SERIES, 'https://example.org/welcome/') });
      j.cleanup(() => posterServer.close());
      await guide.open(`${posterServer.baseUrl}poster.html`, { app: false });
      await guide.expectHeading(normalise(second.series.full_title));
      for (const s of second.sessions) assert.ok(normalise(await guide.driver.executeScript(() => document.body.textContent)).includes(s.title));
      assert.equal(await a4Pages(guide), 1, `${j.engine}: the poster prints on one A4 page`);
    },
  },
];
