// Checks that the DummyJSON stand-in speaks the dialect the app's remote client is written against.
// Run: node --test tests/standin/
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { startStandin, NEW_CART_ID } from './server.mjs';

const FIXTURE = JSON.parse(readFileSync(new URL('./fixtures/products.json', import.meta.url), 'utf8'));
const CATEGORIES = JSON.parse(readFileSync(new URL('./fixtures/categories.json', import.meta.url), 'utf8'));

let api;

before(async () => {
  api = await startStandin({ port: 0 });
});
after(async () => {
  await api.close();
});
beforeEach(() => {
  api.reset();
  api.clearFaults();
});

async function get(path, init) {
  const res = await fetch(api.url + path, init);
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { res, status: res.status, json, text };
}

const postJson = (path, body) =>
  get(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

test('fixtures look like DummyJSON products', () => {
  assert.ok(FIXTURE.length >= 25 && FIXTURE.length <= 35);
  const fields = [
    'id', 'title', 'description', 'category', 'price', 'discountPercentage', 'rating', 'stock', 'tags',
    'sku', 'weight', 'dimensions', 'warrantyInformation', 'shippingInformation', 'availabilityStatus',
    'reviews', 'returnPolicy', 'minimumOrderQuantity', 'meta', 'images', 'thumbnail',
  ];
  for (const p of FIXTURE) {
    for (const f of fields) assert.ok(f in p, `product ${p.id} lacks ${f}`);
    assert.ok(['In Stock', 'Low Stock', 'Out of Stock'].includes(p.availabilityStatus));
    assert.match(p.thumbnail, /^https:\/\/cdn\.dummyjson\.com\/product-images\//);
    for (const r of p.reviews) {
      for (const f of ['rating', 'comment', 'date', 'reviewerName', 'reviewerEmail']) assert.ok(f in r);
    }
  }
  assert.ok(FIXTURE.some((p) => !('brand' in p)), 'brand is absent (not null) on some products');
  assert.ok(!FIXTURE.some((p) => p.brand === null));
  assert.ok(FIXTURE.some((p) => p.minimumOrderQuantity > p.stock));
  assert.ok(FIXTURE.some((p) => p.availabilityStatus === 'Out of Stock'));
  assert.ok(FIXTURE.some((p) => p.returnPolicy === 'No return policy'));
  assert.equal(new Set(FIXTURE.map((p) => p.category)).size, CATEGORIES.length);
});

test('GET /products: default limit 30, envelope, CORS and JSON type', async () => {
  const { res, json } = await get('/products');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.deepEqual(Object.keys(json), ['products', 'total', 'skip', 'limit']);
  assert.equal(json.total, FIXTURE.length);
  assert.equal(json.skip, 0);
  assert.equal(json.limit, Math.min(30, FIXTURE.length));
  assert.deepEqual(json.products[0], FIXTURE[0]);
});

test('limit is the count returned; limit=0 means all; skip', async () => {
  let { json } = await get('/products?limit=5&skip=3');
  assert.equal(json.limit, 5);
  assert.equal(json.skip, 3);
  assert.deepEqual(json.products.map((p) => p.id), FIXTURE.slice(3, 8).map((p) => p.id));

  ({ json } = await get('/products?limit=0'));
  assert.equal(json.products.length, FIXTURE.length);
  assert.equal(json.limit, FIXTURE.length);

  ({ json } = await get(`/products?limit=10&skip=${FIXTURE.length - 4}`));
  assert.equal(json.limit, 4, 'limit reports what came back, not what was asked');
});

test('select= returns only those fields plus id, and is recorded', async () => {
  const { json } = await get('/products?limit=3&select=title,price');
  for (const p of json.products) assert.deepEqual(Object.keys(p), ['id', 'title', 'price']);
  const seen = api.requests.find((r) => r.path === '/products');
  assert.equal(seen.method, 'GET');
  assert.equal(seen.query.select, 'title,price');
  assert.equal(seen.body, null);
  assert.equal(typeof seen.time, 'number');

  const one = await get(`/products/${FIXTURE[0].id}?select=title`);
  assert.deepEqual(one.json, { id: FIXTURE[0].id, title: FIXTURE[0].title });
});

test('sortBy + order', async () => {
  const asc = (await get('/products?limit=0&sortBy=price&order=asc&select=price')).json.products;
  const desc = (await get('/products?limit=0&sortBy=price&order=desc&select=price')).json.products;
  const prices = FIXTURE.map((p) => p.price).sort((a, b) => a - b);
  assert.deepEqual(asc.map((p) => p.price), prices);
  assert.deepEqual(desc.map((p) => p.price), [...prices].reverse());
  const bad = await get('/products?sortBy=price&order=up');
  assert.equal(bad.status, 400);
  assert.equal(bad.json.message, `Order can be: 'asc' or 'desc'`);
});

test('GET /products/{id}: found, unknown and non-numeric are 404 with a message', async () => {
  const ok = await get(`/products/${FIXTURE[1].id}`);
  assert.equal(ok.status, 200);
  assert.deepEqual(ok.json, FIXTURE[1]);

  const missing = await get('/products/999');
  assert.equal(missing.status, 404);
  assert.deepEqual(missing.json, { message: "Product with id '999' not found" });
  assert.equal(missing.res.headers.get('access-control-allow-origin'), '*');

  const word = await get('/products/abc');
  assert.equal(word.status, 404);
  assert.deepEqual(word.json, { message: "Product with id 'abc' not found" });
});

test('search: case-insensitive on English title/description; Chinese finds nothing', async () => {
  const { json } = await get('/products/search?q=PHONE');
  assert.ok(json.total >= 3);
  assert.equal(json.total, FIXTURE.filter((p) => /phone/i.test(p.title + p.description)).length);
  assert.ok(json.products.every((p) => /phone/i.test(p.title + p.description)));
  const zh = await get(`/products/search?q=${encodeURIComponent('苹果')}`);
  assert.equal(zh.status, 200);
  assert.deepEqual(zh.json, { products: [], total: 0, skip: 0, limit: 0 });
  const paged = await get('/products/search?q=shirt&limit=2&select=title');
  assert.equal(paged.json.limit, 2);
  assert.deepEqual(Object.keys(paged.json.products[0]), ['id', 'title']);
});

test('categories and category-list', async () => {
  const cats = await get('/products/categories');
  assert.deepEqual(cats.json, CATEGORIES);
  for (const c of cats.json) {
    assert.equal(c.url, `https://dummyjson.com/products/category/${c.slug}`);
    assert.equal(typeof c.name, 'string');
  }
  const list = await get('/products/category-list');
  assert.deepEqual(list.json, CATEGORIES.map((c) => c.slug));
});

test('category/{slug}: matches; unknown slug is 200 with an empty list', async () => {
  const slug = CATEGORIES[0].slug;
  const { json } = await get(`/products/category/${slug}?limit=0`);
  assert.equal(json.total, FIXTURE.filter((p) => p.category === slug).length);
  assert.ok(json.products.every((p) => p.category === slug));

  const none = await get('/products/category/tractors');
  assert.equal(none.status, 200);
  assert.deepEqual(none.json, { products: [], total: 0, skip: 0, limit: 0 });
});

test('delay= waits; above 5000 is a 400', async () => {
  const t0 = Date.now();
  const slow = await get('/products?limit=1&delay=300');
  assert.equal(slow.status, 200);
  assert.ok(Date.now() - t0 >= 280, 'answer came after the delay');

  const tooSlow = await get('/products?delay=5001');
  assert.equal(tooSlow.status, 400);
  assert.match(tooSlow.json.message, /Delay cannot be greater than 5 seconds/);
  assert.equal((await get('/products/categories?delay=9999')).status, 400);
  assert.equal((await get('/products/categories?delay=soon')).status, 400);
});

test('POST /carts/add: totals as raw floats, rounded discounts, same id every time', async () => {
  const { status, json } = await postJson('/carts/add', {
    userId: 1,
    products: [
      { id: 16, quantity: 2 }, // Bunch of Carrots 1.99, 15 %
      { id: 42, quantity: 3 }, // Bottled Spring Water 0.99, 8.5 %
    ],
  });
  assert.equal(status, 201);
  assert.equal(json.id, NEW_CART_ID);
  assert.equal(json.id, 51);
  assert.deepEqual(Object.keys(json), [
    'id', 'products', 'total', 'discountedTotal', 'userId', 'totalProducts', 'totalQuantity',
  ]);
  assert.deepEqual(Object.keys(json.products[0]), [
    'id', 'title', 'price', 'quantity', 'total', 'discountPercentage', 'discountedPrice', 'thumbnail',
  ]);
  assert.equal(json.products[1].total, 2.9699999999999998);
  assert.equal(json.total, 6.949999999999999);
  assert.equal(json.products[0].discountedPrice, 3);
  assert.equal(json.products[1].discountedPrice, 3);
  assert.equal(json.discountedTotal, 6);
  assert.equal(json.userId, 1);
  assert.equal(json.totalProducts, 2);
  assert.equal(json.totalQuantity, 5);

  const again = await postJson('/carts/add', { userId: 2, products: [{ id: 19, quantity: 1 }] });
  assert.equal(again.json.id, 51, 'nothing is stored; every new cart has the same id');

  const rec = api.requests.find((r) => r.path === '/carts/add');
  assert.deepEqual(rec.body.products[0], { id: 16, quantity: 2 });
});

test('POST /carts/add quirks: quantity 0 is 1, pairing by catalogue position', async () => {
  const zero = await postJson('/carts/add', { userId: 1, products: [{ id: 19, quantity: 0 }] });
  assert.equal(zero.json.products[0].quantity, 1);

  // Asked in reverse catalogue order: quantities stay in request order, products come back in
  // catalogue order, so they swap (DummyJSON does exactly this).
  const swapped = await postJson('/carts/add', {
    userId: 1,
    products: [{ id: 42, quantity: 3 }, { id: 16, quantity: 2 }],
  });
  assert.deepEqual(swapped.json.products.map((p) => [p.id, p.quantity]), [[16, 3], [42, 2]]);

  const unknownFirst = await postJson('/carts/add', {
    userId: 1,
    products: [{ id: 9999, quantity: 5 }, { id: 16, quantity: 1 }],
  });
  assert.deepEqual(unknownFirst.json.products.map((p) => [p.id, p.quantity]), [[16, 5]]);
});

test('POST /carts/add errors: missing userId, unknown user, empty products', async () => {
  const noUser = await postJson('/carts/add', { products: [{ id: 16, quantity: 1 }] });
  assert.equal(noUser.status, 400);
  assert.deepEqual(noUser.json, { message: 'User id is required' });

  const ghost = await postJson('/carts/add', { userId: 5000, products: [{ id: 16, quantity: 1 }] });
  assert.equal(ghost.status, 404);

  const empty = await postJson('/carts/add', { userId: 1, products: [] });
  assert.equal(empty.status, 400);

  // Not sent as JSON: like express.json(), the body is ignored, so the user id is "missing".
  const plain = await get('/carts/add', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain' },
    body: JSON.stringify({ userId: 1, products: [{ id: 16, quantity: 1 }] }),
  });
  assert.equal(plain.status, 400);
});

test('unknown path is a JSON 404; OPTIONS preflight is a 204 with CORS', async () => {
  const nf = await get('/nothing/here');
  assert.equal(nf.status, 404);
  assert.deepEqual(nf.json, { message: 'not found' });
  assert.equal(nf.res.headers.get('access-control-allow-origin'), '*');

  const pre = await fetch(`${api.url}/carts/add`, {
    method: 'OPTIONS',
    headers: {
      Origin: 'http://localhost:8080',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), '*');
  assert.match(pre.headers.get('access-control-allow-methods'), /POST/);
  assert.match(pre.headers.get('access-control-allow-headers'), /content-type/i);
});

test('fault switches over HTTP: 500 once, then normal again', async () => {
  const set = await postJson('/__fault', { path: '/products/categories', kind: '500', times: 1 });
  assert.equal(set.status, 200);
  const first = await get('/products/categories');
  assert.equal(first.status, 500);
  assert.equal(first.res.headers.get('access-control-allow-origin'), '*');
  const second = await get('/products/categories');
  assert.equal(second.status, 200);
  assert.ok(!api.requests.some((r) => r.path.startsWith('/__fault')), 'control calls are not recorded');
});

test('fault switches from the object: malformed, 429 until cleared, clear over HTTP', async () => {
  api.setFault('/products', 'malformed');
  const bad = await get('/products');
  assert.equal(bad.status, 200);
  assert.equal(bad.json, undefined, 'body is not valid JSON');
  assert.equal((await get('/products')).json, undefined, 'no times = until cleared');
  api.clearFaults();
  assert.equal((await get('/products')).status, 200);

  api.setFault('/products/*', '429');
  const limited = await get('/products/16');
  assert.equal(limited.status, 429);
  assert.equal(limited.res.headers.get('retry-after'), '1');
  assert.equal((await get('/products/search?q=a')).status, 429);
  await postJson('/__fault/clear', {});
  assert.equal((await get('/products/16')).status, 200);

  assert.throws(() => api.setFault('/products', 'explode'));
});

test('close() ends promptly with a hanging and a delayed request pending', async () => {
  const other = await startStandin();
  other.setFault('/products', 'hang');
  const hanging = new Promise((resolve) => {
    const req = http.get(`${other.url}/products`, () => resolve('answered'));
    req.on('error', () => resolve('socket closed'));
  });
  const delayed = fetch(`${other.url}/products/categories?delay=5000`).then(
    () => 'answered',
    () => 'socket closed',
  );
  // Let both requests reach the server.
  while (other.requests.length < 2) await new Promise((r) => setTimeout(r, 10));

  const t0 = Date.now();
  await other.close();
  assert.equal(await hanging, 'socket closed');
  assert.equal(await delayed, 'socket closed');
  assert.ok(Date.now() - t0 < 1000, `close took ${Date.now() - t0} ms`);
});
