// Benchmark (not a test): what a one-session change to the data costs, measured on the app build
// Trunk kept (target/app), published with a public address (so with the link previews'
// pictures, as a deployed guide is). budgets.mjs makes its rows from it:
//   1. The files that differ after a one-title change, and their gzip bytes: the bundled programme
//      and the same with one session's title changed are each published (`bash .ci/publish`) from
//      the same app build, and every file of the second that is not byte for byte the first's is
//      counted, compressed as a server would (gzip, level 9). Budget: ≤ 30 KB for the files a
//      returning visitor downloads (sw.js and those it keeps for offline use); the rest (the
//      feeds calendar apps fetch, the session's new preview picture crawlers fetch) are reported
//      beside them.
//   2. A returning visitor's update after that change: the first site is served and visited in
//      Chromium until its service worker keeps every file; the second is deployed over it; the
//      page is reloaded, and every request the server then answers until the new worker is
//      installed (sw.js included) is counted with its bytes as sent. Budget: the worker fetches
//      exactly the files that changed.
//   3. The time to publish a data-only change: with the app built and the publishing step compiled
//      (warm; median of 5), and from a fresh clone with only Rust installed (cold: the repository
//      cloned into a new folder with an empty target/, given the app build as the GitHub workflow
//      restores it from its cache; crates come from this machine's cargo cache). Reported, not
//      budgeted. Also: 2,000 sessions with their pictures (the latency benchmark's synthetic
//      programme), and the largest picture of either.
//
// Usage alone: node tests/bench/publishing.mjs [--cold]   (after bash .ci/build-app)

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { REPO, launchBrowser, listedSessions, readProgramme, startServer, untilInPage, workerFiles } from '../support/harness.mjs';
import { writeSyntheticProgramme } from './filter-latency.mjs';

const APP_BUILD = path.join(REPO, 'target', 'app');
const DATA_FILE = path.join(REPO, 'src', 'data', 'programme.toml');
const PUBLISH = path.join(REPO, '.ci', 'publish');
export const CHANGED_BUDGET = 30_000;
/** The address the benchmark publishes with: the pictures need one. Nothing is fetched from it. */
const SITE = 'https://guide.example.org/';
/** Where the link previews' pictures are written (src/publish/pictures.rs). */
const PICTURES = 'previews';

/** Every file under `dir`, relative to it. */
function files(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const rel = path.join(prefix, name);
    return statSync(path.join(dir, rel)).isDirectory() ? files(dir, rel) : [rel];
  });
}

