// One browser session over W3C WebDriver: its own driver process on a free port, the session
// (selenium-webdriver connected to that driver, so Selenium Manager never runs), and the end of
// both, even when a journey fails.
//
// A driver per session costs well under a second and makes cleaning up certain: the driver is
// started in a process group of its own, and closing the session ends that whole group (the
// driver, the browser it started and, for WebKit, the Xvfb display), whether or not the browser
// answered `quit`. Groups still alive when the process exits are killed then.

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder } from 'selenium-webdriver';
import { poll } from '../support/harness.mjs';
import { assertInstalled } from './engines.mjs';

/** The window the journeys use unless they ask for another: a laptop's. */
export const DESKTOP = { width: 1280, height: 800 };
/** A phone's window: Pixel 5's 393 CSS px (as the Playwright tier's pixel5 viewport). */
export const PHONE = { width: 393, height: 851 };

/** Generous: two cores, three browsers at once, and maybe a Rust build beside them. */
const START_TIMEOUT = 60_000;
const QUIT_TIMEOUT = 15_000;

/** Process groups of drivers still running, killed at exit whatever happened. */
const running = new Set();
process.on('exit', () => {
  for (const pgid of running) signalGroup(pgid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // already gone
  }
}

/**
 * Whether any process of group `pgid` is still running. Zombies do not count: they have ended,
 * and the browser's orphaned helpers are reaped by init only now and then.
 */
function groupAlive(pgid) {
  let pids;
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return signalGroup(pgid, 0); // no /proc: count zombies too
  }
  return pids.some((pid) => {
    try {
      // "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses, so split after it.
      const [state, , pgrp] = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1).split(' ');
      return Number(pgrp) === pgid && state !== 'Z';
    } catch {
      return false; // ended while we looked
    }
  });
}

/** A TCP port nothing listens on right now (the driver binds it a moment later). */
async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves `promise`, or rejects with `message` after `ms`. */
function within(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Starts `engine`'s driver and a browser session in it with `options`
 * ({ window, javascript, storage }: a desktop window, scripting on, storage allowed unless said).
 * Resolves to { driver, engine, options, close() }; close() never throws and may be called twice.
 */
export async function openBrowser(engine, options = {}) {
  assertInstalled(engine);
  options = { window: DESKTOP, javascript: true, storage: true, ...options };
  const port = await freePort();
  const bidiPort = await freePort();
  const { command, args } = engine.driver({ port, bidiPort, options });
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  // The driver's last words, for the error when the session cannot start.
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  running.add(child.pid);

  let closed = false;
  let driver;
  const close = async () => {
    if (closed) return;
    closed = true;
    if (driver) await within(driver.quit(), QUIT_TIMEOUT, 'quit timed out').catch(() => {});
    signalGroup(child.pid, 'SIGTERM');
    const gone = await poll(() => !groupAlive(child.pid), Boolean, 5_000);
    if (!gone) signalGroup(child.pid, 'SIGKILL');
    running.delete(child.pid);
  };

  try {
    const url = `http://127.0.0.1:${port}`;
    const ready = await poll(
      () => (exited ? 'exited' : fetch(`${url}/status`).then((r) => r.ok, () => false)),
      (v) => v === true || v === 'exited',
      START_TIMEOUT,
    );
    if (ready !== true) throw new Error(`${command} ${ready === 'exited' ? 'exited' : 'did not answer'}`);
    driver = await within(
      new Builder().usingServer(url).withCapabilities(engine.capabilities(options)).build(),
      START_TIMEOUT,
      'no session within a minute',
    );
    // Page loads wait at most this long (the default is five minutes).
    await driver.manage().setTimeouts({ pageLoad: START_TIMEOUT, script: 30_000 });
    await engine.size(driver, options);
  } catch (err) {
    await close();
    throw new Error(`${engine.name}: could not start a browser session (${err.message})\n${output}`);
  }
  return { driver, engine, options, close };
}
