// Cunzhan's speed benchmark (not a test: it prints figures and never fails on them).
//
//   node bench/run.mjs [dist-dir] [--runs N] [--no-throttle] [--api <base url>] [--q <word>]
//
// Serves the built app like a real host (tests/support/serve.mjs, the project's one static server:
// the build's _headers with its CSP, brotli/gzip, long caching for hashed files,
// SPA fallback) and drives Debian's headless Chromium through Playwright and the DevTools protocol on
// a village link: 700 kbit/s down, 300 kbit/s up, 300 ms latency, CPU 4x slower (`--no-throttle`
// drops both). Every timing is taken N times (default 5) in fresh browser contexts and printed as
// median, min and max. Remote-API screens use a generated 10,000-product DummyJSON-compatible server
// (bench/catalog-api.mjs), or the `--api` base URL for the bytes-per-screen table.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { startServer } from '../tests/support/serve.mjs';
import { startCatalogApi } from './catalog-api.mjs';
import { parcelLinkPath } from '../tests/support/parcel-link.mjs';

// --- Options -------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const opts = { dist: 'dist', runs: 5, throttle: true, api: null, q: 'kettle', word: 'blanket' };
for (let i = 0; i < argv.length; i += 1) {
  const a = argv[i];
  if (a === '--runs') opts.runs = Math.max(1, parseInt(argv[++i], 10) || 5);
  else if (a === '--no-throttle') opts.throttle = false;
  else if (a === '--api') opts.api = String(argv[++i]).replace(/\/+$/, '');
  else if (a === '--q') opts.q = argv[++i];
  else if (a === '--help' || a === '-h') {
    console.log('node bench/run.mjs [dist-dir] [--runs N] [--no-throttle] [--api <base url>] [--q <word>]');
    process.exit(0);
  } else if (a.startsWith('--')) { console.error(`unknown option ${a}`); process.exit(2); }
  else opts.dist = a;
}
if (!existsSync(`${opts.dist}/index.html`)) {
  console.error(`${opts.dist}/index.html not found: give the built dist directory`);
  process.exit(2);
}

const LINK = { latency: 300, downloadThroughput: 700_000 / 8, uploadThroughput: 300_000 / 8 };
const CPU_RATE = 4;
const VIEWPORT = { width: 1280, height: 800 }; // a 10-inch tablet, landscape, as in the tests
const PRODUCTS_BROWSED = 1000;
// The generated catalog's category with more than PRODUCTS_BROWSED products (bench/catalog-api.mjs).
const BIG_CATEGORY = 'groceries';
const TIMEOUT = 90_000;

// --- Page instrumentation (runs before the app in every document) --------------------------------

