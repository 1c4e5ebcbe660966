// Shared helpers for the end-to-end tests, the engines' journeys, the benchmarks and the build's
// check: a static server for dist/, a Chromium that does not talk to the outside world, pages that
// record what they request and log, axe-core, and the bundled programme data.
//
// Everything here uses only node's standard library, playwright-core (driving Debian's
// /usr/bin/chromium: no browser downloads on this machine), axe-core and smol-toml.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { parse as parseToml } from 'smol-toml';

/** The repository root (this file lives in tests/support/). */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where `trunk build --release` puts the site (E2E_DIST points the tests at another build). */
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(REPO, 'dist');

/** The path the site is served under (E2E_PREFIX=/some/path/ tests a sub-path). */
export const PREFIX = process.env.E2E_PREFIX || '/';

/** The programme data file the app bundles. */
export const DATA_FILE = path.join(REPO, 'src', 'data', 'programme.toml');

/** Debian's Chromium; Playwright's own browser downloads are not reachable here. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Viewports used by the journeys. */
export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  // Pixel 5, as the brief measures it: the full 393×851 screen, mobile and touch.
  pixel5: {
    viewport: { width: 393, height: 851 },
    screen: { width: 393, height: 851 },
    deviceScaleFactor: 2.75,
    isMobile: true,
    hasTouch: true,
    userAgent:
      'Mozilla/5.0 (Linux; Android 11; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) ' +
      'Chrome/156.0.0.0 Mobile Safari/537.36',
  },
  // WCAG reflow: 320 CSS px wide (1280 px at 400 % zoom).
  narrow320: { viewport: { width: 320, height: 640 } },
};

// ---------------------------------------------------------------------------------------------
// Static file server
// ---------------------------------------------------------------------------------------------

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Where a server started with `cspReports` takes the reports of Content Security Policy violations. */
export const CSP_REPORTS = '__csp-report';

/** What a static host compresses: text of every kind, and wasm (images are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json|xml)|image\/svg\+xml)/;

/**
 * Serves `root` on 127.0.0.1 at an ephemeral port, under `prefix` (default "/"), so that the
 * same dist/ can be tested at a domain root and under a sub-path such as "/some/path/".
 * No caching headers are sent: every test sees the files as they are on disk.
 * With `gzip`, text and wasm are sent gzip-compressed to a browser that accepts it, as every
 * static host the README names does: the benchmark's timings then see the bytes a phone would.
 * Resolves to { origin, baseUrl, log, close() }; `log` lists every request as
 * { method, url, status, bytes } (bytes: the body as sent), plus `encoding: 'gzip'` when the
 * response was compressed.
 * With `cspReports`, every page is also sent its own Content Security Policy (the one in its
 * `<meta>`) as a header with a `report-uri` on this server: a violation in any engine is then
 * posted here, and logged as { method: 'POST', url, status, report } (`CSP_REPORTS` in its url).
 */
