#!/usr/bin/env node
// Builds Cunzhan's embedded catalog (DummyJSON shape) and the pictures it uses: a plain emoji, or an
// emoji composed with a container drawn for this project (pictures.mjs).
// Run from the repository root:  node scripts/catalog/build-catalog.mjs
// Writes public/data/products.json, public/data/categories.json, public/img/p/*.svg, public/img/c/*.svg.
// Deterministic: same input, same bytes. No dependencies beyond Node and the pinned icon set.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, unlinkSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PICTURES, pictureSvg, iconsOf } from './pictures.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ICONS_JSON = join(ROOT, 'node_modules/@iconify-json/fluent-emoji-flat/icons.json');
const ICONS_PKG = join(ROOT, 'node_modules/@iconify-json/fluent-emoji-flat/package.json');
const ICON_VERSION = '1.2.6';
const DATA_DIR = join(ROOT, 'public/data');
const IMG_P = join(ROOT, 'public/img/p');
const IMG_C = join(ROOT, 'public/img/c');
const IMG_A = join(ROOT, 'public/img/a');
const STAMP = '2026-01-01T00:00:00.000Z';
// A composed picture (container + emoji) must stay small: the app shows dozens on a slow link.
const MAX_COMPOSED_BYTES = 6000;

// ---------------------------------------------------------------------------------------------
// What is sold: scripts/catalog/catalog.json, a data file to edit by hand. Its `categories` are in
// home-screen order (most used first), each with its picture, SKU prefix and the return, warranty
// and shipping words its products have unless they say otherwise. Its `products` are listed per
// category slug, one product per line: picture, titleZh, title, price (yuan), unit, brand
// (optional), stock, weightKg, sizeCm, tags, descriptionZh, description, and optionally
// discountPercent, minimumOrder, returnPolicy, warranty, shipping.
// picture: a name from PICTURES in pictures.mjs (container + content: 'seed-packet-corn'), or a plain
// emoji name when that one emoji names the product on its own ('candy'). It is also the file name
// (img/p/<picture>.svg), and no two products share one: a finger on a picture buys that product.
const CATALOG = JSON.parse(readFileSync(join(ROOT, 'scripts/catalog/catalog.json'), 'utf8'));
const CATEGORIES = CATALOG.categories;
const ROWS = CATALOG.products;

// ---------------------------------------------------------------------------------------------
const UNITS = ['bag', 'bottle', 'bucket', 'box', 'pack', 'piece', 'pair', 'set', 'kg', 'jin', 'roll', 'can', 'sheet', 'tray'];
const RETURN_POLICIES = ['No return policy', '7 days return policy', '30 days return policy', '60 days return policy', '90 days return policy'];
// Ratings come from a fixed table, picked by id, so reruns give the same numbers.
const RATINGS = [4.6, 4.1, 3.8, 4.9, 4.3, 3.5, 4.7, 4.0, 4.4, 3.2, 4.8, 4.2, 3.9, 5.0, 4.5, 3.6, 4.3, 4.7, 3.0, 4.1, 4.6, 3.7, 4.4];

const ean13 = (twelve) => {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 ? 3 : 1);
  return twelve + String((10 - (sum % 10)) % 10);
};
const pad = (n, w) => String(n).padStart(w, '0');
const status = (stock) => (stock === 0 ? 'Out of Stock' : stock <= 5 ? 'Low Stock' : 'In Stock');

function loadIcons() {
  if (!existsSync(ICONS_JSON)) throw new Error(`icon set missing: ${ICONS_JSON} (run npm install)`);
  const pkg = JSON.parse(readFileSync(ICONS_PKG, 'utf8'));
  if (pkg.version !== ICON_VERSION) throw new Error(`expected @iconify-json/fluent-emoji-flat ${ICON_VERSION}, found ${pkg.version}`);
  return JSON.parse(readFileSync(ICONS_JSON, 'utf8'));
}

function svgFor(set, name) {
  const icon = set.icons[name];
  if (!icon) throw new Error(`icon "${name}" is not in fluent-emoji-flat ${ICON_VERSION}`);
  const w = icon.width ?? set.width ?? 32;
  const h = icon.height ?? set.height ?? 32;
  const l = icon.left ?? 0;
  const t = icon.top ?? 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${l} ${t} ${w} ${h}" width="${w}" height="${h}">${icon.body}</svg>\n`;
}

