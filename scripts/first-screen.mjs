// Writes the first screens into dist/index.html and dist/data/first/, so a village link shows
// something to read, hear and tap within a couple of seconds, before the wasm (~290 KB brotli,
// ~3.5 s at 700 kbit/s) has even started to arrive:
//  - index.html gets the top bar (home, language), the home heading with its speaker and the
//    category tiles as plain HTML (from the build's categories.json and the locale files), and
//    public/boot.js written inline (csp.mjs, run after, hashes it): no second request before the
//    screen works;
//  - data/first/<slug>.json: a category's first page of tiles (name, price, unit in both
//    languages, picture), for a link to a category (/c/<slug>);
//  - data/first/p/<id>.json: a product's screen (name, price, discount, stock, minimum order,
//    description and what its speaker says, in both languages), for a link to a product
//    (/p/<id>), split from scripts/first-products.json, which the app's own Rust words write (a
//    host test keeps it current: src/words/first_screen.rs);
//  - first-parcel.js (loaded by boot.js on a villager's parcel link, /my-parcel#v1.…, only) gets
//    the words of that screen in both languages;
//  - Trunk's module loader and its preload links leave the page: boot.js starts the app once
//    the first screen is drawn, so the screen's few KB never wait behind the wasm on a slow line.
// boot.js follows links between these screens itself (no page load, so the wasm's download goes
// on), switches the language and speaks; the app takes over the screen that is showing.
// Usage: node scripts/first-screen.mjs <dist dir>
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] || 'dist';
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const zh = read('locales/zh-CN.json');
const en = read('locales/en.json');
const categories = read(join(dir, 'data', 'categories.json'));

const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const words = (zhText, enText) => `data-en="${esc(enText)}">${esc(zhText)}`;

const tiles = categories
  .filter((c) => typeof c.slug === 'string' && /^[a-z0-9-]+$/.test(c.slug))
  .map(
    (c) =>
      `<li class="tile category-tile"><a class="tile-link" href="/c/${c.slug}">` +
      `<img class="pictogram" src="${esc(c.icon || '/img/c/generic.svg')}" alt="" width="96" height="96">` +
      `<span class="tile-name" ${words(c.nameZh || c.name, c.name)}</span></a></li>`,
  )
  .join('');

const bootFile = join(dir, 'boot.js');
const bootScript = readFileSync(bootFile, 'utf8').trim();
if (/<\/script/i.test(bootScript)) throw new Error('boot.js cannot be inlined: it contains </script');

// Small pictures for the bar and the speaker (drawn here, not Lucide's: the wasm carries those).
const svg = (body) =>
  `<span class="icon" aria-hidden="true"><svg width="1.25em" height="1.25em" viewBox="0 0 24 24" fill="none" ` +
  `stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg></span>`;
const HOME = svg('<path d="M3 10.5 12 3l9 7.5V20a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z"/>');
const GLOBE = svg('<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c-3 3.5-3 14.5 0 18M12 3c3 3.5 3 14.5 0 18"/>');
const SPEAKER = svg('<path d="M11 5 6 9H3v6h3l5 4z"/><path d="M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13"/>');

/** A pair of words as two attributes of #boot, `data-<name>` (zh) and `data-<name>-en`, for boot.js. */
const pair = (name, zhText, enText) => ` data-${name}="${esc(zhText)}" data-${name}-en="${esc(enText)}"`;

const screen = (js, wasm) =>
  `<div id="boot" data-screen="home" data-js="${esc(js)}" data-wasm="${esc(wasm)}"` +
  pair('say-home', zh.home.hint, en.home.hint) +
  pair('say-parcels', zh.parcels.hint, en.parcels.hint) +
  pair('parcels', zh.parcels.title, en.parcels.title) +
  pair('none', zh.parcels.none, en.parcels.none) +
  pair('label', zh.speak.hint_label, en.speak.hint_label) +
  `><header class="topbar"><nav>` +
  `<a class="btn nav-btn" href="/">${HOME}<span ${words(zh.nav.home, en.nav.home)}</span></a>` +
  `<span class="brand" ${words(zh.app.name, en.app.name)}</span>` +
  `<button type="button" class="btn nav-btn lang-btn" title="${esc(zh.lang.switch_label)}" ` +
  `data-zh-title="${esc(zh.lang.switch_label)}" data-en-title="${esc(en.lang.switch_label)}">` +
  `${GLOBE}<span ${words(zh.lang.switch_to, en.lang.switch_to)}</span></button>` +
  `</nav></header>` +
  `<main class="boot-main"><div class="page-head"><h1 ${words(zh.home.title, en.home.title)}</h1>` +
  `<div class="page-voice"><button type="button" class="btn speak-btn speak-hint" aria-label="${esc(zh.speak.hint_label)}">` +
  `${SPEAKER}<span ${words(zh.speak.button, en.speak.button)}</span></button></div></div>` +
  `<p class="boot-wait" role="status" ${words(zh.boot.opening, en.boot.opening)}</p>` +
  `<p class="boot-failed"><button type="button" class="btn btn-primary boot-retry" ${words(zh.boot.retry, en.boot.retry)}</button></p>` +
  `<div class="boot-view"><ul class="grid category-grid">${tiles}</ul></div>` +
  `</main><script>${bootScript}</script></div>`;