/** Publishes `data` from the app build into `out`, with the address; returns the time it took, in ms. */
function publish(data, out, cwd = REPO, env = process.env) {
  const started = process.hrtime.bigint();
  const args = [path.join(cwd, '.ci', 'publish'), data, '--app', APP_BUILD, '--out', out, '--site-url', SITE];
  execFileSync('bash', args, { cwd, env, stdio: ['ignore', 'ignore', 2] });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** The pictures of a published site: their count and the largest's bytes. */
function pictures(out) {
  const sizes = readdirSync(path.join(out, PICTURES)).map((name) => statSync(path.join(out, PICTURES, name)).size);
  return { count: sizes.length, largest: Math.max(...sizes) };
}

/** Publishes the latency benchmark's 2,000-session programme with its pictures: { sessions, ms, pictures }. */
export function publishThousands() {
  const data = writeSyntheticProgramme();
  const out = mkdtempSync(path.join(os.tmpdir(), 'guide-thousands-'));
  try {
    const ms = publish(data, out);
    return { sessions: readdirSync(out).filter((f) => /^session-.*\.html$/.test(f)).length, ms, pictures: pictures(out) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The two sites: the bundled programme, and the same with the last session's title changed. */
export function twoSites() {
  if (!existsSync(path.join(APP_BUILD, 'index.html'))) throw new Error(`${APP_BUILD} has no app build: run bash .ci/build-app`);
  const work = mkdtempSync(path.join(os.tmpdir(), 'guide-publishing-'));
  const moved = listedSessions(readProgramme()).at(-1);
  const data = readFileSync(DATA_FILE, 'utf8');
  const changed = path.join(work, 'changed.toml');
  writeFileSync(changed, data.replace(`title = "${moved.title}"`, `title = "${moved.title} (moved)"`));
  const before = path.join(work, 'before');
  const after = path.join(work, 'after');
  publish(DATA_FILE, before);
  publish(changed, after);
  return { work, before, after, changed };
}

/** The files of `after` that are not byte for byte those of `before`, with their gzip bytes. */
export function changedFiles(before, after) {
  return files(after)
    .filter((rel) => !existsSync(path.join(before, rel)) || !readFileSync(path.join(before, rel)).equals(readFileSync(path.join(after, rel))))
    .map((rel) => ({ path: rel, gzip: zlib.gzipSync(readFileSync(path.join(after, rel)), { level: 9 }).length }));
}

/** What a returning visitor's service worker asks the server for to update from `before` to `after`. */
export async function workerUpdate(before, after) {
  const site = mkdtempSync(path.join(os.tmpdir(), 'guide-site-'));
  cpSync(before, site, { recursive: true });
  const server = await startServer({ root: site, gzip: true });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    const kept = async (count) => {
      const keys = await caches.keys();
      return keys.length === 1 && (await (await caches.open(keys[0])).keys()).length >= count;
    };
    await untilInPage(page, kept, listed(before).size, 'the first visit keeps the whole site', 60_000);
    rmSync(site, { recursive: true, force: true });
    cpSync(after, site, { recursive: true });
    const mark = server.log.length;
    await page.reload();
    const waiting = async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting);
    await untilInPage(page, waiting, null, 'the new deployment’s worker is installed and waiting', 60_000);
    const requests = server.log.slice(mark);
    return { requests: requests.length, bytes: requests.reduce((sum, e) => sum + (e.bytes ?? 0), 0), paths: requests.map((e) => e.url) };
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
}

/** The files sw.js lists, as `path → sha256`. */
function listed(site) {
  const text = readFileSync(path.join(site, 'sw.js'), 'utf8');
  return new Map(workerFiles(text).map((f) => [f.path, f.sha256]));
}

/**
 * The addresses a worker must fetch to update from `before` to `after`: what it keeps that
 * changed, each content once (index.html is also the folder's address).
 */
export function toFetch(before, after) {
  const [was, is] = [listed(before), listed(after)];
  const changed = [...is].filter(([file, sha]) => was.get(file) !== sha);
  const once = changed.filter(([file, sha], i) => changed.findIndex(([, other]) => other === sha) === i);
  return once.map(([file]) => new URL(file, 'http://x/').pathname).sort();
}

/** The median of `runs` warm publishes of `data`, in ms. */
export function warmPublish(data, runs = 5) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'guide-warm-'));
  publish(data, out); // compiles the publishing step if it is not yet
  const times = Array.from({ length: runs }, () => publish(data, out)).sort((a, b) => a - b);
  rmSync(out, { recursive: true, force: true });
  return times[runs >> 1];
}

/** Publishing `data` from a fresh clone with only Rust: compiling the publishing step included. */
export function coldPublish(data) {
  const clone = mkdtempSync(path.join(os.tmpdir(), 'guide-clone-'));
  try {
    execFileSync('git', ['clone', '--quiet', REPO, clone], { stdio: 'ignore' });
    const env = { ...process.env, CARGO_TARGET_DIR: path.join(clone, 'target'), CARGO_INCREMENTAL: '0' };
    return publish(data, path.join(clone, 'dist'), clone, env);
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
}

/** All three, as budgets.mjs reports them. */
export async function measurePublishing({ cold = true, progress = () => {} } = {}) {
  progress('publishing: the bundled programme and a one-title change, from the same app build');
  const sites = twoSites();
  try {
    const changed = changedFiles(sites.before, sites.after);
    const kept = listed(sites.after);
    const downloaded = changed.filter((f) => kept.has(f.path) || f.path === 'sw.js');
    const previews = changed.filter((f) => f.path.startsWith(`${PICTURES}/`));
    progress('publishing: a returning visitor’s service worker updating to the change');
    const update = { ...(await workerUpdate(sites.before, sites.after)), expected: toFetch(sites.before, sites.after) };
    progress('publishing: the time to publish a data-only change (warm)');
    const warm = warmPublish(sites.changed);
    progress('publishing: 2,000 sessions with their pictures');
    const thousands = publishThousands();
    const largest = Math.max(pictures(sites.before).largest, thousands.pictures.largest);
    let coldMs = null;
    if (cold) {
      progress('publishing: the same from a fresh clone with only Rust (compiles the publishing step)');
      coldMs = coldPublish(sites.changed);
    }
    return { changed, downloaded, previews, update, warm, cold: coldMs, thousands, largest };
  } finally {
    rmSync(sites.work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await measurePublishing({ cold: process.argv.includes('--cold'), progress: (m) => console.error(m) });
  console.log(JSON.stringify(result, null, 2));
}
