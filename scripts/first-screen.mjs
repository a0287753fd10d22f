// Writes the first screen into dist/index.html: the top bar, the home heading and the category
// tiles as plain HTML (from the build's categories.json and the locale files), so a village
// link shows something to tap within a couple of seconds instead of after the whole wasm
// (~3.5 s at 700 kbit/s). public/boot.js handles taps until the app starts and removes it; it
// is written into the page (csp.mjs, run after, hashes it), so a tap on a tile that shows is
// already handled: no second request on a slow line before the screen works.
// For a link straight to a category (/c/<slug>), it also writes dist/data/first/<slug>.json:
// the category's first page of tiles (name, price, unit in both languages, picture), which
// boot.js shows while the app loads — a price on screen without waiting for the wasm.
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

const screen =
  `<div id="boot">` +
  `<header class="topbar"><nav><span class="brand" ${words(zh.app.name, en.app.name)}</span></nav></header>` +
  `<main class="boot-main"><div class="page-head"><h1 ${words(zh.home.title, en.home.title)}</h1></div>` +
  `<p class="boot-wait" role="status" ${words(zh.boot.opening, en.boot.opening)}</p>` +
  `<ul class="grid category-grid">${tiles}</ul></main>` +
  `<script>${bootScript}</script></div>`;

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
  const tiles = products
    .filter((p) => p.category === c.slug)
    .slice(0, PAGE_SIZE)
    .map((p) => ({
      id: p.id,
      name: [p.titleZh || p.title, p.title],
      price: yuanText(unitPriceFen(p.price, p.discountPercentage)),
      unit: [zh.unit[unitKey(p.unit)] || '', en.unit[unitKey(p.unit)] || ''],
      img: p.thumbnail || '',
    }));
  const page = { name: [c.nameZh || c.name, c.name], tiles };
  writeFileSync(join(dir, 'data', 'first', `${c.slug}.json`), JSON.stringify(page));
  pages += 1;
}
console.log(`first screen: first pages of ${pages} categories in data/first/`);

const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
if (html.includes('id="boot"')) {
  console.log('first screen: already in index.html');
} else {
  const at = html.indexOf('<body>');
  if (at < 0) throw new Error('index.html has no <body>');
  writeFileSync(file, html.slice(0, at + 6) + screen + html.slice(at + 6));
  // Served inside the page only.
  unlinkSync(bootFile);
  console.log(`first screen: ${categories.length} category tiles written into index.html`);
}
