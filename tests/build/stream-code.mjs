// The app's wasm carries none of the stream classes Leptos' server_fn links in (run by .ci/test
// after the release build): .ci/link-wasm, the wasm32 linker, leaves their exports out so the
// code behind them is never linked (about 4.7 KB gzip of a first visit). Checks
//   1. that the linker script drops each `--export` of a stream class, inline or in an @file of
//      arguments (as rustc passes them when they are too many for the system), and keeps every
//      other argument in its place;
//   2. that the built wasm exports no stream class and holds none of wasm-streams' code (its
//      panic locations name its source files).
// Exits 1 naming what is wrong.

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO } from '../support/harness.mjs';

const problems = [];

// 1. The script, with a rust-lld that writes down the arguments it was given.
const work = mkdtempSync(path.join(tmpdir(), 'link-wasm-'));
try {
  const seen = path.join(work, 'seen');
  writeFileSync(
    path.join(work, 'rust-lld'),
    `#!/usr/bin/env bash\nfor a in "$@"; do case "$a" in @*) cat "\${a#@}";; *) printf '%s\\n' "$a";; esac; done > "${seen}"\n`,
  );
  chmodSync(path.join(work, 'rust-lld'), 0o755);
  const argFile = path.join(work, 'linker-arguments');
  writeFileSync(argFile, ['--export', 'intounderlyingsource_pull_1', '--export', '__wbindgen_malloc', 'main.o'].join('\n'));
  execFileSync(
    path.join(REPO, '.ci', 'link-wasm'),
    ['-flavor', 'wasm', '--export', 'app_start', '--export', '__wbg_intounderlyingsink_free_2', '--export=intounderlyingbytesource_type_3', '--export=__data_end', `@${argFile}`, '-o', 'out.wasm'],
    { env: { ...process.env, PATH: `${work}:${process.env.PATH}` }, stdio: ['ignore', 'ignore', 2] },
  );
  const got = readFileSync(seen, 'utf8').trim().split('\n');
  const expected = ['-flavor', 'wasm', '--export', 'app_start', '--export=__data_end', '--export', '__wbindgen_malloc', 'main.o', '-o', 'out.wasm'];
  if (got.join(' ') !== expected.join(' ')) problems.push(`.ci/link-wasm passed on\n  ${got.join(' ')}\nwhere it should pass\n  ${expected.join(' ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 2. The release build.
const assets = path.join(REPO, 'dist', 'assets');
const wasmName = readdirSync(assets).find((f) => f.endsWith('.wasm'));
if (!wasmName) {
  problems.push(`${assets} has no wasm: run bash .ci/build-app first`);
} else {
  const bytes = readFileSync(path.join(assets, wasmName));
  const streamExports = WebAssembly.Module.exports(new WebAssembly.Module(bytes)).filter((e) => /intounderlying/i.test(e.name));
  if (streamExports.length) problems.push(`dist/assets/${wasmName} exports ${streamExports.map((e) => e.name).join(', ')}`);
  if (bytes.includes('wasm-streams') || bytes.includes('wasm_streams')) problems.push(`dist/assets/${wasmName} holds wasm-streams' code (its source files are named in it)`);
}

for (const problem of problems) console.error(`stream code: ${problem}`);
if (problems.length) process.exit(1);
console.log(`stream code: none in the app's wasm, and .ci/link-wasm leaves out only the stream classes' exports`);