// Records, on the page's own clock (performance.now(), origin = navigation start):
// - tiles: first moment a home category tile link is laid out inside the viewport and is what a tap
//   at its centre would hit (elementFromPoint), i.e. visible and tappable;
// - clickAt / gridAt: a click, and the first product tile (`main ul.product-grid > li`) after it;
// - keys: keydown event times; fetches: start and response-header times of every fetch();
// - counts: each change of the search result count text, with its time;
// - wasm: the wasm exports Trunk's loader announces (for the wasm memory size).
const INSTRUMENT = () => {
  if (window.top !== window || window.__bench) return;
  const b = (window.__bench = { tiles: null, price: null, detail: null, parcels: null, card: null, stage: null, clickAt: null, gridAt: null, keys: [], fetches: [], counts: [], lastCount: null, wasm: null });
  addEventListener('TrunkApplicationStarted', (e) => { b.wasm = e.detail && e.detail.wasm; b.started = performance.now(); });
  const tappable = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return !!hit && (hit === el || el.contains(hit));
  };
  const check = () => {
    const now = performance.now();
    if (b.tiles === null) {
      const a = document.querySelector('main ul a[href^="/c/"]');
      if (a && tappable(a)) b.tiles = now;
    }
    if (b.price === null) {
      // A product price laid out inside the viewport (boot.js's first tiles or the app's).
      const pr = document.querySelector('main ul.product-grid > li .price-amount');
      if (pr) {
        const r = pr.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0) b.price = now;
      }
    }
    if (b.detail === null) {
      const pr = document.querySelector('main .price-big .price-amount');
      if (pr && pr.getBoundingClientRect().height > 0) b.detail = now;
    }
    // The villager's parcel list or its empty state (boot.js's or the app's).
    if (b.parcels === null && document.querySelector('main p.empty, main .parcel-list, main .category-grid .avatar-big')) b.parcels = now;
    // A villager's parcel link: what she ordered (boot.js's or the app's), then where it is (the app's).
    if (b.card === null && document.querySelector('main .my-parcel-item')) b.card = now;
    if (b.stage === null && document.querySelector('main .my-parcel-stage .stage-word')) b.stage = now;
    if (b.clickAt !== null && b.gridAt === null && document.querySelector('main ul.product-grid > li')) b.gridAt = now;
    const c = document.querySelector('main p.count');
    const text = c ? c.textContent.trim() : '';
    if (text !== b.lastCount) { b.lastCount = text; b.counts.push([now, text]); }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // Layout-only changes (a stylesheet arriving, an overlay leaving) make no mutation: poll too, until the tiles show.
  const poll = setInterval(() => { check(); if (b.started && performance.now() > b.started + 5000) clearInterval(poll); }, 20);
  addEventListener('click', (e) => {
    b.clickAt = e.timeStamp;
    b.gridAt = null;
    // A tap that lands before boot.js is there follows the link (a new page, a new clock):
    // the next page reads the tap's time back, on its own clock.
    sessionStorage.setItem('__benchClick', String(performance.timeOrigin + e.timeStamp));
  }, true);
  const earlier = Number(sessionStorage.getItem('__benchClick'));
  if (earlier) {
    sessionStorage.removeItem('__benchClick');
    b.clickAt = earlier - performance.timeOrigin;
  }
  addEventListener('keydown', (e) => { b.keys.push(e.timeStamp); }, true);
  const realFetch = window.fetch;
  window.fetch = function (...args) {
    const input = args[0];
    const rec = { url: String((input && input.url) || input), start: performance.now(), end: null };
    b.fetches.push(rec);
    const p = realFetch.apply(this, args);
    p.then(() => { rec.end = performance.now(); }, () => { rec.end = -1; });
    return p;
  };
};

// --- Helpers -------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** metric name → list of samples, with the unit to print. */
const results = new Map();
function record(name, unit, value) {
  if (value === null || value === undefined || Number.isNaN(value)) return;
  if (!results.has(name)) results.set(name, { unit, xs: [] });
  results.get(name).xs.push(value);
}

function fmt(v, unit) {
  if (unit === 'ms') return `${Math.round(v)}`;
  if (unit === 'MB') return (v / 1e6).toFixed(1);
  if (unit === 'KB') return (v / 1e3).toFixed(1);
  return String(v);
}

function printTable(title, rows, columns) {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(columns));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

function printResults(title, names) {
  const rows = names.filter((n) => results.has(n)).map((n) => {
    const { unit, xs } = results.get(n);
    return [n, fmt(median(xs), unit), fmt(Math.min(...xs), unit), fmt(Math.max(...xs), unit), unit, xs.length];
  });
  printTable(title, rows, ['measure', 'median', 'min', 'max', 'unit', 'runs']);
}

const kindOf = (url) => {
  const p = new URL(url).pathname;
  const ext = extname(p).slice(1);
  if (!ext || p === '/') return 'html';
  return ext;
};

// --- Browser -------------------------------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

/** A fresh context: empty HTTP cache, storage and service workers. */
async function newContext({ serviceWorkers }) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', serviceWorkers });
  await context.addInitScript(INSTRUMENT);
  return context;
}

/** A page in `context` with the village link and slow CPU applied (unless `throttle` is false). */
async function newPage(context, { throttle = opts.throttle } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...LINK, connectionType: 'cellular3g' });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  }
  // Bytes on the wire per request: encodedDataLength (headers + compressed body).
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { url: e.request.url, type: e.type, bytes: 0, done: false, tag: page.__tag });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) { r.bytes = e.encodedDataLength; r.done = true; }
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.done = true;
  });
  return { page, cdp, requests };
}

