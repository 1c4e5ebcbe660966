// End-to-end journeys for the calendar files: "Add to calendar" on the detail view and on the
// session cards, "Add my shortlist to calendar", the feeds built into dist/calendar/, and the
// "Subscribe" links under the programme's result count (at the domain root and under a sub-path).
//
// Run after `trunk build --release`:  node --test tests/e2e/calendar.test.mjs
// (E2E_DIST=/some/dist points it at another build; E2E_PREFIX=/some/path/ serves it under a sub-path.)
//
// Expected sessions, titles, times and feed contents come from the bundled data file, so a changed
// schedule needs no change here. The file format is the app's contract (src/programme/calendar.rs,
// src/components/calendar_button.rs, src/components/subscribe_links.rs, src/bin/postbuild.rs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  assertClean,
  axe,
  clickWhenStill,
  formatViolations,
  openApp,
  listedSessions,
  readProgramme,
  serveDistForTests,
  startServer,
  waitFor,
} from '../support/harness.mjs';

const SUB_PATH = '/some/path/';
const LINE_OCTETS = 75;
const ILLUSTRATIVE_NOTICE = 'Illustrative — details not published';
const TIME_UNKNOWN_NOTICE = 'The date is published; the time shown is not.';

/** Where the shortlist is stored (src/storage.rs). */
const SHORTLIST_KEY = 'sus-guide.v1.shortlist';

// ---------------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------------

const programme = readProgramme();
const seriesTitle = programme.series.title;
/** The series title as a slug ("stand-up-speak-out"), as the UIDs are scoped. */
const seriesId = seriesTitle
  .split(/[^A-Za-z0-9]+/)
  .filter(Boolean)
  .map((w) => w.toLowerCase())
  .join('-');
const sessions = listedSessions(programme);
const bySlug = new Map(sessions.map((s) => [s.slug, s]));

const uidOf = (s) => `${s.slug}@${seriesId}`;
const summaryOf = (s) => (s.illustrative ? `${s.title} (illustrative)` : s.title);
/** An RFC 3339 time as iCalendar's UTC basic form: 20230406T120000Z. */
const utc = (rfc3339) => {
  const ms = Date.parse(rfc3339);
  assert.ok(Number.isFinite(ms), `"${rfc3339}" is a date-time`);
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
};

/** Sessions worth downloading one by one: the non-illustrative ones, an illustrative one, and the
 * one whose title needs the most escaping or is longest. */
const samples = (() => {
  const picked = new Map();
  const plain = sessions.find((s) => !s.illustrative);
  const flagged = sessions.find((s) => s.illustrative);
  const unknownTime = sessions.find((s) => s.time_known === false);
  const tricky = [...sessions].sort(
    (a, b) =>
      (b.title.match(/[\\;,]/g)?.length ?? 0) - (a.title.match(/[\\;,]/g)?.length ?? 0) ||
      Buffer.byteLength(b.title) - Buffer.byteLength(a.title),
  )[0];
  for (const s of [plain, flagged, unknownTime, tricky]) if (s) picked.set(s.slug, s);
  return [...picked.values()];
})();

/** Three sessions from the start, the middle and the end of the programme. */
const three = [sessions[0], sessions[Math.floor(sessions.length / 2)], sessions[sessions.length - 1]];
assert.equal(new Set(three.map((s) => s.slug)).size, 3, 'the data has at least three sessions');

/** A slug that is well formed but names no session. */
const GONE = 'gone-session';
assert.ok(!bySlug.has(GONE), `"${GONE}" must not be a session in the data file`);

/** Every feed the build must hold: file name, calendar name, sessions. */
const feeds = [
  { file: 'all.ics', name: seriesTitle, sessions },
  ...programme.topics.map((t) => ({
    file: `topic-${t.slug}.ics`,
    name: `${seriesTitle} — ${t.label}`,
    sessions: sessions.filter((s) => (s.topics ?? []).includes(t.slug)),
  })),
  ...programme.organisations.map((o) => ({
    file: `org-${o.slug}.ics`,
    name: `${seriesTitle} — ${o.name}`,
    sessions: sessions.filter((s) => (s.organisations ?? []).includes(o.slug)),
  })),
];

