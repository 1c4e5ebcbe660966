// What the page object (guide.mjs) runs inside the browser. Selenium sends a function's source
// to the page, so each of these uses nothing from outside itself; the scripts that need
// accessibleName are sent with its source.
//
// All of them are synchronous: where scripting is off, the page's timers never fire, so any
// waiting is done from node.

/**
 * `el`'s accessible name, worked out as browsers do for the simple cases this app has:
 * aria-label, else aria-labelledby, else a field's labels, else (for a disclosure) its summary's
 * text, else its text, leaving out whatever is aria-hidden or not rendered (the shortlist button
 * shows only the words of its state).
 */
function accessibleName(el) {
  const squash = (text) => text.replace(/\s+/g, ' ').trim();
  const hidden = (node) => {
    const style = getComputedStyle(node);
    return node.getAttribute('aria-hidden') === 'true' || style.display === 'none' || style.visibility === 'hidden';
  };
  const text = (node) => {
    if (!node) return '';
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE || hidden(node)) return '';
    return [...node.childNodes].map(text).join('');
  };
  if (el.hasAttribute('aria-label')) return squash(el.getAttribute('aria-label'));
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) return squash(labelledBy.split(/\s+/).map((id) => text(document.getElementById(id))).join(' '));
  if (el.labels && el.labels.length > 0) return squash([...el.labels].map(text).join(' '));
  if (el.localName === 'details') return squash(text(el.querySelector(':scope > summary')));
  return squash(text(el));
}

/**
 * The elements of `role` (inside `scope`, or the document) whose accessible name matches `name`
 * (a string to match whole, or [source, flags] of a RegExp), in document order.
 */
function byRole(scope, role, name) {
  const selectors = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"]',
    link: 'a[href]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    navigation: 'nav, [role="navigation"]',
    checkbox: 'input[type="checkbox"]',
    searchbox: 'input[type="search"], [role="searchbox"]',
    status: '[role="status"]',
    group: 'details, fieldset, [role="group"]',
  };
  const wanted = Array.isArray(name) ? new RegExp(name[0], name[1]) : null;
  const matches = (el) => (wanted ? wanted.test(accessibleName(el)) : accessibleName(el) === name);
  return [...(scope ?? document).querySelectorAll(selectors[role])].filter(matches);
}

/** A name as byRole takes it: a RegExp cannot cross to the page, its source and flags can. */
export const wireName = (name) => (name instanceof RegExp ? [name.source, name.flags] : name);

/** Scripts that need accessibleName: it is sent along with them. */
export const BY_ROLE_SCRIPT = `${accessibleName}\nreturn (${byRole}).apply(null, arguments);`;
export const NAME_SCRIPT = `${accessibleName}\nreturn accessibleName(arguments[0]);`;
export const COUNT_SHOWN_SCRIPT = `${accessibleName}\n${byRole}\n${isShown}\nreturn byRole(...arguments).filter(isShown).length;`;

/**
 * One step of scrolling the window as a reader would: when `el` is out of view and `scroll` is
 * set, scrolls so that it is a quarter of the way down. Returns `el`'s box after it.
 */
export function scrollStepInPage(el, scroll) {
  const box = () => el.getBoundingClientRect();
  const inView = (r) => r.top >= 0 && r.top < window.innerHeight - Math.min(r.height, window.innerHeight / 2);
  let r = box();
  if (scroll && !inView(r)) {
    window.scrollBy(0, r.top - window.innerHeight / 4);
    r = box();
  }
  return { top: r.top, height: r.height, inView: inView(r), scrollY: window.scrollY };
}

/** Whether a reader is shown `el`: neither it nor an ancestor is display: none, and it is not visibility: hidden. */
function isShown(el) {
  for (let e = el; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return false;
  return getComputedStyle(el).visibility !== 'hidden';
}

/** Session slugs of the cards a reader is shown (a filter hides the rest), in page order. */
export const SHOWN_CARDS_SCRIPT = `${isShown}
return [...document.querySelectorAll('main article[data-session]')].filter(isShown).map((card) => card.dataset.session);`;

/** One step down the page: the widths now, then the window scrolled down by its height. */
export function widthStepInPage() {
  const root = document.documentElement;
  const seen = { innerWidth: window.innerWidth, clientWidth: root.clientWidth, scrollWidth: root.scrollWidth, at: window.scrollY };
  const bottom = window.scrollY + window.innerHeight >= root.scrollHeight - 1;
  window.scrollBy(0, window.innerHeight);
  return { ...seen, bottom };
}