const bench = (page, fn, arg) => page.evaluate(fn, arg);
const waitTiles = (page) => page.waitForFunction(() => window.__bench && window.__bench.tiles !== null, null, { polling: 100 });
const fcpOf = (page) => bench(page, () => {
  const e = performance.getEntriesByName('first-contentful-paint')[0];
  return e ? e.startTime : null;
});

// --- 1. First-load bytes, from the files ----------------------------------------------------------

const started = Date.now();
const server = await startServer({ root: opts.dist, precompress: true });
const catalog = await startCatalogApi({ count: 10_000 });
const sizeRows = [];
{
  // What each village link needs before it can be read, heard and tapped (tests/support/size.mjs
  // budgets the same): the page with boot.js in it, the stylesheet and the screen's own data.
  const f = (path) => server.files.get(path);
  const top = [...server.files.keys()].filter((path) => !path.includes('/', 1));
  const css = top.filter((path) => path.endsWith('.css')).map(f);
  const add = (files) => files.reduce((acc, x) => ({ raw: acc.raw + x.raw.length, gzip: acc.gzip + x.gzip.length, br: acc.br + x.br.length }), { raw: 0, gzip: 0, br: 0 });
  const row = (name, t) => sizeRows.push([name, fmt(t.raw, 'KB'), fmt(t.gzip, 'KB'), fmt(t.br, 'KB')]);
  const screens = [['/', []], ['/c/grain-oil', ['/data/first/grain-oil.json']], ['/p/1', ['/data/first/p/1.json']], ['/parcels', []], ['/my-parcel#v1.…', ['/first-parcel.js']]];
  for (const [route, data] of screens) {
    const t = add([f('/index.html'), ...css, ...data.map(f).filter(Boolean)]);
    row(`first screen ${route}`, t);
    if (route === '/') sizeRows.total = t;
  }
  const loader = [...server.files.keys()].find((path) => /^\/split-[^/]+\/__wasm_split\.js$/.test(path));
  const app = add([...top.filter((path) => (path.endsWith('.js') && path !== '/sw.js' && path !== '/first-parcel.js') || path.endsWith('.wasm')), ...(loader ? [loader] : [])].map(f));
  row('the app, after the first screen (glue + wasm + loader)', app);
  const partPaths = [...server.files.keys()].filter((path) => /^\/split-[^/]+\/.+\.wasm$/.test(path));
  const parts = add(partPaths.map(f));
  row('split screens (idle time or when opened)', parts);
  // Every chunk, largest first.
  sizeRows.chunks = partPaths.map((path) => [`  ${path.replace(/^\/split-[^/]+\//, '')}`, fmt(f(path).raw.length, 'KB'), fmt(f(path).gzip.length, 'KB'), fmt(f(path).br.length, 'KB'), f(path).br.length])
    .sort((a, b) => b[4] - a[4]).map((r) => r.slice(0, 4));
  const cat = f('/data/categories.json');
  const prod = f('/data/products.json');
  if (cat) row('home data (categories.json)', add([cat]));
  if (prod) row('catalog (products.json, the app\'s embedded shop)', add([prod]));
  sizeRows.app = app;
}
printTable('Bytes per village link and for the app (KB = 1000 B; brotli q11 and gzip -9 as served)', sizeRows, ['what', 'raw KB', 'gzip KB', 'brotli KB']);
printTable('The split chunks (brotli, largest first)', sizeRows.chunks, ['chunk', 'raw KB', 'gzip KB', 'brotli KB']);
console.log(`  -> at 700 kbit/s, before latency: the first screen of / ${(sizeRows.total.br / LINK.downloadThroughput).toFixed(2)} s, the app after it ${(sizeRows.app.br / LINK.downloadThroughput).toFixed(2)} s.`);
console.log(`\nlink: ${opts.throttle ? `${LINK.downloadThroughput * 8 / 1000} kbit/s down, ${LINK.uploadThroughput * 8 / 1000} kbit/s up, ${LINK.latency} ms latency, CPU ${CPU_RATE}x slower` : 'not throttled'}; runs: ${opts.runs}; app ${server.url}; catalog API ${catalog.url} (${catalog.count} products)`);

