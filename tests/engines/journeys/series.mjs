// Another series, published from the same app build: the app build `trunk build --release` kept
// (target/app) published with tests/fixtures/second-series.toml (its own organisations and
// topics, sessions on both sides of a change of the clocks) by .ci/publish alone, and served on
// a server of its own. The Playwright tier checks it more closely in Chromium
// (tests/e2e/series.test.mjs); this is what a reader notices, in every engine.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO, listedSessions, normalise, readProgramme, startServer } from '../../support/harness.mjs';

const SERIES_FILE = path.join('tests', 'fixtures', 'second-series.toml');
const APP_BUILD = path.join('target', 'app');
// Parsed with smol-toml, its sessions' UK local times given their offsets, as series.test.mjs reads it.
const series = readProgramme(path.join(REPO, SERIES_FILE));
/** Its sessions in date order, as the programme lists them. */
const sessions = listedSessions(series);
const TOPIC = 'housing-rights';
const inTopic = sessions.filter((s) => (s.topics ?? []).includes(TOPIC));

/** Sessions on each side of both changes of the clocks, and their times in UK time. */
const UK_TIMES = {
  'finding-a-home': '18:30–20:00 GMT',
  'first-words': '18:30–20:00 BST',
  'winter-shelter': '18:30–20:00 BST',
  'conversation-club': '18:30–20:00 GMT',
};

/**
 * The published site's folder: published once per process (each engine runs in its own), on
 * first use, and removed when the process exits.
 */
let site = null;
function published() {
  if (site) return site;
  assert.ok(existsSync(path.join(REPO, APP_BUILD, 'index.html')), `${APP_BUILD} has no app build: run trunk build --release first`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guide-engines-series-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  execFileSync('bash', ['.ci/publish', SERIES_FILE, '--app', APP_BUILD, '--out', dir], { cwd: REPO, stdio: 'pipe' });
  site = dir;
  return site;
}

/** @type {import('../journeys.mjs').Journey[]} */
export default [
  {
    name: 'another series, published from the same app build: its sessions, its topic in the address across a reload, times in GMT and BST, a shortlist across a reload',
    async run(j) {
      const server = await startServer({ root: published(), gzip: true });
      j.cleanup(() => server.close());
      const guide = await j.open({}, { baseUrl: server.baseUrl });

      // Its programme: its sessions in date order, its name in the banner and the page's title.
      await guide.expectHeading('Programme');
      assert.deepEqual(await guide.listedTitles(), sessions.map((s) => normalise(s.title)), 'its sessions, in date order');
      await guide.byRole('link', series.series.title, await guide.banner());
      assert.equal(await guide.driver.getTitle(), `Programme — ${series.series.title}`, 'the page’s title names the series');

      // Times on both sides of a change of the clocks, in UK time.
      for (const [slug, uk] of Object.entries(UK_TIMES)) {
        const text = await guide.text(await guide.card(slug));
        assert.ok(text.includes(uk), `${j.engine}: the session ${slug} should read "${uk}" (it reads "${text}")`);
      }

      // A session shortlisted, kept through a page load and a reload below.
      const chosen = inTopic[1];
      await guide.setShortlisted(chosen, true, await guide.card(chosen.slug));
      await guide.expectShortlistCount(1);

      // Its topic in the address narrows the list, and a reload keeps it.
      const topic = series.topics.find((t) => t.slug === TOPIC);
      await guide.open(`?topic=${TOPIC}`);
      await guide.expectShown(inTopic.map((s) => s.slug), `with ?topic=${TOPIC}`);
      await guide.reload();
      assert.equal(await guide.param('topic'), TOPIC, 'the reload kept the address');
      await guide.expectShown(inTopic.map((s) => s.slug), `after a reload of ?topic=${TOPIC}`);
      assert.equal(await (await guide.field(topic.label)).isSelected(), true, `its option "${topic.label}" is ticked`);

      // The shortlisted session is still shortlisted: its button offers to remove it.
      await guide.expectShortlisted(chosen, true, await guide.card(chosen.slug));
      await guide.expectShortlistCount(1);
    },
  },
];