// ---------------------------------------------------------------------------------------------
// iCalendar parsing and the format rules
// ---------------------------------------------------------------------------------------------

/** Unescapes an RFC 5545 TEXT value; fails on a bare "," or ";" or an unknown escape. */
function unescapeText(value, what) {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') {
      const next = value[++i];
      if (next === '\\' || next === ';' || next === ',') out += next;
      else if (next === 'n' || next === 'N') out += '\n';
      else assert.fail(`${what}: unknown escape "\\${next ?? ''}" in ${JSON.stringify(value)}`);
    } else {
      assert.ok(c !== ',' && c !== ';', `${what}: unescaped "${c}" in the TEXT value ${JSON.stringify(value)}`);
      out += c;
    }
  }
  return out;
}

/**
 * Checks the octet-level rules on a raw .ics file (a Buffer) and parses it.
 * Returns { calendar: Map(name → [values]), events: [Map(name → [values])] } with raw values.
 */
function parseIcs(buffer, what) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch (err) {
    assert.fail(`${what}: not valid UTF-8 (was a character split by folding?): ${err.message}`);
  }
  assert.ok(text.endsWith('\r\n'), `${what}: the file ends with CRLF`);
  const bare = text.replace(/\r\n/g, '');
  assert.ok(!bare.includes('\n'), `${what}: a line ends with a bare LF (every line must end with CRLF)`);
  assert.ok(!bare.includes('\r'), `${what}: a bare CR outside a CRLF`);
  const physical = text.slice(0, -2).split('\r\n');
  for (const [i, line] of physical.entries()) {
    const octets = Buffer.byteLength(line, 'utf8');
    assert.ok(octets <= LINE_OCTETS, `${what}: line ${i + 1} has ${octets} octets (at most ${LINE_OCTETS}): ${JSON.stringify(line)}`);
    assert.ok(line.length > 0, `${what}: line ${i + 1} is empty`);
  }
  assert.ok(!physical[0].startsWith(' '), `${what}: the first line is not a continuation`);

  const unfolded = text.replace(/\r\n /g, '');
  const lines = unfolded.slice(0, -2).split('\r\n');
  assert.equal(lines[0], 'BEGIN:VCALENDAR', `${what}: starts with BEGIN:VCALENDAR`);
  assert.equal(lines.at(-1), 'END:VCALENDAR', `${what}: ends with END:VCALENDAR`);
  const calendar = new Map();
  const events = [];
  let event = null;
  const add = (map, name, value) => map.set(name, [...(map.get(name) ?? []), value]);
  for (const line of lines.slice(1, -1)) {
    const colon = line.indexOf(':');
    assert.ok(colon > 0, `${what}: a content line without a name: ${JSON.stringify(line)}`);
    const name = line.slice(0, colon).split(';')[0].toUpperCase();
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      assert.equal(value, 'VEVENT', `${what}: only VEVENTs inside the calendar`);
      assert.equal(event, null, `${what}: VEVENTs are not nested`);
      event = new Map();
    } else if (name === 'END') {
      assert.equal(value, 'VEVENT', `${what}: END:VEVENT closes an event`);
      assert.notEqual(event, null, `${what}: END:VEVENT without BEGIN:VEVENT`);
      events.push(event);
      event = null;
    } else {
      add(event ?? calendar, name, value);
    }
  }
  assert.equal(event, null, `${what}: every VEVENT is closed`);
  assert.deepEqual(calendar.get('VERSION'), ['2.0'], `${what}: VERSION:2.0`);
  assert.equal(calendar.get('PRODID')?.length, 1, `${what}: one PRODID`);
  for (const [i, e] of events.entries()) {
    for (const prop of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION']) {
      assert.equal(e.get(prop)?.length, 1, `${what}: event ${i + 1} has exactly one ${prop}`);
    }
    assert.match(e.get('DTSTAMP')[0], /^\d{8}T\d{6}Z$/, `${what}: event ${i + 1} DTSTAMP is a UTC time`);
  }
  return { calendar, events };
}

