// SLA Desk's service worker. scripts/post-build.mjs writes it to dist/sw.js with VERSION and
// PRECACHE defined above this text, from the files of that very build.

const PREFIX = 'sla-desk-';
const CACHE = `${PREFIX}${VERSION}`;
const scope = new URL(self.registration.scope);
const page = new URL('./', scope).href;
const pages = new Set([page, new URL('index.html', scope).href]);
const policy = new URL('policy.json', scope).href;
const precached = new Set(PRECACHE.map((path) => new URL(path, scope).href));

self.addEventListener('install', (event) => {
  // The HTTP cache could hand back a previous deployment's index.html or manifest.
  const requests = [...precached].map((url) => new Request(url, { cache: 'no-cache' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
  // No skipWaiting here: a page running the previous version would then load files of this
  // one. The page asks for it when the user chooses to reload.
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)))),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (request.mode === 'navigate' && pages.has(url.href)) {
    event.respondWith(networkFirst(request, page, (response) => response.ok));
  } else if (url.href === policy) {
    // policy.json is optional: its absence (404) is kept too, so that offline the app sees what it
    // saw online.
    event.respondWith(networkFirst(request, policy, (response) => response.ok || response.status === 404));
  } else if (precached.has(request.url)) {
    // This cache holds exactly this build's files, so a hit is never stale.
    event.respondWith(caches.match(request.url, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
  }
});

/**
 * The network's answer, kept under `key` when `keep` says it is worth keeping; the kept one when
 * the network fails.
 */
async function networkFirst(request, key, keep) {
  const cache = await caches.open(CACHE);
  let response;
  try {
    response = await fetch(request);
  } catch (offline) {
    const kept = await cache.match(key);
    if (kept) return kept;
    throw offline;
  }
  if (keep(response)) await cache.put(key, response.clone());
  return response;
}
