// A local stand-in for DummyJSON (https://dummyjson.com), used by the browser tests to exercise the
// app's *remote* API client without the public server: same paths, same JSON shapes, same quirks,
// plus test-only fault switches. Plain Node 20, no dependencies.
//
// The behaviour follows DummyJSON's own source (github.com/Ovi/DummyJSON, MIT): src/middleware/
// clean-request.js (query parsing, delay limits), src/controllers/product.js and cart.js. Where this
// file departs from it, a comment says so and why.
//
//   import { startStandin } from './tests/standin/server.mjs';
//   const api = await startStandin();          // { url, port, requests, reset, setFault, clearFaults, close }
//   node tests/standin/server.mjs [port]      // stays up until SIGINT/SIGTERM

import http from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const PRODUCTS = deepFreeze(JSON.parse(readFileSync(new URL('products.json', FIXTURES), 'utf8')));
const CATEGORIES = deepFreeze(JSON.parse(readFileSync(new URL('categories.json', FIXTURES), 'utf8')));
const CATEGORY_LIST = CATEGORIES.map((c) => c.slug);

/** DummyJSON answers every new cart with `carts.length + 1`: the same id for every cart. */
export const NEW_CART_ID = 51;
/** DummyJSON has users 1..208; `/carts/add` checks that the user exists. */
const USER_COUNT = 208;
const MAX_DELAY_MS = 5000;
/** express.json's default body limit on DummyJSON is 300kb. */
const MAX_BODY_BYTES = 300 * 1024;

const JSON_TYPE = 'application/json; charset=utf-8';
const FAULT_KINDS = ['500', 'malformed', 'hang', '429', '429-nocors'];
const CONTROL_PREFIXES = ['/__fault', '/__requests'];

class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