const LOG = (s) => process.stderr.write(`${s}\n`);

// Where the cold start's time goes (resource timing + Trunk's start event).
const STAGES = ['  wasm downloaded (responseEnd)', '  wasm compiled + app mounted (TrunkApplicationStarted)', '  categories.json received'];

// --- 2a. Cold start with no service worker: FCP, tiles, tap on a category -------------------------

for (let run = 1; run <= opts.runs; run += 1) {
  LOG(`cold run ${run}/${opts.runs}`);
  const context = await newContext({ serviceWorkers: 'block' });
  const { page, requests } = await newPage(context);
  await page.goto(`${server.url}/`, { waitUntil: 'commit' });
  await waitTiles(page);
  record('first contentful paint, cold', 'ms', await fcpOf(page));
  record('home tiles visible + tappable, cold', 'ms', await bench(page, () => window.__bench.tiles));
  const stages = await bench(page, () => {
    const res = performance.getEntriesByType('resource');
    const end = (re) => { const e = res.find((r) => re.test(r.name)); return e ? e.responseEnd : null; };
    return { wasm: end(/_bg\.wasm$/), started: window.__bench.started, data: end(/\/data\/categories\.json/) };
  });
  record(STAGES[0], 'ms', stages.wasm);
  record(STAGES[1], 'ms', stages.started);
  record(STAGES[2], 'ms', stages.data);
  const onWire = [...requests.values()].filter((r) => r.url.startsWith(server.url)).reduce((s, r) => s + r.bytes, 0);
  record('bytes on the wire until tiles, cold', 'KB', onWire);
  // Tap the first category (粮油 in the bundled catalog) and wait for its first product tile.
  const tile = page.locator('main ul a[href="/c/grain-oil"]');
  await (await tile.count() ? tile : page.locator('main ul a[href^="/c/"]').first()).click();
  await page.waitForFunction(() => window.__bench.gridAt !== null, null, { polling: 50 });
  record('tap category -> first product tiles', 'ms', await bench(page, () => window.__bench.gridAt - window.__bench.clickAt));
  record('cold: / then a tap on a tile as soon as it shows -> product tiles, from opening the address', 'ms', await bench(page, () => window.__bench.gridAt));
  await context.close();
}

// --- 2a'. Cold start on a link to a category: a price on screen (boot.js's first tiles) -----------

for (let run = 1; run <= opts.runs; run += 1) {
  LOG(`cold deep link run ${run}/${opts.runs}`);
  const context = await newContext({ serviceWorkers: 'block' });
  const { page } = await newPage(context);
  await page.goto(`${server.url}/c/grain-oil`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench.price !== null, null, { polling: 50, timeout: TIMEOUT });
  record('cold: price on screen, /c/grain-oil opened directly', 'ms', await bench(page, () => window.__bench.price));
  await page.waitForFunction(() => window.__bench.started, null, { polling: 50, timeout: TIMEOUT });
  record('cold: the app took over on /c/grain-oil (TrunkApplicationStarted)', 'ms', await bench(page, () => window.__bench.started));
  await context.close();
}

// --- 2a''. Cold start on a link to a product, and on /parcels on a villager's phone --------------

// A parcel link as the station's message carries it (two items, sent two days ago).
const PARCEL_LINK = parcelLinkPath({
  order_id: 'CZ-20261130-4821', sent_at: Date.now() - 2 * 86_400_000, name: '王**', station: '李家村服务站', cash: 7_980, more: 0,
  items: [{ qty: 2, picture: 'bag-rice', category: 'grain-oil', title: '东北大米 10斤' }, { qty: 1, picture: '', category: 'seeds', title: '玉米种子' }],
});

