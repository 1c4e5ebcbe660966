// The guide's public address, as publishing takes it (`bash .ci/publish`, from the app build in
// target/app): the data file's `url`; `--site-url` in its place; `--default-site-url` (what the
// GitHub workflow passes, Pages' own address) only when the data file has none; and an address
// that is not a full one refused, in plain words, with nothing published.
//
// Run from the repository's root, after bash .ci/build-app:  node --test tests/organisers/address.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const DATA = 'src/data/programme.toml';
const work = mkdtempSync(path.join(os.tmpdir(), 'guide-address-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** The bundled data with `url` in its [series], as an organiser would write it. */
const withUrl = path.join(work, 'with-url.toml');
writeFileSync(withUrl, readFileSync(DATA, 'utf8').replace(/^\[series\]\n/m, '[series]\nurl = "https://our-guide.example.org/"\n'));

/** Publishes `data` with `flags`: { code, stderr, address } (the programme's og:url, if any). */
async function publish(name, data, flags = []) {
  const out = path.join(work, name);
  try {
    await run('bash', ['.ci/publish', data, '--out', out, ...flags]);
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stderr: error.stderr, published: existsSync(path.join(out, 'index.html')) };
  }
  const html = readFileSync(path.join(out, 'index.html'), 'utf8');
  return { code: 0, address: /property="og:url" content="([^"]+)"/.exec(html)?.[1] ?? null };
}

test('the data file’s address is the guide’s, and Pages’ address is only the default', { timeout: 300_000 }, async () => {
  assert.equal((await publish('data', withUrl)).address, 'https://our-guide.example.org/');
  assert.equal((await publish('data-and-pages', withUrl, ['--default-site-url', 'https://pages.example.io/guide/'])).address, 'https://our-guide.example.org/');
  assert.equal((await publish('pages', DATA, ['--default-site-url', 'https://pages.example.io/guide/'])).address, 'https://pages.example.io/guide/');
  assert.equal((await publish('none', DATA)).address, null, 'without any address, no page address is written');
});

test('--site-url takes the place of the data file’s address', { timeout: 300_000 }, async () => {
  assert.equal((await publish('override', withUrl, ['--site-url', 'http://127.0.0.1:8080/'])).address, 'http://127.0.0.1:8080/');
});

test('an address that is not a full one is refused in plain words, and nothing is published', { timeout: 300_000 }, async () => {
  for (const given of ['example.org/guide/', 'https://example.org/guide', 'https://example.org/?x=1', 'ftp://example.org/']) {
    const { code, stderr, published } = await publish(`bad-${given.length}`, DATA, ['--site-url', given]);
    assert.equal(code, 1, given);
    assert.match(stderr, new RegExp(`"${given.replace(/[.?]/g, '\\$&')}" is not the guide's full address: it must start with https:// \\(or http://\\) and end with /`));
    assert.equal(published, false, `${given}: nothing published`);
  }
});