function deepFreeze(value) {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

// --- DummyJSON's helpers, same semantics (including their odd corners) ---------------------------

const isNumber = (v) => !Number.isNaN(Number(v));

const pick = (obj, keys) => Object.assign({}, ...keys.map((key) => ({ [key]: obj[key] })));

// limit=0 means "all"; a limit past the end returns everything.
const limitArray = (arr, limit) => (limit === 0 || limit > arr.length ? arr : arr.slice(0, limit));

function sortArray(arr, sortBy, order) {
  const copy = structuredClone(arr);
  return copy.sort((a, b) => {
    if (a[sortBy] === b[sortBy]) return 0;
    if (order === 'asc') return a[sortBy] > b[sortBy] ? 1 : -1;
    return a[sortBy] < b[sortBy] ? 1 : -1;
  });
}

/** Query parsing as DummyJSON's clean-request middleware does it; throws 400s the same way. */
function parseOptions(query) {
  const { limit = '30', skip = '0', q, delay, sortBy } = query;
  let { select, order } = query;

  if (!isNumber(limit)) throw new ApiError(`Invalid 'limit' - must be a number`, 400);
  if (!isNumber(skip)) throw new ApiError(`Invalid 'skip' - must be a number`, 400);

  let searchQuery = '';
  if (typeof q === 'string') {
    searchQuery = q.trim().toLowerCase().split('-').join(' ');
  } else if (q) {
    throw new ApiError(`Invalid 'q' - must be a string`, 400);
  }

  if (delay) {
    if (!isNumber(delay)) throw new ApiError('Delay must be a number in milliseconds', 400);
    if (Number(delay) > MAX_DELAY_MS) throw new ApiError('Delay cannot be greater than 5 seconds', 400);
    if (Number(delay) < 0) throw new ApiError('Delay cannot be less than 0', 400);
  }

  if (select) {
    // `select` always gains `id`.
    select = ['id', ...(Array.isArray(select) ? select : select.split(','))];
  }

  if (order && sortBy) {
    order = String(order).toLowerCase();
    if (!['asc', 'desc'].includes(order)) throw new ApiError(`Order can be: 'asc' or 'desc'`, 400);
  }
  if (sortBy && !order) order = 'asc';

  return {
    limit: parseInt(limit, 10),
    skip: parseInt(skip, 10),
    delay: parseInt(delay, 10) || 0,
    select: select || null,
    q: searchQuery,
    sortBy,
    order,
  };
}

/** The `{products, total, skip, limit}` envelope; `limit` is how many came back. */
function listOf(products, { limit, skip, select, sortBy, order }) {
  const total = products.length;
  let page = sortArray(products, sortBy, order);
  if (skip > 0) page = page.slice(skip);
  page = limitArray(page, limit);
  if (select) page = page.map((p) => pick(p, select));
  return { products: page, total, skip, limit: page.length };
}

// --- Endpoints -----------------------------------------------------------------------------------

function getProducts(opts) {
  return listOf(PRODUCTS, opts);
}

function searchProducts(opts) {
  // English title/description only: a Chinese `q` finds nothing, as on the real server.
  const found = PRODUCTS.filter(
    (p) => p.title.toLowerCase().includes(opts.q) || p.description.toLowerCase().includes(opts.q),
  );
  return listOf(found, opts);
}

function getProductsByCategory(slug, opts) {
  // An unknown category is not an error: 200 with an empty list.
  const found = PRODUCTS.filter((p) => p.category.toLowerCase() === slug.toLowerCase());
  return listOf(found, opts);
}

function getProductById(id, { select }) {
  // String comparison, as DummyJSON does: "007" or "abc" are simply not found.
  const product = PRODUCTS.find((p) => p.id.toString() === id);
  if (!product) throw new ApiError(`Product with id '${id}' not found`, 404);
  return select ? pick(product, select) : structuredClone(product);
}

function verifyUser(id) {
  const userId = (id || '').toString();
  if (!userId) throw new ApiError('User id is required', 400);
  if (!isNumber(userId)) throw new ApiError(`Invalid user id '${userId}'`, 400);
  const n = Number(userId);
  if (!(Number.isInteger(n) && n >= 1 && n <= USER_COUNT && String(n) === userId)) {
    throw new ApiError(`User with id '${userId}' not found`, 404);
  }
}

/**
 * POST /carts/add, with DummyJSON's quirks kept on purpose: nothing is stored, the id is always
 * the same, quantity 0 (or missing) becomes 1, negative quantities pass, and quantities are paired
 * with the *catalogue-ordered* matching products by position, so an unknown id or a different
 * order shifts them. Totals are raw float sums; discounted amounts are Math.round-ed per line.
 */
function addCart(body) {
  const { userId, products = [] } = body ?? {};
  verifyUser(userId);
  if (!Array.isArray(products)) {
    throw new ApiError('products must be array of objects, containing product id and quantity', 400);
  }
  if (!products.length) throw new ApiError('products can not be empty', 400);

  const productIds = [];
  const productQty = [];
  products.forEach((p) => {
    productIds.push(+(p.id || 0));
    productQty.push(+(p.quantity || 1));
  });

  const byIds = PRODUCTS.filter((p) => productIds.includes(p.id));

  let total = 0;
  let discountedTotal = 0;
  let totalQuantity = 0;
  const lines = byIds.map((p, idx) => {
    const quantity = productQty[idx];
    const priceWithQty = p.price * quantity;
    const discountedPrice = Math.round(priceWithQty * ((100 - p.discountPercentage) / 100));
    total += priceWithQty;
    discountedTotal += discountedPrice;
    totalQuantity += quantity;
    return {
      id: p.id,
      title: p.title,
      price: p.price,
      quantity,
      total: priceWithQty,
      discountPercentage: p.discountPercentage,
      discountedPrice,
      thumbnail: p.thumbnail,
    };
  });

  return {
    id: NEW_CART_ID,
    products: lines,
    total,
    discountedTotal,
    userId: +userId,
    totalProducts: lines.length,
    totalQuantity,
  };
}

/**
 * POST /products/add, as DummyJSON does it: nothing is stored, the answer is the body sent with
 * the next id after the catalogue (the same id every time).
 */
function addProduct(body) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ApiError('body must be an object', 400);
  return { id: PRODUCTS.length + 1, ...body };
}

/** Returns `[status, body]` or throws ApiError. `path` has no trailing slash. */
function route(method, path, opts, body) {
  // DummyJSON mounts every resource under both the singular and the plural name.
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'product') parts[0] = 'products';
  if (parts[0] === 'cart') parts[0] = 'carts';
  const isGet = method === 'GET' || method === 'HEAD';

  if (parts[0] === 'products' && isGet) {
    if (parts.length === 1) return [200, getProducts(opts)];
    if (parts.length === 2 && parts[1] === 'search') return [200, searchProducts(opts)];
    if (parts.length === 2 && parts[1] === 'categories') return [200, CATEGORIES];
    if (parts.length === 2 && parts[1] === 'category-list') return [200, CATEGORY_LIST];
    if (parts.length === 3 && parts[1] === 'category') return [200, getProductsByCategory(parts[2], opts)];
    if (parts.length === 2) return [200, getProductById(parts[1], opts)];
  }
  if (parts[0] === 'carts' && parts[1] === 'add' && parts.length === 2 && method === 'POST') {
    return [201, addCart(body)];
  }
  if (parts[0] === 'products' && parts[1] === 'add' && parts.length === 2 && method === 'POST') {
    return [201, addProduct(body)];
  }
  // Departure: the real server renders an HTML 404 page here; JSON is easier to assert on.
  throw new ApiError('not found', 404);
}

