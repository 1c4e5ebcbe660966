// The page object: the guide as a reader meets it, driven over W3C WebDriver, so each journey
// is written once for every engine. Things are found as a reader (or a screen reader) finds
// them: by role and accessible name, a field by its label, a session's card by its slug, the
// Main navigation by its name; never by how the app happens to build the page.
//
// Scrolling is done as a reader does it, with the window's scroll position: WebKit does not
// scroll an element into view (scrollIntoView, focus, WebDriver's own click) while it is inside
// an off-screen `content-visibility: auto` subtree, which is where most of the list is.

import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { normalise, poll } from '../support/harness.mjs';
import {
  BY_ROLE_SCRIPT,
  COUNT_SHOWN_SCRIPT,
  NAME_SCRIPT,
  scrollStepInPage,
  SHOWN_CARDS_SCRIPT,
  widthStepInPage,
  wireName,
} from './in-page.mjs';

/** Long: on two cores three engines start at once, and a Rust build may be running beside them. */
export const WAIT = 30_000;

/** A read that threw: while a page loads, a script can find no document to run in. */
class ReadFailed {
  constructor(err) {
    this.error = String(err?.message ?? err).split('\n')[0];
  }
}

/**
 * Calls `read` until `ok(value)`, reading again after a read that threw; fails with `message`
 * (a string, or a function of the last value) after `timeout`. Resolves to the value that was ok.
 */