/** The SVG for a picture name: composed when PICTURES has it, else the plain emoji. */
function pictureFor(set, name) {
  return PICTURES[name] ? pictureSvg(set, PICTURES[name]) : svgFor(set, name);
}

/** The emoji a picture name needs from the set. */
const iconsFor = (name) => (PICTURES[name] ? iconsOf(PICTURES[name]) : [name]);

function buildProducts() {
  const products = [];
  for (const cat of CATEGORIES) {
    const rows = ROWS[cat.slug];
    if (!rows) throw new Error(`no products for category ${cat.slug}`);
    for (const row of rows) {
      const { picture: icon, titleZh, title, price, unit, brand, stock, weightKg: weight, sizeCm, tags, descriptionZh, description } = row;
      const { width, height, depth } = sizeCm;
      const id = products.length + 1;
      const p = {
        id,
        title,
        description,
        category: cat.slug,
        price,
        discountPercentage: row.discountPercent ?? 0,
        rating: RATINGS[(id * 7) % RATINGS.length],
        stock,
        tags,
      };
      if (brand !== undefined) p.brand = brand;
      Object.assign(p, {
        sku: `CZ-${cat.skuCode}-${pad(id, 4)}`,
        weight,
        dimensions: { width, height, depth },
        warrantyInformation: row.warranty ?? cat.warranty,
        shippingInformation: row.shipping ?? cat.shipping,
        availabilityStatus: status(stock),
        reviews: [],
        returnPolicy: row.returnPolicy ?? cat.returnPolicy,
        minimumOrderQuantity: row.minimumOrder ?? 1,
        meta: { createdAt: STAMP, updatedAt: STAMP, barcode: ean13(`692026${pad(id, 6)}`), qrCode: '' },
        images: [`/img/p/${icon}.svg`],
        thumbnail: `/img/p/${icon}.svg`,
        titleZh,
        descriptionZh,
        unit,
      });
      products.push(p);
    }
  }
  for (const slug of Object.keys(ROWS)) {
    if (!CATEGORIES.some((c) => c.slug === slug)) throw new Error(`rows for unknown category ${slug}`);
  }
  return products;
}

const REQUIRED = ['id', 'title', 'description', 'category', 'price', 'discountPercentage', 'rating', 'stock', 'tags', 'sku',
  'weight', 'dimensions', 'warrantyInformation', 'shippingInformation', 'availabilityStatus', 'reviews', 'returnPolicy',
  'minimumOrderQuantity', 'meta', 'images', 'thumbnail', 'titleZh', 'descriptionZh', 'unit'];
const ALLOWED = new Set([...REQUIRED, 'brand']);

