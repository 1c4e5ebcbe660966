// What an organiser's editor says about the data file: Taplo (the TOML engine behind VS Code's
// Even Better TOML) checks files against the JSON Schema the check's own types give
// (src/data/programme.schema.json). The bundled data and every way of writing a time pass; each
// fixture in tests/fixtures/data/ that says "# schema: rejects" in its opening comment fails, and
// each that says "# schema: accepts" (a mistake only the check can see) passes.
//
// Run from the repository's root, after `npm ci`:  node --test tests/organisers/taplo.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TAPLO = resolve('node_modules/.bin/taplo');
const SCHEMA = `file://${resolve('src/data/programme.schema.json')}`;
const FIXTURES = 'tests/fixtures/data';

/** Taplo's verdict on `files`, checked in one run: whether all pass, and what it printed. */
async function taplo(files, { withSchema = true } = {}) {
  const args = withSchema ? ['check', '--schema', SCHEMA, ...files] : ['check', ...files];
  try {
    const { stdout, stderr } = await run(TAPLO, args, { env: { ...process.env, RUST_LOG: 'warn' } });
    return { passes: true, output: stdout + stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { passes: false, output: error.stdout + error.stderr };
  }
}

/** The files Taplo's output says it rejected, each named once in its "invalid file" line. */
function rejectedFiles(output) {
  return new Set([...output.matchAll(/invalid file .*path="([^"]+)"/g)].map((match) => match[1]));
}

/** What a fixture's opening comment says the schema does with it: 'rejects' or 'accepts'. */
async function schemaVerdict(file) {
  const text = await readFile(file, 'utf8');
  const opening = text.split('\n').filter((line) => line.startsWith('#'));
  const marker = opening.map((line) => line.match(/^# schema: (rejects|accepts)/)).find(Boolean);
  assert.ok(marker, `${file}: its opening comment says "# schema: rejects" or "# schema: accepts"`);
  return marker[1];
}

test('the bundled data passes, named by its #:schema line as an editor finds it', async () => {
  for (const withSchema of [true, false]) {
    const { passes, output } = await taplo(['src/data/programme.toml'], { withSchema });
    assert.ok(passes, output);
  }
});

test('every way of writing a time passes: local or with an offset, quoted or not', async () => {
  const { passes, output } = await taplo(['tests/fixtures/time-forms.toml']);
  assert.ok(passes, output);
});

test('each malformed fixture fails or passes as its opening comment says', async () => {
  const names = (await readdir(FIXTURES)).filter((name) => name.endsWith('.toml')).sort();
  assert.ok(names.length >= 30, `only ${names.length} fixtures`);
  const files = names.map((name) => resolve(FIXTURES, name));
  const { output } = await taplo(files);
  const rejected = rejectedFiles(output);
  for (const file of files) {
    const expected = await schemaVerdict(file);
    assert.equal(rejected.has(file) ? 'rejects' : 'accepts', expected, `${file}:\n${output}`);
    if (rejected.has(file)) {
      // Taplo names the line of what it rejects, as the check does.
      assert.ok(output.includes(`${file}:`), `${file}: no line named in\n${output}`);
    }
  }
  assert.ok(rejected.has(resolve(FIXTURES, 'five-faults.toml')), output);
});
