// The three browser engines the journeys run in, and how each is started over W3C WebDriver:
//
//   chromium  Debian's /usr/bin/chromium through /usr/bin/chromedriver, headless
//   gecko     Debian's firefox-esr through geckodriver (a crate: `cargo install geckodriver`), headless
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (Debian webkit2gtk-driver), on an
//             Xvfb display (xvfb-run): MiniBrowser has no headless mode
//
// Every binary is given by its path, so no client ever looks for (or downloads) a driver or a
// browser. `bash .ci/setup --test` installs all of them.
//
// An engine describes, for one browser session with `options`:
//   driver({ port, bidiPort, options })  the driver process to start: { command, args }
//   capabilities(options)                the W3C capabilities of the new session
//   size(driver, options)                gives the page a viewport options.window wide, however
//                                        this engine can: each has its own narrowest window
// where `options` is { window: { width, height }, javascript: bool, storage: bool }.

import { existsSync } from 'node:fs';
import path from 'node:path';
import getBrowsingContext from 'selenium-webdriver/bidi/browsingContext.js';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/harness.mjs';

const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/**
 * A proxy that is not there: a closed port on this machine. The browsers' own background requests
 * (Chromium's updates and sign-in, Firefox's remote settings and captive-portal check, all seen
 * here) go to it, and fail at once, instead of out into a network that has no way out; the app's
 * own addresses, 127.0.0.1 and localhost, are never sent through a proxy.
 */
const NOWHERE = { host: '127.0.0.1', port: 9 };

/** `name` found on PATH (geckodriver lives in ~/.cargo/bin), or null. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, name);
    if (dir && existsSync(file)) return file;
  }
  return null;
}

/** Sets the window's size: with no toolbar (headless Chromium, MiniBrowser full screen) its width is the viewport's. */
async function sizeWindow(driver, { window }) {
  await driver.manage().window().setRect({ width: window.width, height: window.height });
}

/** @type {Record<string, Engine>} */
export const ENGINES = {
  chromium: {
    name: 'chromium',
    binaries: () => ({ browser: CHROMIUM, driver: '/usr/bin/chromedriver' }),
    driver: ({ port }) => ({ command: '/usr/bin/chromedriver', args: [`--port=${port}`, '--log-level=WARNING'] }),
    capabilities: ({ window, javascript, storage }) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: CHROMIUM,
        // The Playwright tiers' flags (without the background-networking ones Chromium calls
        // home, which on this closed network floods the log with refused connections), and the
        // proxy that is not there for what it still tries.
        args: [
          ...CHROMIUM_FLAGS,
          '--headless=new',
          `--window-size=${window.width},${window.height}`,
          `--proxy-server=http://${NOWHERE.host}:${NOWHERE.port}`,
        ],
        prefs: {
          // "Block sites from saving data": localStorage then throws a SecurityError, as it does
          // for a reader who blocks site data.
          ...(storage ? {} : { 'profile.default_content_setting_values.cookies': 2 }),
          ...(javascript ? {} : { 'webkit.webprefs.javascript_enabled': false }),
        },
      },
    }),
    // Headless Chromium's window has no browser chrome: its size is the viewport's.
    size: sizeWindow,
  },

  gecko: {
    name: 'gecko',
    binaries: () => ({ browser: FIREFOX, driver: onPath('geckodriver') }),
    driver: ({ port, bidiPort }) => ({
      command: onPath('geckodriver'),
      // Its own BiDi port, so Firefoxes started side by side (the tiers run in parallel) never
      // share the default 9222.
      args: ['--port', String(port), '--websocket-port', String(bidiPort), '--log', 'error'],
    }),
    capabilities: ({ javascript, storage }) => ({
      browserName: 'firefox',
      // BiDi, for the viewport size (see size below).
      webSocketUrl: true,
      'moz:firefoxOptions': {
        binary: FIREFOX,
        args: ['-headless'],
        prefs: {
          'network.proxy.type': 1,
          'network.proxy.http': NOWHERE.host,
          'network.proxy.http_port': NOWHERE.port,
          'network.proxy.ssl': NOWHERE.host,
          'network.proxy.ssl_port': NOWHERE.port,
          'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
          ...(storage ? {} : { 'dom.storage.enabled': false }),
          ...(javascript ? {} : { 'javascript.enabled': false }),
        },
      },
    }),
    // A Firefox window is never narrower than 450 px (its toolbar's minimum, headless too), so
    // the page's viewport is sized directly, as Firefox's responsive design mode does.
    size: async (driver, { window }) => {
      const context = await getBrowsingContext(driver, { browsingContextId: await driver.getWindowHandle() });
      await context.setViewport(window.width, window.height);
    },
  },

  webkit: {
    name: 'webkit',
    binaries: () => ({ browser: MINIBROWSER, driver: '/usr/bin/WebKitWebDriver', display: onPath('xvfb-run') }),
    // MiniBrowser has no headless mode: each session gets an Xvfb display of its own (-a: the
    // first free one), ended with the driver.
    driver: ({ port }) => ({ command: onPath('xvfb-run'), args: ['-a', '/usr/bin/WebKitWebDriver', `--port=${port}`] }),
    capabilities: ({ javascript, storage }) => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER,
        args: [
          '--automation',
          // A MiniBrowser window is never narrower than its toolbar (447 px); full screen has no
          // toolbar, and with no window manager on Xvfb the window keeps the size it is given.
          '--full-screen',
          // WebKitSettings, as MiniBrowser takes them (MiniBrowser --help-websettings).
          ...(storage ? [] : ['--enable-html5-local-storage=false']),
          ...(javascript ? [] : ['--enable-javascript=false']),
        ],
      },
    }),
    size: sizeWindow,
  },
};

/** The engine named `name`, or an error that lists the names. */
export function engine(name) {
  const found = ENGINES[name];
  if (!found) throw new Error(`unknown engine "${name}": one of ${Object.keys(ENGINES).join(', ')}`);
  return found;
}

/** Fails early, with the fix, when a binary the engine needs is missing. */
export function assertInstalled(found) {
  const missing = Object.entries(found.binaries()).filter(([, file]) => !file || !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `${found.name}: ${missing.map(([what, file]) => `${what} ${file ?? '(not on PATH)'}`).join(', ')} missing: ` +
        'run bash .ci/setup --test (it installs firefox-esr, geckodriver, webkit2gtk-driver, xvfb and chromium).',
    );
  }
}

/**
 * @typedef {object} Engine
 * @property {string} name
 * @property {() => Record<string, string|null>} binaries
 * @property {(a: { port: number, bidiPort: number, options: object }) => { command: string, args: string[] }} driver
 * @property {(options: object) => object} capabilities
 * @property {(driver: import('selenium-webdriver').WebDriver, options: object) => Promise<void>} size
 */
