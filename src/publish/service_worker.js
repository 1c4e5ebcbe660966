// The service worker: the app opens offline, and a new deployment is offered, never mixed in.
// src/publish/offline.rs writes it into each build as sw.js, filling in BUILD and FILES.
'use strict';

// This build's identity, and every file it needs offline with the SHA-256 of its content.
const BUILD = '__BUILD__';
const FILES = __FILES__;

const SCOPE = self.registration.scope;
// Several copies of the app may live on one origin (under different paths): each only ever
// touches its own caches.
const PREFIX = `sus-guide ${SCOPE} `;
const CACHE = PREFIX + BUILD;

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

const digestOf = async (response) => hex(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));

// Fetches one file from the network and checks it is this build's: a file from another
// deployment is refused, so a cache never mixes two builds.
async function fetchChecked(path, sha256) {
  const response = await fetch(new URL(path, SCOPE), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  if ((await digestOf(response)) !== sha256) throw new Error(`${path} on the server belongs to another build`);
  return response;
}


// The same file, byte for byte, from an earlier build's cache, if one holds it: a new deployment
// that changed one session changes a handful of files, and the phone fetches only those. A copy
// is checked against this build's hash like a download, so a cache still never mixes two builds.
async function fromEarlierBuild(url, sha256) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const kept = await (await caches.open(name)).match(url);
    if (kept && (await digestOf(kept)) === sha256) return kept;
  }
  return undefined;
}

// How many files are fetched at once. A programme of 2,000 sessions is 4,000 files: asked for
// all at once, they queued ahead of the page's own requests (a session's page the person opens)
// and took the CPU from the page in one burst; two at a time kept a filter click near one frame
// and saving them all hardly slower (tests/bench, docs/performance.md).
const AT_ONCE = 2;

// The person comes first: while they use the page, saving waits. The page says when it is used
// (src/service_worker.rs), and the next file is fetched only once it has been left alone for
// QUIET_MS. At 2,000 sessions (tests/bench), a filter click while the files were saved was then
// as quick as once the save is done. A person who reads stops often enough for the save to go on; if a browser ends an install that takes
// too long, the next visit installs again, and the page works online meanwhile.
const QUIET_MS = 1000;
let usedAt = -Infinity;

async function whenQuiet() {
  for (let wait; (wait = usedAt + QUIET_MS - Date.now()) > 0; ) await new Promise((resolve) => setTimeout(resolve, wait));
}

// Puts every file that is not yet in this build's cache into it: copied from an earlier build's
// cache when it is the same there, fetched otherwise. Used to install, and again on each visit,
// so a cache the browser has evicted is rebuilt on the next online visit.
async function fill() {
  const cache = await caches.open(CACHE);
  // The same content under two of this build's addresses (index.html is also the folder's) is
  // got once: each content's first save, by its hash, is what a second address waits for.
  const saving = new Map();
  const save = async (path, sha256) => {
    const url = new URL(path, SCOPE).href;
    if (await cache.match(url)) return;
    const twin = saving.get(sha256);
    const copy = twin && (await cache.match(await twin));
    if (copy) return cache.put(url, copy);
    const saved = (async () => {
      await cache.put(url, (await fromEarlierBuild(url, sha256)) ?? (await fetchChecked(path, sha256)));
      return url;
    })();
    saving.set(sha256, saved);
    await saved;
  };
  let next = 0;
  const saveTheRest = async () => {
    for (;;) {
      await whenQuiet();
      if (next >= FILES.length) return;
      const [path, sha256] = FILES[next++];
      await save(path, sha256);
    }
  };
  try {
    await Promise.all(Array.from({ length: AT_ONCE }, saveTheRest));
  } finally {
    // After a failure the others stop too, rather than fill a cache that is about to be deleted.
    next = FILES.length;
  }
}

// An install that fails (a file missing on the server, a deployment half uploaded) leaves no
// half-filled cache behind; the next visit tries again, and the page works online meanwhile.
self.addEventListener('install', (event) => {
  event.waitUntil(
    fill().catch(async (error) => {
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

// The page asks for the first when the person accepts the newer programme, and says the second
// whenever the person uses it.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  else if (event.data === 'in-use') usedAt = Date.now();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    // Every view lives in the query string, so the cached page answers them all. Other pages
    // (the calendar feeds) come from the network.
    event.respondWith(fromCache(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
    event.waitUntil(fill().catch(() => {}));
    return;
  }
  event.respondWith(fromCache(request).then((hit) => hit || fetch(request)));
});

async function fromCache(request, options) {
  const cache = await caches.open(CACHE);
  return cache.match(request, options);
}