const one = (event, name) => event.get(name)?.[0];

/** Checks one event against its session in the data. */
function checkEvent(event, s, what) {
  assert.equal(one(event, 'UID'), uidOf(s), `${what}: UID`);
  assert.equal(one(event, 'DTSTART'), utc(s.start), `${what}: DTSTART is the start in UTC`);
  assert.equal(one(event, 'DTEND'), utc(s.end), `${what}: DTEND is the end in UTC`);
  assert.equal(unescapeText(one(event, 'SUMMARY'), `${what} SUMMARY`), summaryOf(s), `${what}: SUMMARY`);
  const description = unescapeText(one(event, 'DESCRIPTION'), `${what} DESCRIPTION`);
  if (s.illustrative) {
    assert.ok(description.startsWith(ILLUSTRATIVE_NOTICE), `${what}: DESCRIPTION opens with "${ILLUSTRATIVE_NOTICE}": ${JSON.stringify(description.slice(0, 120))}`);
  } else {
    assert.ok(!description.includes(ILLUSTRATIVE_NOTICE), `${what}: DESCRIPTION of a published session has no illustrative notice`);
  }
  assert.equal(description.includes(TIME_UNKNOWN_NOTICE), s.time_known === false, `${what}: the "time not published" notice appears exactly when time_known = false`);
}

const uids = (events) => events.map((e) => one(e, 'UID'));

// ---------------------------------------------------------------------------------------------
// Browser plumbing
// ---------------------------------------------------------------------------------------------

const env = serveDistForTests();

/** Opens the app at `query` (on `base`) in a fresh context, closed when test `t` ends. */
async function open(t, query = '', { base = env.server.baseUrl, origin = env.server.origin, stored, ...options } = {}) {
  if (stored) {
    options.storageState = {
      cookies: [],
      origins: [{ origin, localStorage: Object.entries(stored).map(([name, value]) => ({ name, value })) }],
    };
  }
  const session = await openApp(env.browser, base + query, { acceptDownloads: true, ...options });
  t.after(() => session.close());
  session.page.setDefaultTimeout(10_000);
  return session;
}

async function expectH1(page, text) {
  await waitFor(page.getByRole('heading', { level: 1, name: text, exact: true }), `expected the h1 "${text}"`);
}

/** Clicks `button` (a link or a button) and returns the download it starts: { name, buffer }. */
async function download(page, button, what) {
  await waitFor(button, `${what}: the button should be visible`);
  assert.equal(await button.count(), 1, `${what}: exactly one such button`);
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), clickWhenStill(button)]);
  const failure = await dl.failure();
  assert.equal(failure, null, `${what}: the download failed: ${failure}`);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), buffer: await readFile(file) };
}

/** The card of session `s` in the current view. */
const card = (page, s) => page.locator(`main [data-session="${s.slug}"]`);
/** The name the contract gives a card's calendar link. */
const cardLinkName = (s) => `Add to calendar: ${s.title}`;
/**
 * A card's calendar link, found inside the card by role so that the download journeys still run
 * when the name is off; the exact name is checked on its own (see the card-names test).
 */
const cardLink = (page, s) => card(page, s).getByRole('link', { name: /^Add to calendar\b/ });
/**
 * The calendar file's link in the "Add to calendar" menu of a session's view (`scope`), which
 * the person opens first: a disclosure, found by its words.
 */
async function calendarFile(scope) {
  await clickWhenStill(scope.getByText('Add to calendar', { exact: true }));
  return scope.getByRole('link', { name: /^Calendar file \(\.ics\)/ });
}