// --- Server --------------------------------------------------------------------------------------

function queryObject(searchParams) {
  const query = {};
  for (const [key, value] of searchParams) {
    if (key in query) query[key] = [].concat(query[key], value);
    else query[key] = value;
  }
  return query;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError('request entity too large', 413));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tryJson(text) {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Start a stand-in. `port: 0` picks a free port. Resolves once it listens.
 * @returns {Promise<{url: string, port: number, requests: object[], reset(): void,
 *   setFault(path: string, kind: string, times?: number): void, clearFaults(): void,
 *   faults: object[], close(): Promise<void>}>}
 */
export async function startStandin({ port = 0, host = '127.0.0.1', idempotent = false } = {}) {
  /** Every request received (control requests to /__fault and /__requests excepted). */
  const requests = [];
  /**
   * `idempotent`: a departure from DummyJSON, for the tests that check the shop's side of "never
   * sent twice" — POST /carts/add honours the Idempotency-Key header as a careful shop server
   * would: the first request with a key creates a cart (its key is listed in `created`), a
   * repeat gets the same answer and creates nothing.
   */
  const answered = new Map();
  const created = [];
  /** Active faults: {path, kind, remaining}; `path` is exact, or a prefix when it ends with `*`. */
  const faults = [];
  const sockets = new Set();
  const timers = new Set();

  function setFault(path, kind, times) {
    kind = String(kind);
    if (typeof path !== 'string' || !path.startsWith('/')) {
      throw new ApiError(`fault path must start with '/'`, 400);
    }
    if (!FAULT_KINDS.includes(kind)) {
      throw new ApiError(`fault kind must be one of ${FAULT_KINDS.join(', ')}`, 400);
    }
    if (times !== undefined && times !== null && !(Number.isInteger(times) && times > 0)) {
      throw new ApiError('fault times must be a positive integer (omit it for "until cleared")', 400);
    }
    faults.push({ path, kind, remaining: times ?? Infinity });
  }

  function clearFaults() {
    faults.length = 0;
  }

  /** The fault for this path, if any, used up by one. First set, first served. */
  function takeFault(path) {
    const index = faults.findIndex((f) =>
      f.path.endsWith('*') ? path.startsWith(f.path.slice(0, -1)) : f.path === path,
    );
    if (index < 0) return null;
    const fault = faults[index];
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.splice(index, 1);
    return fault.kind;
  }

  function wait(ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  }

  function send(res, status, payload, headers = {}) {
    if (res.destroyed || res.writableEnded) return;
    const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
    res.writeHead(status, {
      'Content-Type': JSON_TYPE,
      'Content-Length': Buffer.byteLength(body),
      ...headers,
    });
    res.end(body);
  }

  async function handleControl(req, res, path, rawBody) {
    if (path === '/__fault' && req.method === 'POST') {
      const spec = tryJson(rawBody);
      if (!spec || typeof spec !== 'object') throw new ApiError('body must be JSON {path, kind, times?}', 400);
      setFault(spec.path, spec.kind, spec.times);
      return send(res, 200, { ok: true, faults: describeFaults() });
    }
    if (path === '/__fault/clear' && req.method === 'POST') {
      clearFaults();
      return send(res, 200, { ok: true, faults: [] });
    }
    if (path === '/__fault' && req.method === 'GET') return send(res, 200, describeFaults());
    if (path === '/__requests' && req.method === 'GET') return send(res, 200, requests);
    if (path === '/__requests/reset' && req.method === 'POST') {
      requests.length = 0;
      return send(res, 200, { ok: true });
    }
    throw new ApiError('not found', 404);
  }

  function describeFaults() {
    return faults.map((f) => ({ path: f.path, kind: f.kind, times: Number.isFinite(f.remaining) ? f.remaining : null }));
  }

  async function handle(req, res) {
    const url = new URL(req.url, 'http://standin');
    const path = url.pathname;
    const query = queryObject(url.searchParams);

    // CORS as the public server: every answer is readable from any origin.
    // Departure: DummyJSON reflects the Origin with credentials allowed; `*` is stricter (a
    // credentialed fetch fails here), which keeps the app honest about not sending credentials.
    res.setHeader('Access-Control-Allow-Origin', '*');

    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET,HEAD,PUT,PATCH,POST,DELETE',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] || 'Content-Type',
        'Access-Control-Max-Age': '600',
        Vary: 'Access-Control-Request-Headers',
        'Content-Length': '0',
      });
      res.end();
      record(req, path, query, '');
      return;
    }

    let rawBody = '';
    try {
      rawBody = await readBody(req);
    } catch (err) {
      return send(res, err.status || 400, { message: err.message });
    }

    if (CONTROL_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) {
      return handleControl(req, res, path, rawBody);
    }

    record(req, path, query, rawBody);

    const fault = takeFault(path);
    if (fault === 'hang') return; // never answered; close() destroys the socket
    if (fault === '429' || fault === '429-nocors') {
      // The real rate limiter answers before its CORS middleware runs, so in a browser a real 429
      // looks like a network error: '429-nocors' reproduces that, '429' lets the app see the status.
      const headers = { 'Retry-After': '1' };
      if (fault === '429') headers['Access-Control-Expose-Headers'] = 'Retry-After';
      else res.removeHeader('Access-Control-Allow-Origin');
      return send(res, 429, { message: 'request limit exceeded, please wait a few seconds' }, headers);
    }

    // Trailing slash: DummyJSON redirects to the path without it.
    if (path.length > 1 && path.endsWith('/')) {
      const location = path.slice(0, -1).replace(/\/+/g, '/') + url.search;
      res.writeHead(301, { Location: location, 'Content-Length': '0' });
      return res.end();
    }

    let opts;
    try {
      opts = parseOptions(query);
    } catch (err) {
      return send(res, err.status, { message: err.message });
    }
    if (opts.delay > 0) await wait(opts.delay);

    if (fault === '500') return send(res, 500, { message: 'Something went wrong.' });
    if (fault === 'malformed') {
      // Status and type say JSON; the body is cut off mid-string.
      return send(res, 200, '{"products":[{"id":16,"title":"App');
    }

    // Like express.json(): only a JSON content type is parsed; anything else leaves an empty body.
    let body = {};
    const type = (req.headers['content-type'] || '').toLowerCase();
    if (rawBody && type.includes('json')) {
      try {
        body = JSON.parse(rawBody);
      } catch (err) {
        return send(res, 400, { message: err.message });
      }
    }

    const key = req.headers['idempotency-key'];
    const keyed = idempotent && req.method === 'POST' && path === '/carts/add' && typeof key === 'string' && key;
    if (keyed && answered.has(key)) {
      const [status, payload] = answered.get(key);
      return send(res, status, payload, { 'Idempotent-Replayed': 'true' });
    }
    try {
      const [status, payload] = route(req.method, path, opts, body);
      if (keyed && status < 300) {
        answered.set(key, [status, payload]);
        created.push(key);
      }
      return send(res, status, payload);
    } catch (err) {
      if (err instanceof ApiError) return send(res, err.status, { message: err.message });
      return send(res, 500, { message: err.message || 'Something went wrong.' });
    }
  }

  function record(req, path, query, rawBody) {
    requests.push({
      method: req.method,
      path,
      query,
      body: tryJson(rawBody),
      headers: { ...req.headers },
      time: Date.now(),
    });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => send(res, 500, { message: String(err?.message || err) }));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const actualPort = server.address().port;
  let closing = null;

  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    requests,
    faults,
    /** Keys of the carts created, in order (`idempotent` mode only). */
    created,
    reset() {
      requests.length = 0;
      answered.clear();
      created.length = 0;
    },
    setFault,
    clearFaults,
    /** Stops listening and destroys every open socket (hanging or delayed requests included). */
    close() {
      if (!closing) {
        closing = new Promise((resolve) => {
          for (const timer of timers) clearTimeout(timer);
          timers.clear();
          server.close(() => resolve());
          for (const socket of sockets) socket.destroy();
          sockets.clear();
        });
      }
      return closing;
    },
  };
}

// --- Run directly ----------------------------------------------------------------------------------

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 0);
  const standin = await startStandin({ port });
  console.log(`standin listening on ${standin.url}`);
  const stop = async () => {
    await standin.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