for (let run = 1; run <= opts.runs; run += 1) {
  LOG(`cold product and parcels run ${run}/${opts.runs}`);
  let context = await newContext({ serviceWorkers: 'block' });
  let { page } = await newPage(context);
  await page.goto(`${server.url}/p/1`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench.detail !== null, null, { polling: 50, timeout: TIMEOUT });
  record('cold: price on screen, /p/1 opened directly', 'ms', await bench(page, () => window.__bench.detail));
  await page.waitForFunction(() => window.__bench.started, null, { polling: 50, timeout: TIMEOUT });
  record('cold: the app took over on /p/1', 'ms', await bench(page, () => window.__bench.started));
  await context.close();
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', serviceWorkers: 'block', isMobile: true, hasTouch: true });
  await context.addInitScript(INSTRUMENT);
  ({ page } = await newPage(context));
  await page.goto(`${server.url}/parcels`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench.parcels !== null, null, { polling: 50, timeout: TIMEOUT });
  record('cold: /parcels on a phone (390x844), list or empty state shown', 'ms', await bench(page, () => window.__bench.parcels));
  await context.close();
  // The link in the station's message, on her phone (a fresh one): what she ordered, then where it is.
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', serviceWorkers: 'block', isMobile: true, hasTouch: true });
  await context.addInitScript(INSTRUMENT);
  ({ page } = await newPage(context));
  await page.goto(`${server.url}${PARCEL_LINK}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench.stage !== null, null, { polling: 50, timeout: TIMEOUT });
  record('cold: parcel link on a phone, what she ordered shown', 'ms', await bench(page, () => window.__bench.card));
  record('cold: parcel link on a phone, where it is shown (the app)', 'ms', await bench(page, () => window.__bench.stage));
  await context.close();
}

// --- 2b. Service worker: cold visit installs it, the second visit starts from it ------------------

for (let run = 1; run <= opts.runs; run += 1) {
  LOG(`warm run ${run}/${opts.runs}`);
  const context = await newContext({ serviceWorkers: 'allow' });
  const first = await newPage(context);
  await first.page.goto(`${server.url}/`, { waitUntil: 'commit' });
  await waitTiles(first.page);
  record('home tiles, cold with service worker allowed', 'ms', await bench(first.page, () => window.__bench.tiles));
  // Until the worker has precached the shell and controls the page (offline-ready).
  const ready = await first.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    while (!navigator.serviceWorker.controller) await new Promise((ok) => setTimeout(ok, 50));
    return performance.now();
  });
  record('service worker installed + controlling', 'ms', ready);
  await first.page.close();
  const second = await newPage(context);
  await second.page.goto(`${server.url}/`, { waitUntil: 'commit' });
  await waitTiles(second.page);
  const controlled = await bench(second.page, () => !!navigator.serviceWorker.controller);
  if (!controlled) LOG('  warning: the second visit was not controlled by the service worker');
  record('first contentful paint, warm (service worker)', 'ms', await fcpOf(second.page));
  record('home tiles visible + tappable, warm (service worker)', 'ms', await bench(second.page, () => window.__bench.tiles));
  const net = [...second.requests.values()].filter((r) => !r.url.startsWith('data:')).reduce((s, r) => s + r.bytes, 0);
  record('bytes through the page network stack, warm visit', 'KB', net);
  // Village links opened again (the worker answers), and the partner's screens after the home
  // (their parts fetched in idle time after the first screen and kept by the worker).
  for (const [name, url, ready] of [
    ['warm: price on screen, /c/grain-oil', '/c/grain-oil', 'main ul.product-grid > li .price-amount'],
    ['warm: price on screen, /p/1', '/p/1', 'main .price-big .price-amount'],
    ['warm: /parcels shown', '/parcels', 'main p.empty, main .parcel-list'],
  ]) {
    const again = await newPage(context);
    await again.page.goto(`${server.url}${url}`, { waitUntil: 'commit' });
    await again.page.waitForFunction((sel) => !!document.querySelector(sel), ready, { polling: 20 });
    record(name, 'ms', await bench(again.page, () => performance.now()));
    await again.page.close();
  }
  await second.page.waitForFunction(() => window.__bench.started, null, { polling: 50 });
  await sleep(3000); // idle time: the split parts are fetched
  for (const [name, link] of [
    ['warm: home -> partner screen, its heading shown', '/partner'],
    ['warm: home -> settings screen, its heading shown', '/settings'],
    ['warm: home -> trainer screen, its heading shown', '/trainer'],
  ]) {
    // Navigates the way the router's own links do, and waits for the new screen's heading.
    const took = await second.page.evaluate(async (link) => {
      const heading = () => (document.querySelector('main h1') || {}).textContent || '';
      const before = heading();
      history.pushState(null, '', link);
      const t0 = performance.now();
      dispatchEvent(new PopStateEvent('popstate'));
      while (heading() === before || !heading()) await new Promise((ok) => setTimeout(ok, 10));
      const took = performance.now() - t0;
      history.pushState(null, '', '/');
      dispatchEvent(new PopStateEvent('popstate'));
      while (heading() !== before) await new Promise((ok) => setTimeout(ok, 10));
      return took;
    }, link);
    record(name, 'ms', took);
  }
  await context.close();
}

// --- 2c. Search a 10,000-product remote catalog, key by key ---------------------------------------

for (let run = 1; run <= opts.runs; run += 1) {
  LOG(`search run ${run}/${opts.runs}`);
  const context = await newContext({ serviceWorkers: 'block' });
  const { page } = await newPage(context);
  await page.goto(`${server.url}/search?api=${encodeURIComponent(catalog.url)}`, { waitUntil: 'commit' });
  const input = page.locator('#search-input');
  await input.waitFor({ state: 'visible' });
  await sleep(500);
  for (const ch of opts.word) {
    await input.press(ch);
    const t0 = await bench(page, () => window.__bench.keys[window.__bench.keys.length - 1]);
    const step = await (await page.waitForFunction((t) => {
      const b = window.__bench;
      const f = b.fetches.find((x) => x.start > t && x.url.includes('/products/search'));
      if (!f || f.end === null) return null;
      const shown = b.counts.find(([at, text]) => at >= f.end && text);
      if (!shown) return null;
      return { debounce: f.start - t, network: f.end - f.start, render: shown[0] - f.end, total: shown[0] - t };
    }, t0, { polling: 20 })).jsonValue();
    record('keystroke -> results shown (total)', 'ms', step.total);
    record('  keydown -> request sent (300 ms debounce)', 'ms', step.debounce);
    record('  request -> response headers', 'ms', step.network);
    record('  response headers -> count + tiles updated', 'ms', step.render);
  }
  // A partner typing a whole word at 120 ms a key: only the pause after the last key starts a search.
  await input.fill('');
  await page.waitForFunction(() => !document.querySelector('main p.count'));
  await input.pressSequentially(opts.q, { delay: 120 });
  const t0 = await bench(page, () => window.__bench.keys[window.__bench.keys.length - 1]);
  const total = await (await page.waitForFunction((t) => {
    const b = window.__bench;
    const f = b.fetches.find((x) => x.start > t && x.url.includes('/products/search'));
    if (!f || f.end === null) return null;
    const shown = b.counts.find(([at, text]) => at >= f.end && text);
    return shown ? shown[0] - t : null;
  }, t0, { polling: 20 })).jsonValue();
  record(`word "${opts.q}" typed at 120 ms/key: last key -> results`, 'ms', total);
  await context.close();
}

// --- 2d. Memory and DOM nodes after scrolling 1,000 products on a category screen ------------------

for (let run = 1; run <= opts.runs; run += 1) {
  LOG(`memory run ${run}/${opts.runs}`);
  const context = await newContext({ serviceWorkers: 'block' });
  // Memory does not depend on the link: run unthrottled so 84 pages load quickly.
  const { page, cdp } = await newPage(context, { throttle: false });
  await cdp.send('Performance.enable');
  // The generated catalog's first category holds 1,640 products, 12 a page.
  await page.goto(`${server.url}/c/${BIG_CATEGORY}?api=${encodeURIComponent(catalog.url)}`, { waitUntil: 'commit' });
  const tiles = page.locator('main ul.product-grid > li');
  await tiles.first().waitFor();
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const wasm = await bench(page, () => {
      const w = window.__bench.wasm;
      return w && w.memory ? w.memory.buffer.byteLength : null;
    });
    return { js: usedSize, jsMetric: m.JSHeapUsedSize, nodes: m.Nodes, wasm };
  };
  // Products loaded so far: the end of the furthest page that has arrived (the list mounts only
  // the tiles near the viewport, so the tiles in the page do not say it).
  const loaded = () => bench(page, () => Math.max(0, ...window.__bench.fetches
    .filter((f) => f.end !== null && f.end >= 0 && f.url.includes('/products/category/'))
    .map((f) => Number(new URL(f.url).searchParams.get('skip') || 0) + 12)));
  const before = await measure();
  let count = await loaded();
  let mostTiles = await tiles.count();
  const t0 = Date.now();
  while (count < PRODUCTS_BROWSED) {
    const tall = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return document.documentElement.scrollHeight;
    });
    const grew = await page.waitForFunction((n) => Math.max(0, ...window.__bench.fetches
      .filter((f) => f.end !== null && f.end >= 0 && f.url.includes('/products/category/'))
      .map((f) => Number(new URL(f.url).searchParams.get('skip') || 0) + 12)) > n,
    count, { timeout: 5000, polling: 50 }).then(() => true, () => false);
    if (!grew) {
      const more = page.locator('main .more-btn');
      if (await more.count()) await more.click();
      else if (Date.now() - t0 > 120_000) throw new Error(`stuck at ${count} products`);
    }
    // Its tiles laid out (the page grew), so that the next scroll to the end moves.
    if (grew) await page.waitForFunction((h) => document.documentElement.scrollHeight > h, tall, { polling: 20 }).catch(() => {});
    count = await loaded();
    mostTiles = Math.max(mostTiles, await tiles.count());
  }
  const after = await measure();
  record('products scrolled through (category screen)', 'products', count);
  record('most product tiles mounted at once', 'tiles', mostTiles);
  record('JS heap used, category screen (12 products)', 'MB', before.js);
  record('JS heap used after 1,000 products', 'MB', after.js);
  record('wasm linear memory, category screen (12 products)', 'MB', before.wasm);
  record('wasm linear memory after 1,000 products', 'MB', after.wasm);
  record('DOM nodes after scrolling 1,000 products', 'nodes', after.nodes);
  record('time to scroll through 1,000 products (unthrottled)', 'ms', Date.now() - t0);
  await context.close();
}

// --- 3. API bytes per screen against a remote backend ---------------------------------------------

const apiBase = opts.api || catalog.url;
const apiRows = [];
{
  LOG(`API bytes against ${apiBase}`);
  const context = await newContext({ serviceWorkers: 'block' });
  const { page, requests } = await newPage(context, { throttle: false });
  const inFlight = () => [...requests.values()].filter((r) => !r.done && r.url.startsWith(apiBase)).length;
  const settle = async () => {
    let quiet = 0;
    while (quiet < 5) { await sleep(200); quiet = inFlight() ? 0 : quiet + 1; }
  };
  page.__tag = 'home';
  await page.goto(`${server.url}/?api=${encodeURIComponent(apiBase)}`, { waitUntil: 'commit' });
  await waitTiles(page);
  await settle();
  page.__tag = 'category';
  await page.locator('main ul a[href^="/c/"]').first().click();
  await page.locator('main ul.product-grid > li').first().waitFor();
  await settle();
  page.__tag = 'product';
  await page.locator('main ul.product-grid > li a[href^="/p/"]').first().click();
  await page.waitForURL(/\/p\/\d+/);
  await sleep(300);
  await settle();
  page.__tag = 'search';
  await page.locator('a[href="/search"]').first().click();
  await page.locator('#search-input').fill(opts.q);
  await page.waitForFunction(() => !!(document.querySelector('main p.count') || {}).textContent);
  await settle();
  for (const screen of ['home', 'category', 'product', 'search']) {
    const mine = [...requests.values()].filter((r) => r.tag === screen && r.url.startsWith(apiBase));
    const json = mine.filter((r) => r.type !== 'Image' && r.type !== 'Preflight');
    const pics = [...requests.values()].filter((r) => r.tag === screen && r.type === 'Image' && !r.url.startsWith(server.url));
    apiRows.push([screen, json.length, fmt(json.reduce((s, r) => s + r.bytes, 0), 'KB'), pics.length, fmt(pics.reduce((s, r) => s + r.bytes, 0), 'KB'),
      json.map((r) => new URL(r.url).pathname + (new URL(r.url).search.length > 1 ? '?…' : '')).join(' ')]);
  }
  await context.close();
}

await browser.close();
await catalog.close();
await server.close();

// --- Report --------------------------------------------------------------------------------------

printResults('Start-up (ms from navigation start, page clock; KB = 1000 B)', [
  'first contentful paint, cold', 'home tiles visible + tappable, cold', ...STAGES, 'bytes on the wire until tiles, cold',
  'cold: price on screen, /c/grain-oil opened directly', 'cold: the app took over on /c/grain-oil (TrunkApplicationStarted)',
  'cold: price on screen, /p/1 opened directly', 'cold: the app took over on /p/1',
  'cold: /parcels on a phone (390x844), list or empty state shown',
  'cold: parcel link on a phone, what she ordered shown', 'cold: parcel link on a phone, where it is shown (the app)',
  'cold: / then a tap on a tile as soon as it shows -> product tiles, from opening the address',
  'home tiles, cold with service worker allowed', 'service worker installed + controlling',
  'first contentful paint, warm (service worker)', 'home tiles visible + tappable, warm (service worker)',
  'bytes through the page network stack, warm visit',
  'warm: price on screen, /c/grain-oil', 'warm: price on screen, /p/1', 'warm: /parcels shown',
  'warm: home -> partner screen, its heading shown', 'warm: home -> settings screen, its heading shown',
  'warm: home -> trainer screen, its heading shown',
]);
printResults('Interaction (ms)', ['tap category -> first product tiles']);
printResults(`Search a ${catalog.count}-product remote catalog, typing "${opts.word}" one key at a time (per keystroke)`, [
  'keystroke -> results shown (total)', '  keydown -> request sent (300 ms debounce)', '  request -> response headers',
  '  response headers -> count + tiles updated', `word "${opts.q}" typed at 120 ms/key: last key -> results`,
]);
printResults('Memory and DOM after scrolling 1,000 products on a category screen (GC forced before reading)', [
  'products scrolled through (category screen)', 'most product tiles mounted at once',
  'DOM nodes after scrolling 1,000 products',
  'JS heap used, category screen (12 products)', 'JS heap used after 1,000 products',
  'wasm linear memory, category screen (12 products)', 'wasm linear memory after 1,000 products',
  'time to scroll through 1,000 products (unthrottled)',
]);
printTable(`API bytes per screen against ${opts.api || `the generated catalog API (${catalog.count} products)`}; KB on the wire = headers + compressed body (CDP encodedDataLength)`,
  apiRows, ['screen', 'API calls', 'API KB', 'pictures', 'picture KB', 'requests']);

const tilesCold = results.get('home tiles visible + tappable, cold');
if (tilesCold && opts.throttle) {
  const m = median(tilesCold.xs) / 1000;
  console.log(`\nGoal "home tiles within 3 s on the village link": ${m <= 3 ? 'MET' : 'NOT met'} cold (median ${m.toFixed(2)} s)` +
    (results.has('home tiles visible + tappable, warm (service worker)')
      ? `; warm ${(median(results.get('home tiles visible + tappable, warm (service worker)').xs) / 1000).toFixed(2)} s.` : '.'));
}
console.log(`\nbenchmark took ${((Date.now() - started) / 1000).toFixed(0)} s`);
