// Benchmark (not a test, not part of `bash .ci/test`): measures the release build against the
// performance budgets and prints one table. Run it with `bash .ci/bench` (which installs the
// tools and builds first), or `node tests/bench/budgets.mjs [options]`.
//
// What it measures, and how:
//   1. First-visit size. The files a first visit downloads before the programme is usable, found
//      two ways: statically, from dist/index.html (the stylesheet, the module script and the wasm
//      it loads, modulepreload/preload links, and whatever those files import in turn), and in
//      Chromium, by recording every request the page makes on a fresh visit until the programme
//      (`main h1` and a session's card, `[data-session]`) is painted. Requests made by the service
//      worker (its precache, after load) and requests that start after the programme is painted
//      are not counted; they are listed for information. The union of both lists is summed, so a file
//      either method finds counts. Each file is compressed as a server would: gzip (zlib, level 9)
//      and brotli (quality 11). The programme is in index.html, which the app reads; the wasm is
//      the same for every programme.
//      Budget: the gzip sum ≤ 100 KB, with KB = 1000 bytes.
//   2. Lighthouse 12 (node API, Debian's Chromium launched here with chrome-launcher: nothing is
//      downloaded), categories performance, accessibility, best practices and SEO, plus FCP, LCP,
//      TBT and CLS, for mobile (Lighthouse's default config: simulated slow 4G, 4× CPU slowdown)
//      and desktop (its desktop config). Each is the median of 5 runs, taken per score and per
//      metric; each run uses a fresh Chromium and profile.
//      Budgets: mobile scores 100 each (performance in every run, the others by their median),
//      mobile LCP ≤ 1.2 s, CLS 0 (mobile and desktop).
//   3. Filter and search latency with 2,000 synthetic sessions: tests/bench/filter-latency.mjs
//      (it builds its own synthetic app into target/bench/dist), once the service worker is in
//      place and, on a first visit, while it is still saving the build for offline use. Budget:
//      median ≤ 16 ms each.
//   4. Offline repeat visit, desktop viewport: a fresh context visits the app, waits until the
//      service worker controls the page, goes offline and navigates to the app again; the time is
//      from that navigation's start to the programme painted, measured in the page. Median of 5.
//      Budget: ≤ 300 ms.
//   5. Start-up's longest task: a fresh visit on a Pixel 5 viewport with the CPU slowed 4×
//      (DevTools' CPU throttling), traced until a second after the app has started; the longest
//      task on the page's main thread (the trace's RunTask events, as Lighthouse reads them) from
//      the first contentful paint on, and the sum of those tasks' time over 50 ms: the window and
//      the sum of Lighthouse's Total Blocking Time. (Before the first paint, the browser parses and
//      lays out the written page: that is the paint itself, which LCP measures. So a task under way
//      at the paint counts from the paint on, as Lighthouse clips it.) Median of 5 loads.
//      Also reported, not budgeted: the longest counted whole; the longest that was mostly script
//      (the app, its loader, the wasm's compile) and the longest that was mostly the browser's
//      parsing, style, layout and paint, so a miss says which of the two to work on. The page is
//      waited for over CDP: Playwright's locators would inject a script whose evaluation would be
//      traced as a task. Budgets: the longest ≤ 50 ms, the blocking time ≤ 10 ms; the number of
//      tasks over 50 ms is reported beside them.
//   6. Publishing a one-session change (tests/bench/publishing.mjs), with the guide's address (so
//      with the previews' pictures): the files that differ after a one-title change which a
//      returning visitor downloads, and their gzip bytes (budget ≤ 30 KB), beside every file that
//      differs; the requests and bytes a returning visitor's service worker makes to update to it
//      (budget: exactly the changed files it keeps); the time to publish a data-only change, warm
//      and from a fresh clone with only Rust, and 2,000 sessions with their pictures; the largest
//      picture (budget ≤ 100 KB).
//   Every page is served over HTTP on 127.0.0.1 with gzip, as the static hosts in the README
//   serve it: Lighthouse's simulated slow 4G then downloads the bytes a phone would, the same
//   bytes the size budget counts.
//
// A baseline (--baseline): on a shared, noisy machine a figure from one build means little, but two
// builds measured in the same run, alternately (A, B, A, B, …), can be compared. With a baseline,
// the start-up traces, the Lighthouse runs, the offline visits and the latency rounds alternate
// between this build and the baseline, and the table gives both columns and their ratio (this
// build ÷ the baseline). The baseline is a checkout of another commit with its app built (e.g. a
// `git worktree` of the previous commit, built with its own `.ci/build-app`; see README
// "Benchmarks"): its dist/ is measured, and the 2,000-session site for the latency is published
// with its own code (its tests/bench/filter-latency.mjs). A folder holding only a built site can be
// given too; the latency then has no baseline. Budgets are judged on this build alone.
//
// Options:
//   --dist <dir>          measure this existing build instead of running `trunk build --release`
//   --baseline <dir>      measure a second build alternately with this one (see above)
//   --rounds <n>          latency rounds per build with a baseline (default 2), alternating
//   --runs <n>            Lighthouse runs per form factor, offline repeat visits and traced loads (default 5)
//   --latency-dist <dir>  reuse an existing synthetic 2,000-session build (e.g. target/bench/dist)
//                         instead of building it again
//   --skip <list>         leave out measurements: comma-separated size, lighthouse, latency, offline,
//                         startup, publishing, cold-publish (the fresh clone's compile, minutes long)
//
// Progress goes to stderr; the report to stdout. Exit code: 0 when every budget is met, 1 when a
// budget is missed or could not be measured (each one is named below the table), 2 on bad options.
// Budgets of skipped measurements are neither met nor missed: the report lists them as not measured.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS as HARNESS_FLAGS, REPO, VIEWPORTS, launchBrowser, startServer } from '../support/harness.mjs';
import { BUDGET_MS as LATENCY_BUDGET_MS, buildSyntheticApp, measureFilterLatency, summary } from './filter-latency.mjs';
import { CHANGED_BUDGET, measurePublishing } from './publishing.mjs';