export async function startServer({ root = DIST, prefix = '/', gzip = false, cspReports = false } = {}) {
  if (!prefix.startsWith('/')) prefix = `/${prefix}`;
  if (!prefix.endsWith('/')) prefix = `${prefix}/`;
  const rootDir = path.resolve(root);
  const log = [];

  const server = createServer(async (req, res) => {
    const entry = { method: req.method, url: req.url, status: 0 };
    log.push(entry);
    const send = (status, headers = {}, body = '') => {
      entry.status = status;
      entry.bytes = req.method === 'HEAD' ? 0 : Buffer.byteLength(body);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const { pathname } = new URL(req.url, 'http://127.0.0.1');
      if (cspReports && req.method === 'POST' && pathname === `${prefix}${CSP_REPORTS}`) {
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        entry.report = Buffer.concat(chunks).toString('utf8');
        return send(204);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(405, { Allow: 'GET, HEAD' }, 'method not allowed');
      }
      // "/some/path" → "/some/path/", as static hosts do for a folder.
      if (`${pathname}/` === prefix) {
        return send(301, { Location: prefix });
      }
      if (!pathname.startsWith(prefix)) return send(404, {}, 'not found');

      let rel;
      try {
        rel = decodeURIComponent(pathname.slice(prefix.length));
      } catch {
        return send(400, {}, 'bad request');
      }
      let file = path.resolve(rootDir, rel);
      // Never serve anything outside root (e.g. "/../../etc/passwd").
      if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
        return send(404, {}, 'not found');
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) return send(404, {}, 'not found');

      const body = await readFile(file);
      const type = MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
      const policy = cspReports && type.startsWith('text/html') && /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(body.toString('utf8'));
      if (policy) res.setHeader('Content-Security-Policy', `${policy[1]}; report-uri ${prefix}${CSP_REPORTS}`);
      if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const packed = gzipSync(body, { level: 9 });
        entry.encoding = 'gzip';
        const headers = { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' };
        return send(200, { ...headers, 'Content-Length': packed.length }, packed);
      }
      return send(200, { 'Content-Type': type, 'Content-Length': body.length }, body);
    } catch (err) {
      return send(500, {}, String(err));
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    baseUrl: `${origin}${prefix}`,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------------------------

/** Fails early, with the fix, when dist/ has not been built. */
export function assertDistBuilt() {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(
      `${path.join(DIST, 'index.html')} is missing: run trunk build --release first ` +
        '(bash .ci/test does it before the end-to-end tests).',
    );
  }
}

/** Chromium's flags here (see launchBrowser); tests/bench/budgets.mjs launches it with them too. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Headless Debian Chromium with a fresh profile. The background-networking flags stop
 * Chromium from calling home, which on this closed network floods the log with refused
 * connections and would also show up as third-party requests.
 */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run bash .ci/setup --test (installs Debian's chromium).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/**
 * Opens `url` in a fresh browser context and, unless `waitForReady: false`, waits until the app
 * is ready (`main h1` visible). Other `options` are Playwright context options (viewport,
 * isMobile, colorScheme, …).
 * Returns { context, page, requests, consoleErrors, pageErrors, close() }: every request URL the
 * context made, every console error and every uncaught page error, for the privacy checks.
 */
export async function openApp(browser, url, options = {}) {
  const { waitForReady = true, ...contextOptions } = options;
  const context = await browser.newContext({ ...VIEWPORTS.desktop, ...contextOptions });
  const requests = [];
  const consoleErrors = [];
  const pageErrors = [];
  // Context-level, so requests from any page or worker of this context are seen too.
  context.on('request', (request) => requests.push(request.url()));
  // A Content Security Policy violation is reported as a console error, so assertClean sees it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      consoleErrors.push(`${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => pageErrors.push(String(err?.stack || err)));
  // The page's own requests (whether the service worker answers them or not), without those the
  // service worker makes itself, as when it saves every file of the build for offline use.
  const pageRequests = [];
  page.on('request', (request) => pageRequests.push(request.url()));

  const session = {
    context,
    page,
    requests,
    pageRequests,
    consoleErrors,
    pageErrors,
    close: () => context.close().catch(() => {}),
  };
  try {
    await page.goto(url);
    if (waitForReady) await waitForApp(session);
  } catch (err) {
    await session.close();
    throw err;
  }
  return session;
}

/**
 * Waits until the app has started on the page written at build time (which is on screen, with
 * only search and the options beside the list working, until the WebAssembly starts): `page` may
 * also be a frame.
 */
export async function appReady(page, timeout = 20_000) {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout });
}

/**
 * Waits until the app shows a view (`main h1` visible); on time-out, says what the page logged.
 * Also used after in-document navigations (pushState, back, forward).
 */
export async function waitForApp({ page, consoleErrors, pageErrors }) {
  try {
    await appReady(page);
    await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 20_000 });
  } catch (err) {
    throw new Error(
      `the app never showed a visible "main h1" at ${page.url()}.\n` +
        `page errors: ${JSON.stringify(pageErrors)}\nconsole errors: ${JSON.stringify(consoleErrors)}\n` +
        `${err.message}`,
    );
  }
}

/**
 * Registers node:test hooks that serve dist/ under PREFIX and launch Chromium before the file's
 * tests, and close both after them. Returns { server, browser }, filled in by the `before` hook.
 */
