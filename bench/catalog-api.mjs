// A DummyJSON-compatible product API over a generated catalog of any size (default 10,000), for the
// benchmark: GET /products, /products/search?q=, /products/categories, /products/category/{slug},
// /products/{id}, with limit/skip/select/delay as DummyJSON takes them. Answers are compressed
// (brotli or gzip, by Accept-Encoding) like the public server's. Thumbnails are tiny local SVGs so
// no request leaves the machine.
//   node bench/catalog-api.mjs [port] [count]
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ADJECTIVES = ['sturdy', 'fresh', 'golden', 'small', 'large', 'red', 'green', 'organic', 'classic', 'light',
  'heavy', 'soft', 'bright', 'spicy', 'sweet', 'cotton', 'steel', 'bamboo', 'family', 'village'];
const NOUNS = ['rice', 'noodles', 'oil', 'shovel', 'bucket', 'blanket', 'kettle', 'lantern', 'jacket', 'boots',
  'seeds', 'fertilizer', 'charger', 'radio', 'teapot', 'basket', 'towel', 'soap', 'biscuits', 'tea'];
const CATEGORIES = ['groceries', 'grains', 'cooking-oil', 'tools', 'garden', 'home', 'bedding', 'kitchen', 'lighting',
  'clothing', 'shoes', 'seeds', 'fertilizer', 'phones', 'electronics', 'tea', 'cleaning', 'snacks', 'drinks', 'baby'];
const title = (s) => s.replace(/(^|[\s-])\w/g, (m) => m.toUpperCase());

/** The same catalog for the same count, every run. */
export function makeCatalog(count = 10_000, base = '') {
  const products = [];
  let seed = 7;
  const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  for (let id = 1; id <= count; id += 1) {
    const adj = ADJECTIVES[Math.floor(rand() * ADJECTIVES.length)];
    const noun = NOUNS[Math.floor(rand() * NOUNS.length)];
    const stock = Math.floor(rand() * 120);
    products.push({
      id,
      title: title(`${adj} ${noun} ${id}`),
      description: `A ${adj} ${noun} for the household, sold by the piece at the village station.`,
      // The first category is big (1,640 products): the benchmark scrolls 1,000 of them.
      category: id <= 1200 ? CATEGORIES[0] : CATEGORIES[id % CATEGORIES.length],
      price: Math.round((1 + rand() * 199) * 100) / 100,
      discountPercentage: Math.round(rand() * 2000) / 100,
      rating: Math.round((1 + rand() * 4) * 100) / 100,
      stock,
      tags: [noun],
      brand: rand() < 0.5 ? `${title(adj)} Co.` : undefined,
      sku: `GEN-${String(id).padStart(6, '0')}`,
      weight: 1 + Math.floor(rand() * 9),
      warrantyInformation: 'No warranty',
      shippingInformation: 'Ships in 2 days',
      availabilityStatus: stock === 0 ? 'Out of Stock' : stock < 10 ? 'Low Stock' : 'In Stock',
      returnPolicy: '7 days return policy',
      minimumOrderQuantity: 1 + Math.floor(rand() * 3),
      images: [`${base}/img/${noun}.svg`],
      thumbnail: `${base}/img/${noun}.svg`,
    });
  }
  return products;
}

const isNum = (v) => v !== undefined && !Number.isNaN(Number(v));

function list(found, q) {
  const limit = isNum(q.get('limit')) ? parseInt(q.get('limit'), 10) : 30;
  const skip = isNum(q.get('skip')) ? parseInt(q.get('skip'), 10) : 0;
  let page = found.slice(skip);
  if (limit > 0) page = page.slice(0, limit);
  const select = q.get('select');
  if (select) {
    const keys = ['id', ...select.split(',')];
    page = page.map((p) => Object.fromEntries(keys.filter((k) => k in p).map((k) => [k, p[k]])));
  }
  return { products: page, total: found.length, skip, limit: page.length };
}

function svg(noun) {
  const hue = (NOUNS.indexOf(noun) * 37) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="hsl(${hue} 60% 70%)"/></svg>`;
}

export async function startCatalogApi({ count = 10_000, port = 0, host = '127.0.0.1' } = {}) {
  const sockets = new Set();
  let products = [];
  const categories = CATEGORIES.map((slug) => ({ slug, name: title(slug.replace('-', ' ')), url: '' }));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Methods': 'GET,POST', 'Access-Control-Allow-Headers': '*', 'Access-Control-Max-Age': '600' });
      return res.end();
    }
    const q = url.searchParams;
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === 'img') {
      const body = svg(parts[1].replace(/\.svg$/, ''));
      res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' });
      return res.end(body);
    }
    const delay = Number(q.get('delay') || 0);
    if (delay > 0) await new Promise((ok) => setTimeout(ok, Math.min(delay, 5000)));
    let status = 200;
    let payload;
    if (parts[0] !== 'products' && parts[0] !== 'product') { status = 404; payload = { message: 'not found' }; }
    else if (parts.length === 1) payload = list(products, q);
    else if (parts[1] === 'search') {
      const needle = (q.get('q') || '').trim().toLowerCase();
      payload = list(products.filter((p) => p.title.toLowerCase().includes(needle)
        || p.description.toLowerCase().includes(needle)), q);
    } else if (parts[1] === 'categories') payload = categories;
    else if (parts[1] === 'category-list') payload = CATEGORIES;
    else if (parts[1] === 'category' && parts[2]) payload = list(products.filter((p) => p.category === parts[2]), q);
    else {
      const p = products.find((x) => String(x.id) === parts[1]);
      if (p) payload = p; else { status = 404; payload = { message: `Product with id '${parts[1]}' not found` }; }
    }
    const raw = Buffer.from(JSON.stringify(payload));
    const accept = String(req.headers['accept-encoding'] || '');
    const headers = { 'Content-Type': 'application/json; charset=utf-8', Vary: 'Accept-Encoding' };
    let body = raw;
    if (/\bbr\b/.test(accept)) {
      body = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
      headers['Content-Encoding'] = 'br';
    } else if (/\bgzip\b/.test(accept)) {
      body = gzipSync(raw);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(body);
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise((ok) => server.listen(port, host, ok));
  const base = `http://${host}:${server.address().port}`;
  products = makeCatalog(count, base);
  return {
    url: base,
    count,
    close: () => new Promise((ok) => { for (const s of sockets) s.destroy(); server.close(() => ok()); }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const api = await startCatalogApi({ port: Number(process.argv[2] || 0), count: Number(process.argv[3] || 10_000) });
  console.log(`catalog API with ${api.count} products on ${api.url}`);
  const stop = async () => { await api.close(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