const KB = 1000;
const BUDGET = {
  firstVisitGzip: 100 * KB,
  mobileScore: 100,
  mobileLcpMs: 1200,
  cls: 0,
  latencyMedianMs: LATENCY_BUDGET_MS,
  offlineRepeatMs: 300,
  startupTaskMs: 50,
  startupBlockingMs: 10,
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
};
const MEASUREMENTS = ['size', 'lighthouse', 'latency', 'offline', 'startup', 'publishing', 'cold-publish'];
// The harness's flags (no calling home on this closed network), headless.
const CHROMIUM_FLAGS = ['--headless=new', ...HARNESS_FLAGS];

const progress = (message) => process.stderr.write(`budgets: ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

function parseOptions(argv) {
  const options = { dist: null, runs: null, latencyDist: null, baseline: null, rounds: 2, skip: new Set() };
  const value = (i) => {
    if (argv[i + 1] === undefined) usage(`${argv[i]} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i += 2) {
    switch (argv[i]) {
      case '--dist': options.dist = path.resolve(value(i)); break;
      case '--latency-dist': options.latencyDist = path.resolve(value(i)); break;
      case '--baseline': options.baseline = path.resolve(value(i)); break;
      case '--rounds':
        options.rounds = Number(value(i));
        if (!Number.isInteger(options.rounds) || options.rounds < 1) usage('--rounds needs a whole number ≥ 1');
        break;
      case '--runs':
        options.runs = Number(value(i));
        if (!Number.isInteger(options.runs) || options.runs < 1) usage('--runs needs a whole number ≥ 1');
        break;
      case '--skip':
        for (const name of value(i).split(',').filter(Boolean)) {
          if (!MEASUREMENTS.includes(name)) usage(`--skip: unknown measurement "${name}"`);
          options.skip.add(name);
        }
        break;
      default: usage(`unknown option ${argv[i]}`);
    }
  }
  return options;
}

function usage(problem) {
  console.error(`${problem}\nusage: node tests/bench/budgets.mjs [--dist <dir>] [--baseline <dir>] [--runs <n>] ` +
    `[--rounds <n>] [--latency-dist <dir>] [--skip ${MEASUREMENTS.join(',')}]`);
  process.exit(2);
}

