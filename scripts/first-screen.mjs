// Writes the first screen into dist/index.html: the top bar, the home heading and the category
// tiles as plain HTML (from the build's categories.json and the locale files), so a village
// link shows something to tap within a couple of seconds instead of after the whole wasm
// (~4.5 s at 700 kbit/s). public/boot.js handles taps until the app starts and removes it.
// Usage: node scripts/first-screen.mjs <dist dir>
import { readFileSync, writeFileSync } from 'node:fs';
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

const screen =
  `<div id="boot">` +
  `<header class="topbar"><nav><span class="brand" ${words(zh.app.name, en.app.name)}</span></nav></header>` +
  `<main class="boot-main"><div class="page-head"><h1 ${words(zh.home.title, en.home.title)}</h1></div>` +
  `<p class="boot-wait" role="status" ${words(zh.boot.opening, en.boot.opening)}</p>` +
  `<ul class="grid category-grid">${tiles}</ul></main>` +
  `<script src="/boot.js"></script></div>`;

const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
if (html.includes('id="boot"')) {
  console.log('first screen: already in index.html');
} else {
  const at = html.indexOf('<body>');
  if (at < 0) throw new Error('index.html has no <body>');
  writeFileSync(file, html.slice(0, at + 6) + screen + html.slice(at + 6));
  console.log(`first screen: ${categories.length} category tiles written into index.html`);
}