function validate(products, categories) {
  const errors = [];
  const err = (m) => errors.push(m);
  const ids = new Set();
  const skus = new Set();
  const has2dp = (n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-9;
  products.forEach((p, i) => {
    const at = `product ${p.id} (${p.title})`;
    for (const k of REQUIRED) if (!(k in p)) err(`${at}: missing ${k}`);
    for (const k of Object.keys(p)) if (!ALLOWED.has(k)) err(`${at}: unexpected field ${k}`);
    if ('brand' in p && (typeof p.brand !== 'string' || !p.brand)) err(`${at}: brand must be absent or a string`);
    if (!Number.isInteger(p.id) || p.id !== i + 1) err(`${at}: ids must be 1..N in order`);
    if (ids.has(p.id)) err(`${at}: duplicate id`);
    ids.add(p.id);
    if (skus.has(p.sku)) err(`${at}: duplicate sku`);
    skus.add(p.sku);
    if (!/^CZ-[A-Z]{3}-\d{4}$/.test(p.sku)) err(`${at}: bad sku ${p.sku}`);
    if (!categories.some((c) => c.slug === p.category)) err(`${at}: unknown category`);
    if (typeof p.price !== 'number' || !(p.price > 0) || !has2dp(p.price)) err(`${at}: bad price ${p.price}`);
    if (typeof p.discountPercentage !== 'number' || p.discountPercentage < 0 || p.discountPercentage > 20 || !has2dp(p.discountPercentage))
      err(`${at}: bad discount`);
    if (!(p.rating >= 3 && p.rating <= 5) || Math.abs(Math.round(p.rating * 10) - p.rating * 10) > 1e-9) err(`${at}: bad rating`);
    if (!Number.isInteger(p.stock) || p.stock < 0) err(`${at}: bad stock`);
    if (p.availabilityStatus !== status(p.stock)) err(`${at}: availabilityStatus ${p.availabilityStatus} vs stock ${p.stock}`);
    if (!Number.isInteger(p.minimumOrderQuantity) || p.minimumOrderQuantity < 1) err(`${at}: bad minimumOrderQuantity`);
    if (!RETURN_POLICIES.includes(p.returnPolicy)) err(`${at}: bad returnPolicy`);
    if (!UNITS.includes(p.unit)) err(`${at}: bad unit ${p.unit}`);
    if (!Array.isArray(p.tags) || !p.tags.length || p.tags.some((t) => t !== t.toLowerCase())) err(`${at}: bad tags`);
    if (!(p.weight > 0)) err(`${at}: bad weight`);
    for (const d of ['width', 'height', 'depth']) if (!(p.dimensions[d] > 0)) err(`${at}: bad dimension ${d}`);
    if (!/^\d{13}$/.test(p.meta.barcode)) err(`${at}: bad barcode`);
    if (p.title.length > 40) err(`${at}: English title longer than 40 characters`);
    if ([...p.titleZh].length > 12) console.warn(`note: ${at}: Chinese title "${p.titleZh}" is longer than 12 characters`);
    for (const img of [...p.images, p.thumbnail]) {
      if (!/^\/img\/p\/[a-z0-9-]+\.svg$/.test(img)) err(`${at}: bad image path ${img}`);
      else if (!existsSync(join(ROOT, 'public', img))) err(`${at}: missing file ${img}`);
    }
  });
  // A picture names one thing: no two products share a picture, and no two pictures are the same
  // drawing under two names; the category tiles differ from each other too.
  const seen = new Map();
  const bytes = new Map();
  const same = (file, what) => {
    const path = join(ROOT, 'public', file);
    if (!existsSync(path)) return;
    const b = readFileSync(path, 'utf8');
    if (bytes.has(b) && bytes.get(b) !== file) err(`${what}: ${file} draws the same picture as ${bytes.get(b)}`);
    bytes.set(b, file);
  };
  for (const p of products) {
    if (seen.has(p.thumbnail)) err(`product ${p.id} (${p.title}): shares its picture ${p.thumbnail} with product ${seen.get(p.thumbnail)}`);
    seen.set(p.thumbnail, p.id);
    same(p.thumbnail, `product ${p.id} (${p.title})`);
  }
  bytes.clear();
  const icons = new Map();
  for (const c of categories) {
    const icon = CATEGORIES.find((k) => k.slug === c.slug)?.picture;
    if (icons.has(icon)) err(`category ${c.slug}: shares its picture ${icon} with category ${icons.get(icon)}`);
    icons.set(icon, c.slug);
    same(c.icon, `category ${c.slug}`);
  }
  for (const c of categories) {
    const n = products.filter((p) => p.category === c.slug).length;
    if (n < 8) err(`category ${c.slug} has only ${n} products`);
    if (c.url !== `/products/category/${c.slug}`) err(`category ${c.slug}: bad url`);
    if (!existsSync(join(ROOT, 'public', c.icon))) err(`category ${c.slug}: missing icon file ${c.icon}`);
  }
  const strings = [];
  const walk = (v) => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(products);
  walk(categories);
  for (const s of strings) if (/http/i.test(s)) err(`string contains "http": ${s}`);
  if (errors.length) throw new Error(`catalog validation failed:\n  ${errors.join('\n  ')}`);
}

function writeIcons(set, dir, names) {
  mkdirSync(dir, { recursive: true });
  // Remove stale pictures so the folder holds exactly what the catalog uses.
  for (const f of readdirSync(dir)) if (f.endsWith('.svg') && !names.has(f.slice(0, -4))) unlinkSync(join(dir, f));
  for (const name of [...names].sort()) writeFileSync(join(dir, `${name}.svg`), pictureFor(set, name));
}

/** Villager avatars, in the order of `AVATARS` in src/domain/station.rs (file `a/<index>.svg`). */
const AVATARS = ['old-woman', 'old-man', 'older-person', 'woman-farmer', 'man-farmer', 'woman-white-hair',
  'man-white-hair', 'woman', 'man', 'man-beard', 'girl', 'boy'];

function main() {
  const set = loadIcons();
  // Check every icon name before writing anything.
  const productIcons = new Set();
  for (const rows of Object.values(ROWS)) for (const r of rows) productIcons.add(r.picture);
  const used = [...productIcons, ...CATEGORIES.map((c) => c.picture)];
  const missing = [...new Set(used.flatMap(iconsFor))].filter((n) => !set.icons[n]);
  if (missing.length) throw new Error(`icons not in fluent-emoji-flat ${ICON_VERSION}: ${missing.join(', ')}`);
  const unused = Object.keys(PICTURES).filter((n) => !used.includes(n));
  if (unused.length) throw new Error(`pictures defined but used by no product or category: ${unused.join(', ')}`);
  const big = Object.keys(PICTURES).filter((n) => pictureFor(set, n).length > MAX_COMPOSED_BYTES);
  if (big.length) throw new Error(`composed pictures over ${MAX_COMPOSED_BYTES} bytes: ${big.join(', ')}`);

  const products = buildProducts();
  const categories = CATEGORIES.map((c) => ({
    slug: c.slug, name: c.name, url: `/products/category/${c.slug}`, nameZh: c.nameZh, icon: `/img/c/${c.slug}.svg`,
  }));

  writeIcons(set, IMG_P, productIcons);
  mkdirSync(IMG_C, { recursive: true });
  // generic.svg is the parcel shown when neither a picture nor a category pictogram exists.
  const slugs = new Set([...CATEGORIES.map((c) => c.slug), 'generic']);
  for (const f of readdirSync(IMG_C)) if (f.endsWith('.svg') && !slugs.has(f.slice(0, -4))) unlinkSync(join(IMG_C, f));
  for (const c of CATEGORIES) writeFileSync(join(IMG_C, `${c.slug}.svg`), pictureFor(set, c.picture));

  mkdirSync(IMG_A, { recursive: true });
  AVATARS.forEach((name, i) => writeFileSync(join(IMG_A, `${i}.svg`), svgFor(set, name)));

  mkdirSync(DATA_DIR, { recursive: true });
  // One product per line: small, and diffs stay readable.
  const productsJson = `{"products":[\n${products.map((p) => JSON.stringify(p)).join(',\n')}\n],"total":${products.length},"skip":0,"limit":${products.length}}\n`;
  writeFileSync(join(DATA_DIR, 'products.json'), productsJson);
  writeFileSync(join(DATA_DIR, 'categories.json'), `[\n${categories.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`);

  validate(JSON.parse(readFileSync(join(DATA_DIR, 'products.json'), 'utf8')).products,
    JSON.parse(readFileSync(join(DATA_DIR, 'categories.json'), 'utf8')));

  const count = (f) => products.filter(f).length;
  console.log(`catalog: ${products.length} products in ${categories.length} categories; ` +
    `${productIcons.size} product pictures (${[...productIcons].filter((n) => PICTURES[n]).length} composed), ` +
    `${categories.length} category pictures; ` +
    `products.json ${statSync(join(DATA_DIR, 'products.json')).size} bytes`);
  console.log(`  no brand: ${count((p) => !('brand' in p))}, discounted: ${count((p) => p.discountPercentage > 0)}, ` +
    `low stock: ${count((p) => p.availabilityStatus === 'Low Stock')}, out of stock: ${count((p) => p.stock === 0)}, ` +
    `minimum order above stock (in stock): ${count((p) => p.stock > 0 && p.minimumOrderQuantity > p.stock)}`);
  console.log(`  units used: ${[...new Set(products.map((p) => p.unit))].sort().join(' ')}`);
}

main();