/** The build to measure: --dist as it is, or dist/ freshly built with trunk. */
function releaseBuild(options) {
  const dist = options.dist ?? path.join(REPO, 'dist');
  if (!options.dist) {
    progress('building the release app (trunk build --release)');
    // trunk's output goes to stderr, so stdout holds only the report.
    execFileSync('trunk', ['build', '--release'], { cwd: REPO, stdio: ['ignore', 2, 2] });
  }
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing`);
  return dist;
}

/**
 * The builds to measure: this one, and the baseline if one is given, each as { name, dist, repo }
 * (repo: the checkout whose code publishes its latency site, or null for a built site alone).
 */
function buildsToMeasure(dist, baseline) {
  const builds = [{ name: 'this build', dist, repo: REPO }];
  if (!baseline) return builds;
  if (existsSync(path.join(baseline, 'dist', 'index.html'))) {
    builds.push({ name: 'baseline', dist: path.join(baseline, 'dist'), repo: baseline });
  } else if (existsSync(path.join(baseline, 'index.html'))) {
    builds.push({ name: 'baseline', dist: baseline, repo: null });
  } else {
    throw new Error(`--baseline ${baseline}: neither a checkout with its app built (dist/index.html) nor a built site (index.html); ` +
      'build it first, e.g. (cd DIR && bash .ci/build-app)');
  }
  return builds;
}

/** `each(build, i)` for i = 0 … runs − 1, alternating between the builds (A, B, A, B, …). */
async function alternately(builds, runs, each) {
  const results = builds.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, build] of builds.entries()) results[k].push(await each(build, k, i));
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** The median; NaN when any value is missing, so a run without a figure is never hidden. */
function median(values) {
  if (values.length === 0 || values.some((v) => typeof v !== 'number' || Number.isNaN(v))) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
}

const bytes = (n) => n.toLocaleString('en-GB');
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(0)} ms`;
const seconds = (n) => `${(n / 1000).toFixed(2)} s`;
const cls = (n) => (n === 0 ? '0' : n.toFixed(4));

/** Starts Chromium for Playwright, runs `fn(browser, server)` on `dist` served locally, cleans up. */
async function withBrowserAndServer(dist, fn) {
  const server = await startServer({ root: dist, gzip: true });
  const browser = await launchBrowser();
  try {
    return await fn(browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Init script: records when the programme is first painted, in ms since the document's
 * navigation started (performance.now()). A MutationObserver notes the moment `main h1` and a
 * session's card (`[data-session]`) are both attached and visible; the time is then taken in a
 * task queued from the next animation frame, which runs once that frame has been painted (the
 * same technique as filter-latency.mjs). LCP is not used: it times whichever element is largest (possibly the
 * heading, or a later card), which is not "the programme is shown".
 */
const PAINT_PROBE = () => {
  const shown = () => {
    const h1 = document.querySelector('main h1');
    const card = document.querySelector('[data-session]');
    return h1 && card && h1.checkVisibility() && card.checkVisibility();
  };
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    const attached = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.__programme = { attached, painted: performance.now(), timeOrigin: performance.timeOrigin };
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
};

/** Waits for PAINT_PROBE's record in `page`: { attached, painted, timeOrigin }. */
async function programmePainted(page) {
  await page.waitForFunction(() => window.__programme, null, { timeout: 30_000 });
  return page.evaluate(() => window.__programme);
}

// ---------------------------------------------------------------------------------------------
// 1. First-visit size
// ---------------------------------------------------------------------------------------------

/** Attributes of every `<tag …>` in `html` (Trunk minifies: values may be unquoted). */
function tags(html, tag) {
  const found = [];
  for (const [, attrs] of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const map = {};
    for (const [, name, a, b, c] of attrs.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      map[name.toLowerCase()] = a ?? b ?? c ?? '';
    }
    found.push(map);
  }
  return found;
}

/** Relative URLs a JS module loads: static and dynamic imports, and .wasm string literals. */
function jsReferences(source) {
  const refs = [];
  const patterns = [
    /\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    /\bexport\s*[\w*{}\s,$]+\s*from\s*["'](\.{1,2}\/[^"']+)["']/g,
    /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g,
    /["'](\.{1,2}\/[^"']+\.wasm)["']/g,
  ];
  for (const pattern of patterns) for (const [, ref] of source.matchAll(pattern)) refs.push(ref);
  return refs;
}

/** Relative URLs a stylesheet loads: @import and url(). */
function cssReferences(source) {
  const refs = [];
  for (const [, a, b] of source.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)|url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    refs.push(a ?? b);
  }
  return refs.filter((ref) => !/^(data:|https?:|\/\/|#)/.test(ref));
}

/** A URL relative to `fromFile` (a path in dist/), as a path in dist/. */
function resolveInDist(ref, fromFile) {
  const url = new URL(ref, `http://dist/${fromFile}`);
  return decodeURIComponent(url.pathname.slice(1));
}

/**
 * The files index.html makes a first visit download: itself, its stylesheets, module scripts
 * (inline or not), modulepreload and preload links, and everything those import, recursively.
 * Icons and the web manifest are left out: the programme does not need them to be usable.
 */
function filesFromIndexHtml(dist) {
  const files = new Set(['index.html']);
  const queue = [];
  const add = (ref, from) => {
    const file = resolveInDist(ref, from);
    if (!files.has(file)) {
      files.add(file);
      queue.push(file);
    }
  };
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  for (const link of tags(html, 'link')) {
    const rel = (link.rel || '').toLowerCase().split(/\s+/);
    if (link.href && ['stylesheet', 'modulepreload', 'preload'].some((r) => rel.includes(r))) add(link.href, 'index.html');
  }
  for (const script of tags(html, 'script')) if (script.src) add(script.src, 'index.html');
  for (const [, inline] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const ref of jsReferences(inline)) add(ref, 'index.html');
  }
  while (queue.length) {
    const file = queue.shift();
    const full = path.join(dist, file);
    if (!existsSync(full)) continue;
    if (/\.m?js$/.test(file)) for (const ref of jsReferences(readFileSync(full, 'utf8'))) add(ref, file);
    if (/\.css$/.test(file)) for (const ref of cssReferences(readFileSync(full, 'utf8'))) add(ref, file);
  }
  return [...files];
}

/**
 * A fresh visit in Chromium (Pixel 5 viewport). Resolves to { counted, later, serviceWorker }:
 * the dist/ paths the page requested before the programme was painted, the paths it requested
 * after (not counted), and how many requests the service worker made (its precache; not counted).
 */
async function filesFromBrowserVisit(dist) {
  return withBrowserAndServer(dist, async (browser, server) => {
    const context = await browser.newContext({ ...VIEWPORTS.pixel5 });
    await context.addInitScript(PAINT_PROBE);
    let serviceWorker = 0;
    context.on('request', (request) => { if (request.serviceWorker()) serviceWorker += 1; });
    const page = await context.newPage();
    const requests = [];
    page.on('request', (request) => { if (!request.serviceWorker()) requests.push(request); });
    await page.goto(server.baseUrl);
    const { painted, timeOrigin } = await programmePainted(page);
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.waitForTimeout(500);
    // When each request started, in the page's clock (ms since navigation start): Resource Timing
    // where it has an entry, else Playwright's wall-clock start time (a few ms less precise).
    const resourceStarts = new Map(await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])));
    const startOf = (request) =>
      request.isNavigationRequest() ? 0 : resourceStarts.get(request.url()) ?? request.timing().startTime - timeOrigin;
    const inDist = (request) => {
      const { pathname } = new URL(request.url());
      const file = decodeURIComponent(pathname.slice(new URL(server.baseUrl).pathname.length));
      return file === '' ? 'index.html' : file;
    };
    const counted = new Set();
    const later = new Set();
    for (const request of requests) (startOf(request) <= painted ? counted : later).add(inDist(request));
    await context.close();
    return { counted: [...counted], later: [...later].filter((f) => !counted.has(f)), serviceWorker };
  });
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes of one file. */
function compressedSizes(file) {
  const data = readFileSync(file);
  return {
    raw: data.length,
    gzip: zlib.gzipSync(data, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  };
}

async function measureSize(dist) {
  progress('first-visit size: reading index.html and recording a fresh visit in Chromium');
  const fromHtml = filesFromIndexHtml(dist);
  const visit = await filesFromBrowserVisit(dist);
  const all = [...new Set([...fromHtml, ...visit.counted])];
  const files = all.map((file) => {
    const full = path.join(dist, file);
    const sizes = existsSync(full) ? compressedSizes(full) : { raw: NaN, gzip: NaN, brotli: NaN, missing: true };
    const foundBy = [fromHtml.includes(file) && 'index.html', visit.counted.includes(file) && 'browser'].filter(Boolean).join(' + ');
    return { file, foundBy, ...sizes };
  });
  const missing = files.filter((f) => f.missing).map((f) => f.file);
  if (missing.length) throw new Error(`first-visit files missing from ${dist}: ${missing.join(', ')}`);
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return {
    files,
    total: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') },
    onlyInHtml: fromHtml.filter((f) => !visit.counted.includes(f)),
    onlyInBrowser: visit.counted.filter((f) => !fromHtml.includes(f)),
    later: visit.later,
    serviceWorkerRequests: visit.serviceWorker,
  };
}

function sizeRows(size) {
  const n = size.files.length;
  const gzipOk = size.total.gzip <= BUDGET.firstVisitGzip;
  return [
    {
      measurement: `first visit, ${n} files, gzip`,
      value: `${kb(size.total.gzip)} (${bytes(size.total.gzip)} B)`,
      n: size.total.gzip,
      budget: `≤ 100 KB (100 × 1000 B)`,
      status: gzipOk ? 'pass' : 'MISS',
      why: gzipOk ? '' : `${bytes(size.total.gzip - BUDGET.firstVisitGzip)} B over; ` +
        `largest: ${[...size.files].sort((a, b) => b.gzip - a.gzip).slice(0, 2).map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}`,
    },
    { measurement: `first visit, ${n} files, brotli`, value: `${kb(size.total.brotli)} (${bytes(size.total.brotli)} B)`, n: size.total.brotli, budget: '—', status: '—' },
  ];
}

function printSizeTable(size) {
  const rows = size.files.map((f) => [f.file, bytes(f.raw), bytes(f.gzip), bytes(f.brotli), f.foundBy]);
  rows.push([`total (${size.files.length} files)`, bytes(size.total.raw), bytes(size.total.gzip), bytes(size.total.brotli), '']);
  console.log('\nFiles a first visit downloads before the programme is painted (bytes):\n');
  printTable(['file', 'raw', 'gzip -9', 'brotli q11', 'found by'], rows, ['left', 'right', 'right', 'right', 'left']);
  if (size.onlyInHtml.length || size.onlyInBrowser.length) {
    console.log(`\nThe two methods differ; the total counts both. Only in index.html's references: ` +
      `${size.onlyInHtml.join(', ') || 'none'}. Only requested by the browser: ${size.onlyInBrowser.join(', ') || 'none'}.`);
  } else {
    console.log('\nindex.html\'s references and the browser\'s requests agree.');
  }
  console.log(`Not counted: requested by the page after the programme was painted: ${size.later.join(', ') || 'none'}; ` +
    `requests made by the service worker (precache): ${size.serviceWorkerRequests}.`);
}

// ---------------------------------------------------------------------------------------------
// 2. Lighthouse
// ---------------------------------------------------------------------------------------------

/** One Lighthouse run in its own Chromium. Returns scores (0–100), metric values and the lhr. */
async function lighthouseRun(url, formFactor) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    const { lhr } = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (lhr.runtimeError) throw new Error(`Lighthouse ${formFactor}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100)]));
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? NaN]));
    return { scores, metrics, lhr };
  } finally {
    await chrome.kill();
  }
}

/** Weighted audits below full marks in a run, per category: [audit id, display value]. */
function auditsBelowFullMarks(lhr) {
  const below = {};
  for (const id of CATEGORIES) {
    below[id] = (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => [ref.id, lhr.audits[ref.id].displayValue || `score ${lhr.audits[ref.id].score}`]);
  }
  return below;
}

/** Every audit below full marks in any run, with its value in each such run: "id (a / b / c)". */
function belowFullMarksAcrossRuns(lhrs, category) {
  const values = new Map();
  for (const lhr of lhrs) {
    for (const [id, value] of auditsBelowFullMarks(lhr)[category]) values.set(id, [...(values.get(id) ?? []), value]);
  }
  return [...values].map(([id, list]) => `${id} (${list.join(' / ')})`);
}

/** One Lighthouse run, made again once after a DevTools protocol time-out. */
function lighthouseRunOnce(url, formFactor, what) {
  progress(`Lighthouse ${what}`);
  return lighthouseRun(url, formFactor).catch((error) => {
    // A DevTools protocol time-out is Lighthouse losing its connection on a busy machine (seen
    // once in many runs), not a property of the page: that run is made again, once.
    if (!String(error).includes('PROTOCOL_TIMEOUT')) throw error;
    progress(`Lighthouse ${what} again after ${String(error.message).split(':').slice(1, 3).join(':')}`);
    return lighthouseRun(url, formFactor);
  });
}

/** Median scores and metrics of a form factor's runs (`results`). */
function lighthouseSummary(formFactor, results) {
  const runs = results.length;
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(results.map((r) => r.scores[id]))]));
  const each = Object.fromEntries(CATEGORIES.map((id) => [id, results.map((r) => r.scores[id])]));
  const metrics = Object.fromEntries(Object.keys(METRICS).map((name) => [name, median(results.map((r) => r.metrics[name]))]));
  // For the explanation of a missed score: every audit below full marks in any run.
  const below = Object.fromEntries(CATEGORIES.map((id) => [id, belowFullMarksAcrossRuns(results.map((r) => r.lhr), id)]));
  const { lhr } = results[0];
  const t = lhr.configSettings.throttling;
  return {
    formFactor,
    runs,
    scores,
    each,
    metrics,
    below,
    warnings: [...new Set(results.flatMap((r) => r.lhr.runWarnings))],
    version: lhr.lighthouseVersion,
    settings: `${lhr.configSettings.throttlingMethod} throttling, RTT ${t.rttMs} ms, ${(t.throughputKbps / 1024).toFixed(1)} Mbit/s, ` +
      `CPU ×${t.cpuSlowdownMultiplier}, benchmarkIndex ${median(results.map((r) => r.lhr.environment.benchmarkIndex)).toFixed(0)}`,
  };
}

/** Lighthouse mobile, then desktop, `runs` runs each, the builds alternately: one result per build. */
async function measureLighthouse(builds, runs) {
  const servers = await Promise.all(builds.map((b) => startServer({ root: b.dist, gzip: true })));
  try {
    const formFactor = async (name) => {
      const results = await alternately(builds, runs, (build, k, i) =>
        lighthouseRunOnce(servers[k].baseUrl, name, `${name}, run ${i + 1} of ${runs}, ${build.name}`));
      return results.map((each) => lighthouseSummary(name, each));
    };
    const mobile = await formFactor('mobile');
    const desktop = await formFactor('desktop');
    return builds.map((_, k) => ({ mobile: mobile[k], desktop: desktop[k] }));
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}

function lighthouseRows(lh) {
  const rows = [];
  for (const result of [lh.mobile, lh.desktop]) {
    const { formFactor, scores, metrics, below } = result;
    const label = `Lighthouse ${formFactor}, median of ${result.runs}:`;
    for (const id of CATEGORIES) {
      const budgeted = formFactor === 'mobile';
      // Performance moves from run to run (it depends on the machine's load): it must be 100 in
      // every run, not only in the median one.
      const every = id === 'performance';
      const ok = (every ? Math.min(...result.each[id]) : scores[id]) >= BUDGET.mobileScore;
      rows.push({
        measurement: every ? `${label} ${id}, each run` : `${label} ${id}`,
        value: Number.isNaN(scores[id]) ? 'no score' : every ? result.each[id].join(', ') : String(scores[id]),
        n: every ? Math.min(...result.each[id]) : scores[id],
        budget: budgeted ? (every ? `${BUDGET.mobileScore} in every run` : String(BUDGET.mobileScore)) : '—',
        status: budgeted ? (ok ? 'pass' : 'MISS') : '—',
        why: `below full marks: ${below[id].join(', ') || 'none'}`,
      });
    }
    rows.push({ measurement: `${label} FCP`, value: seconds(metrics.FCP), n: metrics.FCP, budget: '—', status: '—' });
    const lcpBudgeted = formFactor === 'mobile';
    rows.push({
      measurement: `${label} LCP`,
      value: seconds(metrics.LCP),
      n: metrics.LCP,
      budget: lcpBudgeted ? `≤ ${seconds(BUDGET.mobileLcpMs)}` : '—',
      status: lcpBudgeted ? (metrics.LCP <= BUDGET.mobileLcpMs ? 'pass' : 'MISS') : '—',
    });
    rows.push({ measurement: `${label} TBT`, value: ms(metrics.TBT), n: metrics.TBT, budget: '—', status: '—' });
    rows.push({
      measurement: `${label} CLS`,
      value: cls(metrics.CLS),
      n: metrics.CLS,
      budget: String(BUDGET.cls),
      status: metrics.CLS <= BUDGET.cls ? 'pass' : 'MISS',
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 3. Filter and search latency (tests/bench/filter-latency.mjs)
// ---------------------------------------------------------------------------------------------

/**
 * The 2,000-session site of a build, published with that build's own code: this checkout's
 * buildSyntheticApp, or the baseline checkout's (whatever its code does to publish it).
 */
async function syntheticSite(build, latencyDist) {
  if (build.repo === REPO) {
    if (latencyDist) return latencyDist;
    progress('filter latency: publishing the synthetic 2,000-session site into target/bench/dist');
    return buildSyntheticApp({ stdio: ['ignore', 2, 2] });
  }
  const script = path.join(build.repo, 'tests', 'bench', 'filter-latency.mjs');
  if (!existsSync(script)) throw new Error(`the baseline ${build.repo} has no tests/bench/filter-latency.mjs to publish its synthetic site with`);
  progress(`filter latency: publishing the baseline's synthetic 2,000-session site with its own code (${build.repo})`);
  const theirs = await import(pathToFileURL(script).href);
  return theirs.buildSyntheticApp({ stdio: ['ignore', 2, 2] });
}

/**
 * Filter and search latency for every build that can publish its synthetic site, in `rounds`
 * rounds each, alternately; each row pools its rounds' samples. One result per build (null for a
 * baseline that is a built site alone).
 */
async function measureLatency(builds, latencyDist, rounds) {
  const measurable = builds.filter((b) => b.repo);
  const sites = [];
  for (const build of measurable) sites.push(await syntheticSite(build, latencyDist));
  const perBuild = await alternately(measurable, builds.length > 1 ? rounds : 1, (build, k, i) => {
    progress(`filter latency: round ${i + 1}, ${build.name}, measuring in Chromium`);
    return measureFilterLatency({ dist: sites[k] });
  });
  const pooled = perBuild.map((each) => ({
    ...each[0],
    tries: each[0].tries * each.length,
    rows: each[0].rows.map((row, r) => summary(row.label, each.flatMap((round) => round.rows[r].samples))),
  }));
  return builds.map((b) => (b.repo ? pooled[measurable.indexOf(b)] : null));
}

function latencyRows(latency) {
  return latency.rows.map((r) => ({
    measurement: `${r.label} → list painted, ${bytes(latency.sessions)} sessions, median of ${latency.tries}`,
    value: `${r.median.toFixed(1)} ms (worst ${r.worst.toFixed(1)})`,
    n: r.median,
    budget: `≤ ${BUDGET.latencyMedianMs} ms`,
    status: r.median <= BUDGET.latencyMedianMs ? 'pass' : 'MISS',
  }));
}

// ---------------------------------------------------------------------------------------------
// 4. Offline repeat visit
// ---------------------------------------------------------------------------------------------

/** One repeat visit offline in a fresh context; ms from navigation start to programme painted. */
async function offlineRepeatVisit(browser, server) {
  const context = await browser.newContext({ ...VIEWPORTS.desktop });
  try {
    await context.addInitScript(PAINT_PROBE);
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    await programmePainted(page);
    // The app registers the service worker after load; it claims the page once activated.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await context.setOffline(true);
    const before = server.log.length;
    const response = await page.goto(server.baseUrl);
    const { painted } = await programmePainted(page);
    // Honesty checks: the page came from the service worker and nothing reached the server.
    if (!response?.fromServiceWorker()) throw new Error('the offline visit was not answered by the service worker');
    const reached = server.log.slice(before).map((r) => r.url);
    if (reached.length) throw new Error(`the offline visit reached the server: ${reached.join(', ')}`);
    return painted;
  } finally {
    await context.close();
  }
}

/** The offline repeat visits of every build, alternately: one result per build. */
async function measureOffline(builds, runs) {
  const servers = await Promise.all(builds.map((b) => startServer({ root: b.dist, gzip: true })));
  const browser = await launchBrowser();
  try {
    const times = await alternately(builds, runs, (build, k, i) => {
      progress(`offline repeat visit ${i + 1} of ${runs}, ${build.name}`);
      return offlineRepeatVisit(browser, servers[k]);
    });
    return times.map((each) => ({ runs, times: each, median: median(each) }));
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}

function offlineRows(offline) {
  return [{
    measurement: `offline repeat visit → programme painted, desktop, median of ${offline.runs}`,
    value: `${ms(offline.median)} (${offline.times.map((t) => t.toFixed(0)).join(', ')})`,
    n: offline.median,
    budget: `≤ ${BUDGET.offlineRepeatMs} ms`,
    status: offline.median <= BUDGET.offlineRepeatMs ? 'pass' : 'MISS',
  }];
}

// ---------------------------------------------------------------------------------------------
// 5. Start-up's longest task
// ---------------------------------------------------------------------------------------------

/**
 * One traced fresh visit on a Pixel 5 with the CPU slowed 4×: the tasks of the page's main thread
 * from the first contentful paint until a second after the app has started, as
 * { longest, blocking, count }, in ms of the slowed clock.
 */
async function tracedStartup(browser, server) {
  const context = await browser.newContext({ ...VIEWPORTS.pixel5 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,loading', transferMode: 'ReportEvents' });
    await page.goto(server.baseUrl, { waitUntil: 'commit' });
    // Waiting through a Playwright locator would inject Playwright's own script into the page,
    // whose evaluation (100-190 ms with the CPU slowed) would then be traced as a page task.
    await appReadyOverCdp(cdp, 30_000);
    await page.waitForTimeout(1000);
    await cdp.send('Tracing.end');
    await complete;
    // Renderers' main threads; the one that painted the page is the page's.
    const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const paint = events.find((e) => e.name === 'firstContentfulPaint' && mains.has(`${e.pid}:${e.tid}`));
    if (!paint) throw new Error('the trace holds no first contentful paint');
    // Only the thread that painted the page: a trace can also hold other renderers' main threads
    // (a spare renderer getting ready for a next page, for one), whose tasks are not this page's.
    const onMain = events.filter((e) => e.ph === 'X' && e.pid === paint.pid && e.tid === paint.tid);
    const runTasks = onMain.filter((e) => e.name === 'RunTask' && e.ts + e.dur > paint.ts);
    if (runTasks.length === 0) throw new Error('the trace holds no main-thread task after the first paint');
    // A task that began before the first paint counts from the paint on, as Lighthouse clips it
    // for Total Blocking Time: before it, the task was painting the page, which LCP measures.
    const tasks = runTasks.map((e) => (e.ts + e.dur - Math.max(e.ts, paint.ts)) / 1000);
    // Which work each task mostly did: the browser's own parsing, style, layout and paint of the
    // page, or script (the app's code, its loader, compiling the wasm).
    const renderingEvents = onMain.filter((e) => RENDERING_EVENTS.has(e.name));
    const longestOf = (kind) => Math.max(0, ...runTasks.filter((t) => taskKind(t, renderingEvents) === kind).map((t) => t.dur / 1000));
    return {
      longest: Math.max(...tasks),
      longestWhole: Math.max(...runTasks.map((e) => e.dur / 1000)),
      longestScript: longestOf('script'),
      longestRendering: longestOf('rendering'),
      blocking: tasks.filter((t) => t > 50).reduce((sum, t) => sum + t - 50, 0),
      over50: tasks.filter((t) => t > 50).length,
      count: tasks.length,
    };
  } finally {
    await context.close();
  }
}

/**
 * Trace events of the browser parsing, styling, laying out and painting the page (their nesting
 * is merged when they are summed). Script is what is left of a task: wasm called from a promise
 * continuation, for one, runs inside no event of its own.
 */
const RENDERING_EVENTS = new Set(['ParseHTML', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest']);

/** 'rendering' when the browser's own rendering took at least half of `task`, else 'script'. */
function taskKind(task, renderingEvents) {
  const within = renderingEvents.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur).sort((a, b) => a.ts - b.ts);
  let covered = 0;
  let reached = task.ts;
  for (const e of within) {
    const end = e.ts + e.dur;
    if (end > reached) {
      covered += end - Math.max(e.ts, reached);
      reached = end;
    }
  }
  return covered * 2 >= task.dur ? 'rendering' : 'script';
}

/** Waits until the app has marked the page ready, asking over CDP (nothing injected in the page). */
async function appReadyOverCdp(cdp, timeout) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.documentElement.dataset.app' });
    if (result.value === 'ready') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the app did not start within ${timeout / 1000} s`);
}

/** The traced start-ups of every build, alternately: one result per build. */
async function measureStartup(builds, runs) {
  const servers = await Promise.all(builds.map((b) => startServer({ root: b.dist, gzip: true })));
  const browser = await launchBrowser();
  try {
    const loads = await alternately(builds, runs, (build, k, i) => {
      progress(`start-up trace ${i + 1} of ${runs} (Pixel 5, CPU ×4), ${build.name}`);
      return tracedStartup(browser, servers[k]);
    });
    return loads.map((each) => {
      const middle = (key) => median(each.map((l) => l[key]));
      return { runs, loads: each, longest: middle('longest'), longestWhole: middle('longestWhole'), longestScript: middle('longestScript'), longestRendering: middle('longestRendering'), blocking: middle('blocking'), over50: middle('over50') };
    });
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}

function startupRows(startup) {
  const each = startup.loads.map((l) => l.longest.toFixed(0)).join(', ');
  return [
    {
      measurement: `start-up's longest main-thread task after the first paint, Pixel 5, CPU ×4, median of ${startup.runs}`,
      value: `${ms(startup.longest)} (${each})`,
      n: startup.longest,
      budget: `≤ ${BUDGET.startupTaskMs} ms`,
      status: startup.longest <= BUDGET.startupTaskMs ? 'pass' : 'MISS',
    },
    { measurement: `  the longest counted whole, with its part before the first paint, median`, value: ms(startup.longestWhole), n: startup.longestWhole, budget: '—', status: '—' },
    { measurement: `  the longest mostly script (the app, its loader, the wasm's compile), median`, value: ms(startup.longestScript), n: startup.longestScript, budget: '—', status: '—' },
    { measurement: `  the longest mostly the browser parsing, laying out and painting the page, median`, value: ms(startup.longestRendering), n: startup.longestRendering, budget: '—', status: '—' },
    {
      measurement: `start-up's blocking time (tasks' time over 50 ms), median of ${startup.runs}`,
      value: `${ms(startup.blocking)} (${startup.loads.map((l) => l.blocking.toFixed(0)).join(', ')})`,
      n: startup.blocking,
      budget: `≤ ${BUDGET.startupBlockingMs} ms`,
      status: startup.blocking <= BUDGET.startupBlockingMs ? 'pass' : 'MISS',
    },
    { measurement: `  tasks over 50 ms after the first paint, median`, value: String(startup.over50), n: startup.over50, budget: '—', status: '—' },
  ];
}

// ---------------------------------------------------------------------------------------------
// 6. Publishing a one-session change
// ---------------------------------------------------------------------------------------------

function publishingRows(p) {
  const total = p.downloaded.reduce((sum, f) => sum + f.gzip, 0);
  const fetched = p.update.paths.map((u) => new URL(u, 'http://x').pathname).filter((u) => u !== '/sw.js').sort();
  const exactly = JSON.stringify(fetched) === JSON.stringify(p.update.expected);
  return [
    {
      measurement: 'one-title change: the files that differ which a returning visitor downloads (gzip)',
      value: `${p.downloaded.length} of ${p.changed.length} files, ${kb(total)}`,
      n: total,
      budget: `≤ ${kb(CHANGED_BUDGET)}`,
      status: total <= CHANGED_BUDGET ? 'pass' : 'MISS',
      why: p.downloaded.map((f) => `${f.path} ${bytes(f.gzip)}`).join(', '),
    },
    {
      measurement: '  every file that differs: the above, the feeds calendar apps fetch, the picture crawlers fetch',
      value: `${p.changed.length} files, ${kb(p.changed.reduce((sum, f) => sum + f.gzip, 0))} (the picture ${p.previews.map((f) => kb(f.gzip)).join(', ') || 'none'})`,
      budget: '—',
      status: '—',
    },
    {
      measurement: 'its update: the returning visitor’s worker',
      value: `${p.update.requests} requests, ${kb(p.update.bytes)}`,
      budget: 'only what changed',
      status: exactly ? 'pass' : 'MISS',
      why: `fetched ${fetched.join(', ')}`,
    },
    {
      measurement: 'publishing a data-only change, with its pictures',
      value: `${ms(p.warm)} warm${p.cold === null ? '' : `; ${seconds(p.cold)} from a fresh clone`}`,
      budget: '—',
      status: '—',
    },
    {
      measurement: `publishing ${bytes(p.thousands.sessions)} sessions with their ${bytes(p.thousands.pictures.count)} pictures, warm`,
      value: seconds(p.thousands.ms),
      budget: '—',
      status: '—',
    },
    { measurement: 'the largest preview picture', value: `${bytes(p.largest)} B`, budget: '≤ 100 KB', status: p.largest <= 100_000 ? 'pass' : 'MISS' },
  ];
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

/** A markdown table with padded columns; `align` is 'left' or 'right' per column. */
function printTable(headers, rows, align = headers.map(() => 'left')) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const pad = (cell, i) => (align[i] === 'right' ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]));
  console.log(`| ${headers.map(pad).join(' | ')} |`);
  console.log(`|${widths.map((w, i) => (align[i] === 'right' ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const row of rows) console.log(`| ${row.map(pad).join(' | ')} |`);
}

/**
 * Runs one measurement, which resolves to one result per build; a failure becomes an ERROR row
 * instead of ending the whole run. The rows are this build's, each with the baseline's value
 * beside it and the ratio of the two where both are numbers.
 */
async function attempt(name, options, measure, toRows) {
  if (options.skip.has(name)) {
    return { name, rows: [{ measurement: name, value: 'not measured (--skip)', budget: '', status: 'skipped' }] };
  }
  try {
    const [result, base] = await measure();
    const rows = toRows(result);
    const baseRows = base ? toRows(base) : [];
    for (const [i, row] of rows.entries()) {
      const other = baseRows[i];
      row.baseline = other?.value ?? '—';
      row.ratio = other && Number.isFinite(row.n) && Number.isFinite(other.n) && other.n !== 0 ? `×${(row.n / other.n).toFixed(2)}` : '—';
    }
    return { name, result, rows };
  } catch (err) {
    progress(`${name} failed: ${err.stack || err}`);
    return { name, rows: [{ measurement: name, value: 'could not be measured', budget: '', status: 'ERROR', why: String(err.message || err).split('\n')[0] }] };
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const dist = releaseBuild(options);
  const builds = buildsToMeasure(dist, options.baseline);
  const runs = options.runs ?? 5;
  const each = async (measure) => {
    const results = [];
    for (const build of builds) results.push(await measure(build.dist));
    return results;
  };

  const sections = [];
  sections.push(await attempt('size', options, () => each(measureSize), sizeRows));
  sections.push(await attempt('lighthouse', options, () => measureLighthouse(builds, runs), lighthouseRows));
  sections.push(await attempt('startup', options, () => measureStartup(builds, runs), startupRows));
  sections.push(await attempt('offline', options, () => measureOffline(builds, runs), offlineRows));
  sections.push(await attempt('latency', options, () => measureLatency(builds, options.latencyDist, options.rounds), latencyRows));
  const cold = !options.skip.has('cold-publish');
  // Publishing is this checkout's tool: it has no baseline.
  sections.push(await attempt('publishing', options, async () => [await measurePublishing({ cold, progress })], publishingRows));

  console.log(`\nPerformance budgets for ${dist}`);
  if (builds[1]) console.log(`Baseline, measured alternately in the same run: ${builds[1].dist}`);
  const chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  console.log(`${chromium} (${CHROMIUM}), node ${process.version}, ${new Date().toISOString()}`);

  const size = sections.find((s) => s.name === 'size').result;
  if (size) printSizeTable(size);
  const lh = sections.find((s) => s.name === 'lighthouse').result;
  if (lh) {
    console.log(`\nLighthouse ${lh.mobile.version}: mobile = default config (${lh.mobile.settings}); ` +
      `desktop = desktop config (${lh.desktop.settings}).`);
    for (const w of [...lh.mobile.warnings, ...lh.desktop.warnings]) console.log(`Lighthouse warning: ${w}`);
  }

  const rows = sections.flatMap((s) => s.rows);
  console.log('\nBudgets:\n');
  if (builds[1]) {
    printTable(['measurement', 'value', 'baseline', 'ratio', 'budget', 'result'],
      rows.map((r) => [r.measurement, r.value, r.baseline ?? '—', r.ratio ?? '—', r.budget, r.status]));
  } else {
    printTable(['measurement', 'value', 'budget', 'result'], rows.map((r) => [r.measurement, r.value, r.budget, r.status]));
  }

  const missed = rows.filter((r) => r.status === 'MISS' || r.status === 'ERROR');
  const skipped = rows.filter((r) => r.status === 'skipped');
  console.log('');
  for (const r of missed) {
    console.log(r.status === 'MISS'
      ? `MISSED: ${r.measurement}: ${r.value}, budget ${r.budget}${r.why ? ` (${r.why})` : ''}`
      : `ERROR: ${r.measurement} could not be measured: ${r.why}`);
  }
  for (const r of skipped) console.log(`not measured (--skip): ${r.measurement}`);
  const budgeted = rows.filter((r) => r.status === 'pass' || r.status === 'MISS').length;
  console.log(missed.length
    ? `${missed.length} budget(s) missed or not measured (of ${budgeted + rows.filter((r) => r.status === 'ERROR').length}).`
    : `All ${budgeted} measured budget(s) met${skipped.length ? `; ${skipped.length} measurement(s) skipped` : ''}.`);
  process.exitCode = missed.length ? 1 : 0;
}

try {
  await main();
} catch (err) {
  console.error(`budgets: ${err.stack || err}`);
  process.exitCode = 1;
}
