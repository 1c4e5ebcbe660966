// The same code gives the same bytes (run by .ci/test after the release build, with trunk on PATH):
// the app is built again, with the bundled programme's last session retitled, and
//   1. the app build Trunk keeps (target/app) is byte for byte the first build's, and
//   2. the published sites of the two builds differ in exactly the files that publishing the two
//      data files with .ci/publish, from one app build, makes differ: a one-title change costs a
//      returning visitor the same through a rebuild (a workflow whose cached app build expired)
//      as through publishing alone.
// Exits 1 naming every file that breaks either.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILE, REPO, listedSessions, readProgramme } from '../support/harness.mjs';

const WORK = path.join(REPO, 'target', 'reproducible');
const APP = path.join(REPO, 'target', 'app');

/** Every file under `dir`, relative to it, with its bytes. */
function files(dir, prefix = '') {
  const found = new Map();
  for (const name of readdirSync(path.join(dir, prefix))) {
    const rel = path.join(prefix, name);
    if (statSync(path.join(dir, rel)).isDirectory()) for (const [f, b] of files(dir, rel)) found.set(f, b);
    else found.set(rel, readFileSync(path.join(dir, rel)));
  }
  return found;
}

/** The files that are not the same in `a` and `b` (present in one only, or different). */
function differing(a, b) {
  const [left, right] = [files(a), files(b)];
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((f) => !left.get(f)?.equals(right.get(f) ?? Buffer.alloc(0)) || !right.has(f)).sort();
}

function publish(data, out) {
  execFileSync('bash', [path.join(REPO, '.ci', 'publish'), data, '--app', path.join(WORK, 'first-app'), '--out', out], { cwd: REPO, stdio: ['ignore', 'ignore', 2] });
}

if (!existsSync(path.join(APP, 'index.html'))) {
  console.error(`${APP} has no app build: run bash .ci/build-app first`);
  process.exit(1);
}
rmSync(WORK, { recursive: true, force: true });
cpSync(APP, path.join(WORK, 'first-app'), { recursive: true });
cpSync(path.join(REPO, 'dist'), path.join(WORK, 'first-dist'), { recursive: true });

const moved = listedSessions(readProgramme()).at(-1);
const changed = path.join(WORK, 'changed.toml');
writeFileSync(changed, readFileSync(DATA_FILE, 'utf8').replace(`title = "${moved.title}"`, `title = "${moved.title} (moved)"`));

console.log('reproducible: building the app again, with one title changed in the data');
execFileSync('trunk', ['build', '--release', '--dist', path.join(WORK, 'second-dist')], {
  cwd: REPO,
  env: { ...process.env, PROGRAMME_DATA: changed },
  stdio: ['ignore', 'ignore', 2],
});

const problems = [];
const app = differing(path.join(WORK, 'first-app'), APP);
if (app.length) problems.push(`the app build differs between two builds of the same code: ${app.join(', ')}`);

publish(DATA_FILE, path.join(WORK, 'published-before'));
publish(changed, path.join(WORK, 'published-after'));
const rebuilt = differing(path.join(WORK, 'first-dist'), path.join(WORK, 'second-dist'));
const republished = differing(path.join(WORK, 'published-before'), path.join(WORK, 'published-after'));
if (JSON.stringify(rebuilt) !== JSON.stringify(republished)) {
  problems.push(`a one-title change through two builds changes ${rebuilt.length} files (${rebuilt.join(', ')}), ` +
    `through publishing ${republished.length} (${republished.join(', ')})`);
}

if (problems.length) {
  for (const problem of problems) console.error(`reproducible: ${problem}`);
  process.exit(1);
}
console.log(`reproducible: the app build is the same, byte for byte; a one-title change through two builds changes the same ${rebuilt.length} files as through publishing (${rebuilt.join(', ')})`);