export function serveDistForTests() {
  const env = {};
  before(async () => {
    assertDistBuilt();
    env.server = await startServer({ prefix: PREFIX });
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

// ---------------------------------------------------------------------------------------------
// Page helpers
// ---------------------------------------------------------------------------------------------

/** The URL's query parameter `name`, or null. */
export function param(url, name) {
  return new URL(url).searchParams.get(name);
}

/** No uncaught page errors, no console errors (CSP violations included) and no request off the allowed origins in the journey so far. */
export function assertClean({ pageErrors, consoleErrors, requests, page }, what = 'this journey', origins) {
  assert.deepEqual(pageErrors, [], `no uncaught page errors in ${what}`);
  assert.deepEqual(consoleErrors, [], `no console errors or CSP violations in ${what}`);
  if (requests && page) {
    // The page's own origin, unless the journey names the origins it may use (a host page and
    // the app embedded in it).
    const allowed = new Set(origins ?? [new URL(page.url()).origin]);
    const foreign = requests.filter((url) => !/^(data|blob|about):/.test(url) && !allowed.has(new URL(url).origin));
    assert.deepEqual([...new Set(foreign)], [], `every request in ${what} stays on ${origins ? origins.join(' and ') : "the app's origin"}`);
  }
}

/** Polls `read` until `ok(value)` or the time runs out; returns the last value read. */
export async function poll(read, ok, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

/**
 * Waits until `fn(arg)`, evaluated in `page` (it may be async: Playwright's waitForFunction takes
 * the promise an async function returns for a truthy answer), is truthy; fails with `message`.
 */
export async function untilInPage(page, fn, arg, message, timeout = 30_000) {
  const value = await poll(() => page.evaluate(fn, arg), Boolean, timeout);
  assert.ok(value, `${message} (waited ${timeout} ms)`);
  return value;
}

/** The files a service worker's text (sw.js) lists for offline use: [{ path, sha256 }], `./` among them. */
export function workerFiles(text) {
  return [...text.matchAll(/\["([^"]+)",\s*"([0-9a-f]{64})"\]/g)].map((m) => ({ path: m[1], sha256: m[2] }));
}

/** Waits for `locator` to be in the state, or fails with `message` (and what the page shows). */
export async function waitFor(locator, message, state = 'visible') {
  try {
    await locator.first().waitFor({ state });
  } catch (err) {
    const page = locator.page();
    const main = normalise(await page.locator('main').innerText().catch(() => '')).slice(0, 400);
    assert.fail(`${message} (at ${page.url()}; main reads: "${main}…")\n${err.message.split('\n')[0]}`);
  }
}

/** Waits until `main h1` reads exactly `text`, and checks it is the page's only h1. */
export async function expectH1(page, text) {
  await appReady(page);
  await waitFor(page.getByRole('heading', { level: 1, name: text, exact: true }), `expected the h1 "${text}"`);
  assert.equal(await page.locator('h1').count(), 1, `exactly one h1 at ${page.url()}`);
}

/**
 * Scrolls `locator` into view and resolves to its bounding box once it has stopped moving: in a
 * long programme, cards off screen are laid out only when they come into view
 * (content-visibility: auto), and the cards around one far down then take their real heights.
 */
export async function scrollIntoViewWhenStill(locator) {
  await locator.scrollIntoViewIfNeeded();
  return boxWhenStill(locator);
}

/** Resolves to `locator`'s bounding box once it has not moved for 50 ms (or after a second). */
export async function boxWhenStill(locator) {
  let last = await locator.boundingBox();
  for (let i = 0; i < 20; i++) {
    await locator.page().waitForTimeout(50);
    const now = await locator.boundingBox();
    if (last && now && Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
    last = now;
  }
  return last;
}

/** Clicks `locator` once it has stopped moving (see scrollIntoViewWhenStill). */
export async function clickWhenStill(locator) {
  await scrollIntoViewWhenStill(locator);
  await locator.click();
}

/** Elements sticking out past the right edge, for the horizontal-scroll message. */
export async function overflowReport(page) {
  return page.evaluate(() => {
    // On a mobile viewport Chromium widens innerWidth to fit overflowing content (the page is
    // zoomed out), so the layout viewport's clientWidth is the width that must not be exceeded.
    const width = Math.min(window.innerWidth, document.documentElement.clientWidth);
    const culprits = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5) {
        const cls = el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        culprits.push(`${el.tagName.toLowerCase()}${cls} (right edge ${Math.round(r.right)}px)`);
      }
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width,
      culprits: culprits.slice(0, 10),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------------------------

let axeSource;

/** Runs axe-core in the page and returns its violations (an empty array when there are none). */
export async function axe(page, options = {}) {
  axeSource ??= readFileSync(path.join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const present = await page.evaluate(() => typeof window.axe !== 'undefined');
  // Evaluated through the DevTools protocol: the app's Content Security Policy (rightly) blocks
  // an injected inline <script>.
  if (!present) await page.evaluate(axeSource);
  return page.evaluate(async (opts) => {
    const result = await window.axe.run(document, opts);
    // Only plain data crosses back to node.
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
    }));
  }, options);
}

/** Formats axe violations for an assertion message: rule id, help, the offending nodes. */
export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .map((n) => `    at ${JSON.stringify(n.target)}\n      ${String(n.summary).replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

/**
 * A programme data file (the bundled one by default), parsed with smol-toml, with every session's
 * start and end as RFC 3339 text with its UK offset (as the app shows them and calendar files
 * write them), however the file writes them.
 */
export function readProgramme(file = DATA_FILE) {
  if (!existsSync(file)) throw new Error(`${file} is missing`);
  const programme = parseToml(readFileSync(file, 'utf8'));
  for (const session of programme.sessions ?? []) {
    session.start = ukInstant(session.start);
    session.end = ukInstant(session.end);
  }
  return programme;
}

/** 01:00 UTC on the last Sunday of `month` (0-based) of `year`: when the UK's clocks change. */
const clocksChange = (year, month) => {
  const day = new Date(Date.UTC(year, month + 1, 0, 1));
  day.setUTCDate(day.getUTCDate() - day.getUTCDay());
  return day.getTime();
};

/**
 * A data file's time as RFC 3339 text with its offset: one written with an offset is kept; a
 * local one (`2023-04-20T13:00:00`, as organisers write them) is UK time, BST from the last
 * Sunday in March to the last Sunday in October (src/programme/uk_time.rs).
 */
export function ukInstant(value) {
  const text = typeof value === 'string' ? value : value.toISOString();
  if (/(Z|[+-]\d{2}:\d{2})$/.test(text)) return text.replace('.000', '');
  const [date, time] = text.replace(' ', 'T').split('T');
  const local = `${date}T${`${time}:00`.slice(0, 8)}`;
  const oneHourEarlier = Date.parse(`${local}Z`) - 3_600_000;
  const year = new Date(oneHourEarlier).getUTCFullYear();
  const summer = oneHourEarlier >= clocksChange(year, 2) && oneHourEarlier < clocksChange(year, 9);
  return `${local}${summer ? '+01:00' : '+00:00'}`;
}

/** Letters that Unicode decomposition does not take apart but the app folds (search.rs). */
const LIGATURES = { æ: 'ae', œ: 'oe', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŧ: 't', ŀ: 'l' };

/**
 * The app's search folding (src/programme/search.rs): lowercase, accents stripped, apostrophes
 * dropped ("today's" is one word, "todays"), every other run of non-alphanumerics one space.
 */
export function fold(text) {
  return String(text ?? '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[æœßøłđðħıŧŀ]/g, (c) => LIGATURES[c])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Everything the app finds a session by (src/programme/search.rs): title, description, speakers,
 * topic labels and organisation names. Each part is folded on its own, so words never run across
 * two fields, and the text is padded with spaces, so ` ${word}` is found only at a word's start.
 * Without `descriptions`, what it finds a session by before (or without) the descriptions' file.
 */
export function searchableText(session, programme, { descriptions = true } = {}) {
  const name = (list, slug, field) => (list ?? []).find((x) => x.slug === slug)?.[field] ?? '';
  const parts = [
    session.title,
    descriptions ? session.description : '',
    ...(session.speakers ?? []),
    ...(session.topics ?? []).map((slug) => name(programme.topics, slug, 'label')),
    ...(session.organisations ?? []).map((slug) => name(programme.organisations, slug, 'name')),
  ];
  return ` ${parts.map(fold).filter(Boolean).join(' ')} `;
}

/**
 * A word that only some sessions' descriptions hold (no title, speaker, topic or organisation
 * has it), and the slugs of the sessions it finds: the app finds them once it has fetched the
 * descriptions (descriptions.txt), which it does not bundle. `sessions` in list order.
 */
export function describedWord(programme, sessions) {
  const without = sessions.map((s) => searchableText(s, programme, { descriptions: false }));
  for (const s of sessions) {
    for (const word of fold(s.description).split(' ').filter((w) => /^[a-z]{6,}$/.test(w))) {
      const found = sessions.filter((x) => searchableText(x, programme).includes(` ${word}`));
      if (found.length < sessions.length && !without.some((text) => text.includes(` ${word}`))) {
        return { word, slugs: found.map((x) => x.slug) };
      }
    }
  }
  throw new Error('the data has no word that only some sessions’ descriptions hold');
}

/** The data file's sessions as the programme lists them: by start time, ties in file order. */
export function listedSessions(programme) {
  return programme.sessions
    .map((s, i) => ({ ...s, index: i }))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.index - b.index);
}

/** Whitespace collapsed to single spaces, for comparing data text with rendered text. */
export function normalise(text) {
  return String(text ?? '').replace(/\s+/g, ' ').trim();
}
