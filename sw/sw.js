// Cunzhan's service worker. scripts/build-sw.mjs writes the build's file list and version into
// the two constants below and puts the result at /sw.js in dist/.
//
// - App shell (Trunk's hashed html/js/wasm/css, the catalog JSON, pictograms, avatars, icons):
//   precached at install, served cache-first. Every address inside the app (a deep link) gets the
//   cached index.html, so any screen opens with no network.
// - Catalog data (/data/*.json and a remote DummyJSON's GET /products…): stale-while-revalidate.
// - Product pictures: cached as they are seen, at most PICTURE_LIMIT, oldest dropped first.
// - A new build waits until the app asks it to take over (the partner taps "update"): it is never
//   forced in the middle of an order. Old caches are removed when it takes over.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;

const SHELL = `cunzhan-shell-${VERSION}`;
const DATA = 'cunzhan-data';
const PICTURES = 'cunzhan-pictures';
const PICTURE_LIMIT = 200;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('message', (event) => {
  if (event.data === 'update-now') self.skipWaiting();
  if (event.data === 'version' && event.source) event.source.postMessage({ version: VERSION });
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('cunzhan-shell-') && name !== SHELL) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return; // orders (POST) always go to the network
  const url = new URL(request.url);
  if (url.origin === self.location.origin) {
    if (request.mode === 'navigate') {
      event.respondWith(shell(request));
    } else if (url.pathname.startsWith('/data/')) {
      event.respondWith(staleWhileRevalidate(request, DATA));
    } else if (url.pathname.startsWith('/img/p/')) {
      event.respondWith(picture(request));
    } else {
      event.respondWith(cacheFirst(request));
    }
  } else if (/\/products(\/|$|\?)/.test(url.pathname + url.search) || url.pathname.endsWith('/products')) {
    event.respondWith(staleWhileRevalidate(request, DATA));
  }
});

/** The app's page for any in-app address: cached first, the network when not cached yet. */
async function shell(request) {
  const cached = await caches.match('/index.html', { cacheName: SHELL });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch {
    return new Response(
      '<!doctype html><meta charset="utf-8"><title>村站</title><p style="font:24px sans-serif;padding:24px">' +
        '没有网络，村站还没存到这台平板上。请连上网络打开一次。<br>No network, and Cunzhan is not saved on this tablet yet. Open it once with a network.</p>',
      { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
    );
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  return fetch(request);
}

/** The cached answer at once (when there is one), refreshed in the background. */
async function staleWhileRevalidate(request, name) {
  const cache = await caches.open(name);
  const cached = (await cache.match(request)) || (await caches.match(request, { cacheName: SHELL }));
  const refresh = fetch(request)
    .then((response) => {
      if (response.ok) cache.put(request, response.clone());
      return response;
    });
  if (cached) {
    refresh.catch(() => {});
    return cached;
  }
  return refresh;
}

/** Product pictures: cached as seen, at most PICTURE_LIMIT (the oldest go first). */
async function picture(request) {
  const cache = await caches.open(PICTURES);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    const keys = await cache.keys();
    for (const old of keys.slice(0, Math.max(0, keys.length - PICTURE_LIMIT))) await cache.delete(old);
  }
  return response;
}