/** Fetches `url` from node: { status, type, buffer }. */
async function get(url) {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type') ?? '', buffer: Buffer.from(await res.arrayBuffer()) };
}

// ---------------------------------------------------------------------------------------------
// 1. The detail view's download
// ---------------------------------------------------------------------------------------------

test('detail view: "Add to calendar" downloads <slug>.ics with one well-formed event', async (t) => {
  for (const s of samples) {
    await t.test(s.slug, async (t) => {
      const session = await open(t, `?session=${encodeURIComponent(s.slug)}`);
      const { page } = session;
      await expectH1(page, s.title);
      const button = await calendarFile(page.getByRole('main'));
      const { name, buffer } = await download(page, button, `detail view of ${s.slug}`);
      assert.equal(name, `${s.slug}.ics`, 'the file is named after the session');
      const what = `${name} (detail view)`;
      const { calendar, events } = parseIcs(buffer, what);
      assert.equal(events.length, 1, `${what}: one VEVENT`);
      assert.equal(calendar.get('X-WR-CALNAME'), undefined, `${what}: a one-off download has no X-WR-CALNAME`);
      checkEvent(events[0], s, what);
      assertClean(session, `the detail-view download of ${s.slug}`);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 2. The card link on the programme list
// ---------------------------------------------------------------------------------------------

test('programme list: a card\'s "Add to calendar: <title>" downloads the same event as the detail view', async (t) => {
  const list = await open(t);
  await expectH1(list.page, 'Programme');
  const detailView = await open(t);
  for (const s of samples) {
    const fromCard = await download(list.page, cardLink(list.page, s), `card of ${s.slug}`);
    assert.equal(fromCard.name, `${s.slug}.ics`, `the card's file for ${s.slug} is named after the session`);
    const cardIcs = parseIcs(fromCard.buffer, `${fromCard.name} (card)`);
    assert.equal(cardIcs.events.length, 1, `${fromCard.name} (card): one VEVENT`);
    checkEvent(cardIcs.events[0], s, `${fromCard.name} (card)`);

    await detailView.page.goto(`${env.server.baseUrl}?session=${encodeURIComponent(s.slug)}`);
    await expectH1(detailView.page, s.title);
    const fromDetail = await download(detailView.page, await calendarFile(detailView.page.getByRole('main')), `detail view of ${s.slug}`);
    const detailIcs = parseIcs(fromDetail.buffer, `${fromDetail.name} (detail)`);
    for (const prop of ['UID', 'DTSTART', 'DTEND', 'SUMMARY']) {
      assert.equal(one(cardIcs.events[0], prop), one(detailIcs.events[0], prop), `${s.slug}: card and detail view agree on ${prop}`);
    }
  }
  assertClean(list, 'the card downloads');
  assertClean(detailView, 'the detail-view downloads');
});

test('programme list: every card\'s calendar link is named "Add to calendar: <title>"', async (t) => {
  const session = await open(t);
  const { page } = session;
  await expectH1(page, 'Programme');
  const wrong = [];
  for (const s of sessions) {
    assert.equal(await cardLink(page, s).count(), 1, `one calendar link on the card of ${s.slug}`);
    const exact = await page.getByRole('link', { name: cardLinkName(s), exact: true }).count();
    if (exact !== 1) {
      const snapshot = await cardLink(page, s).ariaSnapshot();
      wrong.push(`${s.slug}: expected the name ${JSON.stringify(cardLinkName(s))}, the accessibility tree has ${snapshot}`);
    }
  }
  assert.equal(
    wrong.length,
    0,
    `${wrong.length} of ${sessions.length} card calendar links have the wrong accessible name, e.g.:\n${wrong.slice(0, 3).join('\n')}`,
  );
  assertClean(session, 'the card link names');
});

// ---------------------------------------------------------------------------------------------
// 3. The shortlist
// ---------------------------------------------------------------------------------------------

test('shortlist: "Add my shortlist to calendar" downloads my-shortlist.ics with the shortlisted sessions', async (t) => {
  const session = await open(t);
  const { page } = session;
  await expectH1(page, 'Programme');
  for (const s of three) {
    await clickWhenStill(page.getByRole('button', { name: `Add ${s.title} to my shortlist`, exact: true }));
    await waitFor(
      page.getByRole('button', { name: `Remove ${s.title} from my shortlist`, exact: true, pressed: true }),
      `"${s.title}" should be on the shortlist`,
    );
  }
  // The single-session files, from the cards, for comparison.
  const single = new Map();
  for (const s of three) {
    const { buffer } = await download(page, cardLink(page, s), `card of ${s.slug}`);
    single.set(s.slug, parseIcs(buffer, `${s.slug}.ics`).events[0]);
  }

  await page.goto(`${env.server.baseUrl}?view=shortlist`);
  await expectH1(page, 'My shortlist');
  const { name, buffer } = await download(
    page,
    page.getByRole('button', { name: 'Add my shortlist to calendar', exact: true }),
    'the shortlist view',
  );
  assert.equal(name, 'my-shortlist.ics', 'the shortlist file is named my-shortlist.ics');
  const { calendar, events } = parseIcs(buffer, name);
  assert.equal(events.length, 3, `${name}: three VEVENTs`);
  assert.equal(calendar.get('X-WR-CALNAME'), undefined, `${name}: a one-off download has no X-WR-CALNAME`);
  assert.deepEqual(new Set(uids(events)), new Set(three.map(uidOf)), `${name}: the UIDs of the shortlisted sessions`);
  assert.deepEqual(
    new Set(uids(events)),
    new Set([...single.values()].map((e) => one(e, 'UID'))),
    `${name}: the same UIDs as the single-session files`,
  );
  for (const e of events) {
    const s = three.find((x) => uidOf(x) === one(e, 'UID'));
    checkEvent(e, s, `${name} / ${s.slug}`);
    assert.equal(one(e, 'DTSTART'), one(single.get(s.slug), 'DTSTART'), `${s.slug}: same DTSTART as the single-session file`);
  }
  assertClean(session, 'the shortlist download');
});

test('shortlist: a session no longer in the programme is left out of my-shortlist.ics', async (t) => {
  const stored = { [SHORTLIST_KEY]: JSON.stringify({ version: 1, sessions: [...three.map((s) => s.slug), GONE] }) };
  const session = await open(t, '?view=shortlist', { stored });
  const { page } = session;
  await expectH1(page, 'My shortlist');
  await waitFor(page.getByRole('heading', { name: 'No longer in the programme' }), 'the missing session is listed');
  const { name, buffer } = await download(
    page,
    page.getByRole('button', { name: 'Add my shortlist to calendar', exact: true }),
    'the shortlist view with a missing session',
  );
  assert.equal(name, 'my-shortlist.ics');
  const { events } = parseIcs(buffer, name);
  assert.deepEqual(new Set(uids(events)), new Set(three.map(uidOf)), `${name}: only the sessions still in the programme`);
  assertClean(session, 'the shortlist download with a missing session');
});

// ---------------------------------------------------------------------------------------------
// 4. The feeds in the build
// ---------------------------------------------------------------------------------------------

test('feeds: calendar/all.ics and one per topic and organisation, served as text/calendar', async (t) => {
  for (const feed of feeds) {
    await t.test(feed.file, async () => {
      const url = `${env.server.baseUrl}calendar/${feed.file}`;
      const { status, type, buffer } = await get(url);
      assert.equal(status, 200, `GET ${url}`);
      assert.match(type, /^text\/calendar\b/, `${url} is served as text/calendar (got "${type}")`);
      const { calendar, events } = parseIcs(buffer, feed.file);
      const calname = calendar.get('X-WR-CALNAME');
      assert.equal(calname?.length, 1, `${feed.file}: one X-WR-CALNAME`);
      assert.equal(unescapeText(calname[0], `${feed.file} X-WR-CALNAME`), feed.name, `${feed.file}: the calendar's name`);
      assert.equal(events.length, feed.sessions.length, `${feed.file}: one VEVENT per session`);
      assert.deepEqual(new Set(uids(events)), new Set(feed.sessions.map(uidOf)), `${feed.file}: the sessions of the data`);
      for (const e of events) {
        const s = feed.sessions.find((x) => uidOf(x) === one(e, 'UID'));
        checkEvent(e, s, `${feed.file} / ${s.slug}`);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 5. Subscribe links
// ---------------------------------------------------------------------------------------------

/** Opens "Subscribe", in the row of the result count, where the feed links are folded. */
async function openSubscribe(page) {
  const feeds = page.locator('main details').filter({ has: page.locator('[data-subscribe]') });
  await waitFor(feeds, 'the programme view offers "Subscribe"');
  assert.equal(
    await feeds.evaluate((d) => d.parentElement?.querySelector(':scope > [data-result-count]') !== null),
    true,
    '"Subscribe" is in the row of the result count',
  );
  if (!(await feeds.evaluate((d) => d.open))) await feeds.getByText('Subscribe', { exact: true }).click();
}

/** The feed links the programme view shows: [{ name, webcal, https }], checking their shape. */
async function subscribeLinks(page) {
  await openSubscribe(page);
  const list = page.locator('main ul[data-subscribe]');
  await waitFor(list, 'the programme view shows the list of feeds');
  const items = await list.locator(':scope > li').evaluateAll((lis) =>
    lis.map((li) => [...li.querySelectorAll('a')].map((a) => ({ text: a.textContent.trim(), href: a.getAttribute('href') }))),
  );
  return items.map((links, i) => {
    assert.equal(links.length, 2, `subscribe item ${i + 1} has two links`);
    const [sub, addr] = links;
    const name = sub.text.replace(/^Subscribe to /, '');
    assert.equal(sub.text, `Subscribe to ${name}`, `subscribe item ${i + 1}: the first link reads "Subscribe to …"`);
    assert.equal(addr.text, `feed address for ${name}`, `subscribe item ${i + 1}: the second link reads "feed address for ${name}"`);
    return { name, webcal: sub.href, https: addr.href };
  });
}

/** Checks the links for `expected` ([{ name, file }]) against the app's base URL and that each resolves. */
async function expectSubscribe(page, base, expected, where) {
  await openSubscribe(page);
  // The links are accessible by name too.
  for (const { name } of expected) {
    assert.equal(await page.getByRole('link', { name: `Subscribe to ${name}`, exact: true }).count(), 1, `${where}: one "Subscribe to ${name}" link`);
    assert.equal(await page.getByRole('link', { name: `feed address for ${name}`, exact: true }).count(), 1, `${where}: one "feed address for ${name}" link`);
  }
  const links = await subscribeLinks(page);
  assert.deepEqual(links.map((l) => l.name), expected.map((e) => e.name), `${where}: one subscribe line per chosen feed, in order`);
  const { protocol, host, pathname } = new URL(base);
  for (const [i, { file }] of expected.entries()) {
    const { webcal, https } = links[i];
    assert.equal(https, `${protocol}//${host}${pathname}calendar/${file}`, `${where}: the feed address for ${links[i].name}`);
    assert.equal(webcal, `webcal://${host}${pathname}calendar/${file}`, `${where}: the webcal link for ${links[i].name}`);
    const { status, type, buffer } = await get(https);
    assert.equal(status, 200, `${where}: GET ${https}`);
    assert.match(type, /^text\/calendar\b/, `${where}: ${https} is text/calendar`);
    parseIcs(buffer, https);
  }
}

const topic = programme.topics.find((tp) => sessions.some((s) => (s.topics ?? []).includes(tp.slug))) ?? programme.topics[0];
const org = programme.organisations.find((o) => sessions.some((s) => (s.organisations ?? []).includes(o.slug))) ?? programme.organisations[0];

test('subscribe links: the whole programme, a chosen topic, a topic and an organisation', async (t) => {
  const session = await open(t);
  const { page } = session;
  await expectH1(page, 'Programme');
  await expectSubscribe(page, env.server.baseUrl, [{ name: 'the whole programme', file: 'all.ics' }], 'no filter');

  await page.goto(`${env.server.baseUrl}?topic=${topic.slug}`);
  await expectH1(page, 'Programme');
  await openSubscribe(page);
  await waitFor(page.getByRole('link', { name: `Subscribe to ${topic.label}`, exact: true }), `the link for the topic "${topic.label}"`);
  await expectSubscribe(page, env.server.baseUrl, [{ name: topic.label, file: `topic-${topic.slug}.ics` }], `?topic=${topic.slug}`);

  await page.goto(`${env.server.baseUrl}?topic=${topic.slug}&org=${org.slug}`);
  await expectH1(page, 'Programme');
  await openSubscribe(page);
  await waitFor(page.getByRole('link', { name: `Subscribe to ${org.name}`, exact: true }), `the link for the organisation "${org.name}"`);
  await expectSubscribe(
    page,
    env.server.baseUrl,
    [
      { name: topic.label, file: `topic-${topic.slug}.ics` },
      { name: org.name, file: `org-${org.slug}.ics` },
    ],
    `?topic=${topic.slug}&org=${org.slug}`,
  );
  assertClean(session, 'the subscribe links');
});

test(`subscribe links under a sub-path (${SUB_PATH}) point to ${SUB_PATH}calendar/…`, async (t) => {
  const sub = await startServer({ prefix: SUB_PATH });
  t.after(() => sub.close());
  const session = await open(t, '', { base: sub.baseUrl, origin: sub.origin });
  const { page } = session;
  await expectH1(page, 'Programme');
  await expectSubscribe(page, sub.baseUrl, [{ name: 'the whole programme', file: 'all.ics' }], `${SUB_PATH}, no filter`);
  const [whole] = await subscribeLinks(page);
  assert.ok(whole.webcal.startsWith('webcal://'), 'the subscribe link is a webcal: link');
  assert.ok(whole.webcal.includes(`${SUB_PATH}calendar/`), `the link keeps the sub-path: ${whole.webcal}`);

  await page.goto(`${sub.baseUrl}?topic=${topic.slug}`);
  await expectH1(page, 'Programme');
  await openSubscribe(page);
  await waitFor(page.getByRole('link', { name: `Subscribe to ${topic.label}`, exact: true }), `the link for the topic "${topic.label}"`);
  await expectSubscribe(page, sub.baseUrl, [{ name: topic.label, file: `topic-${topic.slug}.ics` }], `${SUB_PATH}?topic=${topic.slug}`);

  // A download works under the sub-path too.
  const s = samples[0];
  await page.goto(`${sub.baseUrl}?session=${encodeURIComponent(s.slug)}`);
  await expectH1(page, s.title);
  const { name, buffer } = await download(page, await calendarFile(page.getByRole('main')), `detail view of ${s.slug} under ${SUB_PATH}`);
  assert.equal(name, `${s.slug}.ics`);
  checkEvent(parseIcs(buffer, name).events[0], s, `${name} under ${SUB_PATH}`);
  assertClean(session, `the subscribe links under ${SUB_PATH}`);
});

// ---------------------------------------------------------------------------------------------
// 6. Accessibility
// ---------------------------------------------------------------------------------------------

test('axe-core: no violations on the programme view with a topic chosen (subscribe links shown)', async (t) => {
  const session = await open(t, `?topic=${topic.slug}`);
  const { page } = session;
  await expectH1(page, 'Programme');
  await openSubscribe(page);
  await waitFor(page.getByRole('link', { name: `Subscribe to ${topic.label}`, exact: true }), 'the subscribe link for the topic');
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe-core violations:\n${formatViolations(violations)}`);
  assertClean(session, 'the programme view with a topic chosen');
});
