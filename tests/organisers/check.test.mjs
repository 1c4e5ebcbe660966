// The data check as a GitHub workflow runs it: `bash .ci/check-data FILE` with GITHUB_ACTIONS=true
// prints each problem as a plain line on stderr and as a workflow command (an annotation on the
// line) on stdout, and exits with 1; the bundled data passes with one confirming line.
//
// Run from the repository's root:  node --test tests/organisers/check.test.mjs
// (the first run compiles the check, without the app).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const FIVE_FAULTS = 'tests/fixtures/data/five-faults.toml';

/** The check's exit code, stdout and stderr for `files`, as a workflow step would run it. */
async function checkData(files) {
  const env = { ...process.env, GITHUB_ACTIONS: 'true' };
  try {
    const { stdout, stderr } = await run('bash', ['.ci/check-data', ...files], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const lines = (text) => text.split('\n').filter((line) => line !== '');

test('five faults give exit code 1, five plain lines and five annotations', { timeout: 300_000 }, async () => {
  const { code, stdout, stderr } = await checkData([FIVE_FAULTS]);
  assert.equal(code, 1, stderr);
  assert.deepEqual(lines(stderr), [
    `${FIVE_FAULTS}:27:7: session "nhs-charging-explained", field 'end': 2023-04-20 12:30:00 +01:00 must be after start (2023-04-20 13:00:00 +01:00)`,
    `${FIVE_FAULTS}:33:8: session "Family Reunion", field 'slug': "Family Reunion" must be lowercase words joined by hyphens, like "nhs-charging"`,
    `${FIVE_FAULTS}:38:11: session "Family Reunion", field 'topics': "family-reunion" is not defined`,
    `${FIVE_FAULTS}:44:9: session "legal-aid", field 'start': "2023-05-04T13:00:00+00:00" is not in UK time: on that date the UK is on BST (+01:00)`,
    `${FIVE_FAULTS}:49:1: session "legal-aid", field 'speakrs': is not a known field (misspelt?)`,
  ]);
  const annotations = lines(stdout);
  assert.equal(annotations.length, 5, stdout);
  const places = annotations.map((line) => line.match(/^::error file=([^,]+),line=(\d+),col=(\d+),title=[^:]+::\S/)?.slice(1, 4));
  assert.deepEqual(places, [
    [FIVE_FAULTS, '27', '7'],
    [FIVE_FAULTS, '33', '8'],
    [FIVE_FAULTS, '38', '11'],
    [FIVE_FAULTS, '44', '9'],
    [FIVE_FAULTS, '49', '1'],
  ]);
  assert.equal(annotations[0], `::error file=${FIVE_FAULTS},line=27,col=7,title=session "nhs-charging-explained"%2C field 'end'::2023-04-20 12:30:00 +01:00 must be after start (2023-04-20 13:00:00 +01:00)`);
});

test('the bundled data passes with one confirming line and no annotation', { timeout: 300_000 }, async () => {
  const { code, stdout, stderr } = await checkData([]);
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
  assert.match(stdout, /^src\/data\/programme\.toml: \d+ sessions, \d+ topics, \d+ organisations, \d+ resources — no problems\n$/);
});

test('a file that cannot be read is one line naming it, exit code 1', { timeout: 300_000 }, async () => {
  const { code, stdout, stderr } = await checkData(['tests/fixtures/data/no-such-file.toml']);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.equal(stderr, 'tests/fixtures/data/no-such-file.toml: there is no such file\n');
});