export async function until(read, ok, message, timeout = WAIT) {
  const good = (value) => !(value instanceof ReadFailed) && ok(value);
  const value = await poll(() => Promise.resolve().then(read).catch((err) => new ReadFailed(err)), good, timeout);
  if (!good(value)) {
    const text = typeof message === 'function' ? message(value) : `${message} (last seen: ${JSON.stringify(value)})`;
    assert.fail(`${text} [after ${timeout / 1000} s]${value instanceof ReadFailed ? ` (the last read failed: ${value.error})` : ''}`);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// The guide
// ---------------------------------------------------------------------------------------------

/** The guide in one browser session (see webdriver.mjs), served at `baseUrl`. */
export class Guide {
  constructor(browser, baseUrl) {
    this.driver = browser.driver;
    this.engine = browser.engine.name;
    this.baseUrl = baseUrl;
  }

  // ---- Getting there ------------------------------------------------------------------------

  /** Opens `query` (e.g. "?view=about") under the base URL, or a full URL, and waits for the app. */
  async open(query = '', { app = true } = {}) {
    await this.driver.get(/^https?:/.test(query) ? query : this.baseUrl + query);
    if (app) await this.waitForApp();
  }

  /**
   * The one wait for the app: it has started (it marks `html[data-app="ready"]`) and shows a
   * view (a visible `main h1`). Also after a reload, and after back and forward.
   */
  async waitForApp() {
    await until(
      () =>
        this.driver.executeScript(() => {
          const h1 = document.querySelector('main h1');
          return {
            ready: document.documentElement.dataset.app === 'ready',
            heading: h1 && h1.getClientRects().length > 0 ? h1.textContent.replace(/\s+/g, ' ').trim() : null,
            url: location.href,
          };
        }),
      (seen) => seen.ready && seen.heading !== null,
      (seen) => `${this.engine}: the app never started and showed a view (${JSON.stringify(seen)})`,
    );
  }

  /**
   * Reloads the page as a reader does, and waits for the app. Not WebDriver's Refresh: in Firefox
   * that reload skips the service worker (offline it then shows Firefox's network error page,
   * while the reader's reload, location.reload(), a link or the address are served by the worker).
   */
  async reload() {
    await this.markDocument();
    // A driver may answer before or after the old document is gone, or say it went away: the
    // wait below tells whether the page was loaded again.
    await this.driver.executeScript(() => location.reload()).catch(() => {});
    await until(
      () => this.sameDocument(),
      (same) => same === false,
      `${this.engine}: the page was not loaded again`,
    );
    await this.waitForApp();
  }

  /** The browser's back button, then waits until the address is no longer `from`. */
  async back() {
    const from = await this.url();
    await this.driver.navigate().back();
    await until(() => this.url(), (url) => url !== from, `${this.engine}: back left the address at ${from}`);
    await this.waitForApp();
  }

  /** The address, as a URL. */
  async url() {
    return this.driver.getCurrentUrl();
  }

  /** A query parameter of the address, or null. */
  async param(name) {
    return new URL(await this.url()).searchParams.get(name);
  }

  /** Waits until `ok(url)` holds for the address (a URL object); resolves to it. */
  async expectUrl(ok, message) {
    return until(async () => new URL(await this.url()), ok, (url) => `${this.engine}: ${message} (address: ${url})`);
  }

  /** Runs `fn` with the driver switched into the iframe element `frame`, then back to the page. */
  async inFrame(frame, fn) {
    await this.driver.switchTo().frame(frame);
    try {
      return await fn();
    } finally {
      await this.driver.switchTo().defaultContent();
    }
  }

  /** Marks this document, so `sameDocument()` can tell whether the page was loaded again since. */
  async markDocument() {
    await this.driver.executeScript(() => {
      window.__enginesMark = true;
    });
  }

  /** Whether this is still the document `markDocument()` marked. */
  async sameDocument() {
    return this.driver.executeScript(() => window.__enginesMark === true);
  }

  // ---- Finding things -----------------------------------------------------------------------

  /**
   * The elements of `role` named `name` (a string matched whole, or a RegExp) inside `scope` (an
   * element, or the page).
   */
  async allByRole(role, name, scope = null) {
    return this.driver.executeScript(BY_ROLE_SCRIPT, scope, role, wireName(name));
  }

  /** The one element of `role` named `name`, once there is exactly one. */
  async byRole(role, name, scope = null) {
    const found = await until(
      () => this.allByRole(role, name, scope),
      (els) => els.length === 1,
      (els) => `${this.engine}: expected one ${role} named ${name}, found ${els.length}`,
    );
    return found[0];
  }

  /** The page's banner: role=banner, or a header in no article, aside, main, nav or section. */
  async banner() {
    return until(
      () =>
        this.driver.executeScript(
          () =>
            [...document.querySelectorAll('header, [role="banner"]')].find(
              (el) => el.getAttribute('role') === 'banner' || !el.parentElement?.closest('article, aside, main, nav, section'),
            ) ?? null,
        ),
      Boolean,
      `${this.engine}: the page has no banner`,
    );
  }

  /** The Main navigation. */
  nav() {
    return this.byRole('navigation', 'Main');
  }

  /** The link in the Main navigation named `name`. */
  async navLink(name) {
    return this.byRole('link', name, await this.nav());
  }

  /** The field labelled `label`. */
  async field(label) {
    return until(
      () => this.driver.executeScript((text) => {
        const squash = (t) => t.replace(/\s+/g, ' ').trim();
        return [...document.querySelectorAll('label')].find((l) => squash(l.textContent) === text)?.control ?? null;
      }, label),
      Boolean,
      `${this.engine}: no field labelled "${label}"`,
    );
  }

  /** A session's card in the current view. */
  async card(slug) {
    return until(
      () => this.driver.executeScript((s) => document.querySelector(`main article[data-session="${CSS.escape(s)}"]`), slug),
      Boolean,
      `${this.engine}: no card for the session "${slug}"`,
    );
  }

  /** The shortlist toggle of the session titled `title` inside `scope`, whichever way it stands. */
  toggle(title, scope = null) {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.byRole('button', new RegExp(`^(Add ${escaped} to|Remove ${escaped} from) my shortlist$`), scope);
  }

  /**
   * How many elements of `role` named `name` a reader is shown (by display and visibility, so
   * whether scrolled to yet or not).
   */
  countShown(role, name, scope = null) {
    return this.driver.executeScript(COUNT_SHOWN_SCRIPT, scope, role, wireName(name));
  }

  /** The text of `main h1`, normalised (or null). */
  async heading() {
    return this.driver.executeScript(() => document.querySelector('main h1')?.textContent.replace(/\s+/g, ' ').trim() ?? null);
  }

  /** Waits until the page's main heading reads `text`. */
  async expectHeading(text) {
    await until(() => this.heading(), (h) => h === text, `${this.engine}: the main heading should read "${text}"`);
  }

  /** Slugs of the sessions the reader is shown now, in page order. */
  shownCards() {
    return this.driver.executeScript(SHOWN_CARDS_SCRIPT);
  }

  /** Waits until the shown sessions are exactly `slugs`, in that order. */
  async expectShown(slugs, where) {
    await until(
      () => this.shownCards(),
      (shown) => JSON.stringify(shown) === JSON.stringify(slugs),
      (shown) => `${this.engine}: ${where}: expected the sessions ${JSON.stringify(slugs)}, shown ${JSON.stringify(shown)}`,
    );
  }

  /**
   * The words of `el` (its text, laid out yet or not, whitespace collapsed): not WebDriver's
   * visible text, which an engine may leave out while `el` is in an off-screen
   * `content-visibility: auto` subtree.
   */
  async text(el) {
    return normalise(await this.driver.executeScript((e) => e.textContent, el));
  }

  /** Every session's title (its card's heading) in the list, in page order, laid out yet or not. */
  async listedTitles() {
    const headings = await this.driver.executeScript(() =>
      [...document.querySelectorAll('main article[data-session]')].map((card) => card.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? ''),
    );
    return headings.map(normalise);
  }

  /** Waits until the page's status messages (role=status) say `text`; resolves to what they say. */
  async expectStatus(text) {
    return until(
      async () => normalise((await Promise.all((await this.allByRole('status', /./)).map((el) => el.getText()))).join(' | ')),
      (said) => said.includes(text),
      (said) => `${this.engine}: a status message should say "${text}" (they say: "${said}")`,
    );
  }

  // ---- Doing things -------------------------------------------------------------------------

  /**
   * Scrolls `el` into view as a reader would, and resolves to its box once it has stopped moving
   * (the cards around it take their real heights as they come into view and move it for a few
   * frames); with `scroll` false, only waits for it to stop.
   */
  async reveal(el, scroll = true) {
    let last = null;
    let still = 0;
    for (let round = 0; round < 100; round++) {
      const box = await this.driver.executeScript(scrollStepInPage, el, scroll);
      still = last && box.inView === last.inView && Math.abs(box.top - last.top) < 0.5 ? still + 1 : 0;
      last = box;
      // In view and still; or still out of view with the window not moving: in a scrolling box
      // of its own (the phone's filter sheet), which WebDriver's click scrolls to itself.
      if (still >= 3) break;
      await sleep(50);
    }
    return last;
  }

  /** `el`'s box once it has stopped moving, without scrolling. */
  boxWhenStill(el) {
    return this.reveal(el, false);
  }

  /**
   * Scrolls to `el`, then clicks it (a real WebDriver click: pointer events at its centre). A
   * click refused because `el` was not interactable yet (WebKit refuses one inside a list item
   * it has not yet counted as on screen: content-visibility decides that at its next rendering,
   * which under load can come after the box has stopped moving) or was covered is refused before
   * any event is sent, so it is tried again, scrolled to again, until WAIT runs out.
   */
  async click(el) {
    const deadline = Date.now() + WAIT;
    for (;;) {
      await this.reveal(el);
      try {
        return await el.click();
      } catch (err) {
        const refused = err.name === 'ElementNotInteractableError' || err.name === 'ElementClickInterceptedError';
        if (!refused || Date.now() > deadline) throw err;
      }
      await sleep(100);
    }
  }

  /** Presses the shortlist toggle of session `s` (in `scope`) and waits until it stands `pressed`. */
  async setShortlisted(s, pressed, scope = null) {
    await this.click(await this.toggle(s.title, scope));
    await this.expectShortlisted(s, pressed, scope);
  }

  /** Waits until the toggle of session `s` stands `pressed`: its aria-pressed and its name agree. */
  async expectShortlisted(s, pressed, scope = null) {
    const name = pressed ? `Remove ${s.title} from my shortlist` : `Add ${s.title} to my shortlist`;
    await until(
      async () => {
        const button = await this.toggle(s.title, scope);
        return { name: await this.driver.executeScript(NAME_SCRIPT, button), pressed: await button.getAttribute('aria-pressed') };
      },
      (seen) => seen.name === name && seen.pressed === String(pressed),
      (seen) => `${this.engine}: the toggle should be named "${name}" with aria-pressed="${pressed}" (it is ${JSON.stringify(seen)})`,
    );
  }

  /** Waits until the Main navigation's shortlist link is named for `n` sessions. */
  async expectShortlistCount(n) {
    const name = n > 0 ? `My shortlist (${n})` : 'My shortlist';
    await until(
      async () => (await this.allByRole('link', name, await this.nav())).length,
      (found) => found === 1,
      `${this.engine}: the Main navigation should have a link named "${name}"`,
    );
  }

  /** Follows the Main navigation's link named `name` (a string or RegExp). */
  async followNav(name) {
    await this.click(await this.navLink(name));
  }

  /** Types `text` into the field labelled `label`. */
  async type(label, text) {
    const field = await this.field(label);
    await this.reveal(field);
    await field.sendKeys(text);
  }

  /**
   * The window's widths, and the document's widest (with where it was) while the reader scrolls
   * it from top to bottom, so that cards laid out only when they come into view count too.
   */
  async widths() {
    let widest = null;
    for (let step = 0; step < 200; step++) {
      const seen = await this.driver.executeScript(widthStepInPage);
      if (!widest || seen.scrollWidth > widest.scrollWidth) widest = seen;
      if (seen.bottom) break;
      // Time for the cards now in view to be laid out before they are measured.
      await sleep(50);
    }
    await this.driver.executeScript(() => window.scrollTo(0, 0));
    return widest;
  }
}