// --- First pages of the categories (for boot.js on /c/<slug>) ---
const catalog = read(join(dir, 'data', 'products.json'));
const products = Array.isArray(catalog) ? catalog : catalog.products;
/** `Fen::discounted` of src/domain/money.rs: fen, rounded half up, from a yuan price and a percent. */
function unitPriceFen(price, discountPercentage) {
  const fen = Math.round(price * 100);
  const bp = Math.min(10000, Math.max(0, Math.round((discountPercentage || 0) * 100)));
  return Math.floor((fen * (10000 - bp) + 5000) / 10000);
}
const yuanText = (fen) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const unitKey = (u) => (u === 'box' ? 'small_box' : u || 'piece');
// The app's first page of a category: the catalogue's order, 12 tiles (api::endpoint::PAGE_SIZE).
const PAGE_SIZE = 12;
mkdirSync(join(dir, 'data', 'first'), { recursive: true });
let pages = 0;
for (const c of categories) {
  if (typeof c.slug !== 'string' || !/^[a-z0-9-]+$/.test(c.slug)) continue;
  const all = products.filter((p) => p.category === c.slug);
  const tiles = all
    .slice(0, PAGE_SIZE)
    .map((p) => ({
      id: p.id,
      name: [p.titleZh || p.title, p.title],
      price: yuanText(unitPriceFen(p.price, p.discountPercentage)),
      unit: [zh.unit[unitKey(p.unit)] || '', en.unit[unitKey(p.unit)] || ''],
      img: p.thumbnail || '',
    }));
  // What the heading's speaker says: the app's category hint, with the category's whole count.
  const hint = (text, name) => text.replace('{{ name }}', name).replace('{{ count }}', String(all.length));
  const say = [hint(zh.category.hint, c.nameZh || c.name), hint(en.category.hint, c.name)];
  const page = { name: [c.nameZh || c.name, c.name], say, tiles };
  writeFileSync(join(dir, 'data', 'first', `${c.slug}.json`), JSON.stringify(page));
  pages += 1;
}
console.log(`first screen: first pages of ${pages} categories in data/first/`);

// --- Product screens (for boot.js on /p/<id>), worked out by the app's words ---
const screens = read('scripts/first-products.json');
mkdirSync(join(dir, 'data', 'first', 'p'), { recursive: true });
for (const p of screens) writeFileSync(join(dir, 'data', 'first', 'p', `${p.id}.json`), JSON.stringify(p));
console.log(`first screen: ${screens.length} product screens in data/first/p/`);

// --- The villager's parcel link (for boot.js on /my-parcel): its words, written into its script ---
const parcelFile = join(dir, 'first-parcel.js');
const parcelScript = readFileSync(parcelFile, 'utf8');
// A string until then ('__PARCEL_WORDS__'; the release build's minifier may change its quotes).
const parcelPlace = /(["'])__PARCEL_WORDS__\1/;
if (parcelPlace.test(parcelScript)) {
  const parcelWords = Object.fromEntries(
    ['title', 'hello', 'station', 'collect_at', 'cash', 'more_one', 'more'].map((k) => [k, [zh.my_parcel[k], en.my_parcel[k]]]),
  );
  writeFileSync(parcelFile, parcelScript.replace(parcelPlace, () => JSON.stringify(parcelWords)));
  console.log('first screen: the parcel link\'s words written into first-parcel.js');
} else if (!parcelScript.includes('"collect_at"')) {
  throw new Error('first-screen: first-parcel.js has no place for its words');
}

const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
if (html.includes('id="boot"')) {
  console.log('first screen: already in index.html');
} else {
  // Trunk's loader: `import init, * as bindings from '/<glue>.js'; … init({ module_or_path: '/<…>.wasm' })`.
  // (Release builds minify the page; dev builds keep quotes and line breaks.)
  const loader = /<script\b[^>]*\btype=["']?module["']?[^>]*>(\s*import init, \* as bindings from ["']([^"']+\.js)["'];[\s\S]*?module_or_path: ["']([^"']+\.wasm)["'][\s\S]*?)<\/script>/;
  const found = loader.exec(html);
  if (!found) throw new Error("first-screen: Trunk's module loader is not in index.html");
  const [whole, , js, wasm] = found;
  html = html.replace(whole, '');
  // Its preload links would fetch the glue and the wasm ahead of the first screen's own data.
  const preload = /<link\b[^>]*\brel=["']?(?:modulepreload|preload)["']?[^>]*>/g;
  html = html.replace(preload, (link) => (link.includes(js) || link.includes(wasm) ? '' : link));
  if (html.includes(wasm)) throw new Error('first-screen: the wasm is still preloaded by index.html');
  const at = html.indexOf('<body>');
  if (at < 0) throw new Error('index.html has no <body>');
  writeFileSync(file, html.slice(0, at + 6) + screen(js, wasm) + html.slice(at + 6));
  // Served inside the page only.
  unlinkSync(bootFile);
  console.log(`first screen: ${categories.length} category tiles written into index.html; the app starts from boot.js`);
}
