// Personal data on a shared tablet: nothing about a villager in an address, a request or a log;
// "erase" really removes them from every store the origin has; a locked tablet shows neither a
// name nor a phone number.
//
// The villager is added through the form like a partner does it, with a name and a phone number
// found nowhere in the catalog or the locale files, so any place either turns up was put there by
// the app. Everything the browser does is recorded for the whole test (addresses navigated to,
// history states, requests with headers and bodies, console messages, page errors), and every
// store is read back whole — localStorage, sessionStorage, IndexedDB, Cache Storage, the origin's
// private file system, cookies, window.name, history.state — not only the app's own keys.
// Locked (by hand, or by the idle timer on the very screen), the text, the markup with its
// attributes, the form fields, the accessible tree and the title must hold neither name nor phone.
// The first test checks the checkers: each one must find a name planted where it looks.
import {
  test, expect, T, fill, expectTitle, main, productTiles, openPartner, seedStation, installClock,
  villagerRecord, orderRecord, cartLine, PRODUCTS, CATEGORIES, STANDIN_PRODUCTS, STANDIN_CATEGORIES, cartPosts
} from './helpers.mjs';

// The stand-in: helpers.mjs's `api` fixture, bound here for this file's helper functions.
let api;
test.beforeEach(({ api: standin }) => {
  api = standin;
});

// Independent tests (each its own page, the stand-in reset per test): two workers may share them.
test.describe.configure({ mode: 'parallel' });

const t = T.zh;

/** The villager. Neither string occurs in the catalog, the locales or the build. */
const NAME = '欧阳翠芬';
const VILLAGE = '五组';
/** As a partner types it (country code, dashes); the app keeps the 11 digits. */
const PHONE_TYPED = '+86 150-7194-6283';
const PHONE = '15071946283';
const PHONE_GROUPED = '150 7194 6283';

// ---------------------------------------------------------------------------------------------
// Finding the villager in a piece of text.

/** `\uXXXX` escapes of a string (how JSON may write it), lower-case hex. */
const uEscaped = (s) => [...s].map((c) => `\\u${c.codePointAt(0).toString(16).padStart(4, '0')}`).join('');

/**
 * What counts as the villager: the name (as is, URL-encoded, JSON-escaped), the phone number
 * (matched also with its separators taken out, so "150 7194 6283" or "150-7194-6283" is found),
 * and, once known, the id the tablet gave them.
 */
function needlesFor({ id = null } = {}) {
  const list = [
    { what: 'name', value: NAME },
    { what: 'name, URL-encoded', value: encodeURIComponent(NAME) },
    { what: 'name, \\u-escaped', value: uEscaped(NAME) },
    { what: 'phone', value: PHONE, loose: true },
  ];
  if (id) list.push({ what: 'villager id', value: id });
  return list;
}

/** Separators a phone number is written with (and %20, for addresses). */
const SEPARATORS = /%20|[\s\-‐‑–—.()/+\u3000\u00a0]/g;

/** The needles found in `text` (case-insensitive: URL and \u escapes come in either case). */
function found(text, needles) {
  const hay = String(text ?? '').toLowerCase();
  const loose = hay.replace(SEPARATORS, '');
  return needles
    .filter((n) => hay.includes(n.value.toLowerCase()) || (n.loose && loose.includes(n.value.toLowerCase())))
    .map((n) => n.what);
}

/** Every `{where, text}` that holds a needle, as `where: what` lines (empty when clean). */
function leaks(items, needles) {
  return items.flatMap(({ where, text }) => found(text, needles).map((what) => `${where}: ${what}`));
}

/** Decoded forms of an address, so an encoded name is found however it was encoded. */
function urlForms(url) {
  const forms = [url];
  try { forms.push(decodeURIComponent(url)); } catch { /* not decodable: the raw form is enough */ }
  try { forms.push(decodeURIComponent(url.replace(/\+/g, ' '))); } catch { /* same */ }
  return forms.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Recording what the browser does.

/**
 * Records, for the page's whole life: every address the page showed (main-frame navigations,
 * including the router's pushState ones, and every history call with its state), every request
 * the page or a worker sent (address, method, headers, body), every console message of the page
 * and of the service worker, and every page error. Call before the first `goto`.
 */
async function record(page) {
  const rec = { urls: [], history: [], requests: [], console: [], errors: [] };
  const context = page.context();
  page.on('framenavigated', (frame) => rec.urls.push(frame.url()));
  // The context sees requests a service worker makes too.
  context.on('request', (r) => rec.requests.push({
    url: r.url(), method: r.method(), headers: r.headers(), body: r.postData() ?? '',
  }));
  const onConsole = (from) => (m) => rec.console.push(`${from} ${m.type()}: ${m.text()} @ ${m.location()?.url ?? ''}`);
  page.on('console', onConsole('page'));
  const watchWorker = (w) => w.on('console', onConsole(`worker ${w.url()}`));
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  page.on('pageerror', (e) => rec.errors.push(`${e.name}: ${e.message}\n${e.stack ?? ''}`));
  // History calls, with their state objects (a name kept in history.state would outlive a screen).
  await page.exposeBinding('__privacyHistory', (_source, entry) => rec.history.push(entry));
  await page.addInitScript(() => {
    const note = (how, state) => {
      let kept;
      try { kept = JSON.stringify(state); } catch { kept = String(state); }
      window.__privacyHistory?.({ how, url: location.href, state: kept, title: document.title });
    };
    for (const method of ['pushState', 'replaceState']) {
      const original = History.prototype[method];
      History.prototype[method] = function (state, ...rest) {
        const result = original.call(this, state, ...rest);
        note(method, state);
        return result;
      };
    }
    addEventListener('popstate', (e) => note('popstate', e.state));
    addEventListener('hashchange', () => note('hashchange', history.state));
  });
  return rec;
}

/** Where the page is now, as the browser holds it (the final history entry). */
async function whereNow(page) {
  return page.evaluate(() => ({
    href: location.href, state: JSON.stringify(history.state), title: document.title, length: history.length,
  }));
}

/** What the recording holds that names the villager (empty when nothing does). */
function recordedLeaks(rec, needles, { urls = true } = {}) {
  const items = [
    ...rec.requests.flatMap((r, i) => [
      { where: `request #${i} ${r.method} ${r.url} (address)`, text: urlForms(r.url) },
      { where: `request #${i} ${r.method} ${r.url} (headers)`, text: JSON.stringify(r.headers) },
      { where: `request #${i} ${r.method} ${r.url} (body)`, text: r.body },
    ]),
    ...rec.console.map((text, i) => ({ where: `console #${i}`, text })),
    ...rec.errors.map((text, i) => ({ where: `page error #${i}`, text })),
  ];
  if (urls) {
    items.push(
      ...rec.urls.map((u, i) => ({ where: `navigation #${i} ${u}`, text: urlForms(u) })),
      ...rec.history.map((h, i) => ({ where: `history #${i} ${h.how} ${h.url}`, text: `${urlForms(h.url)}\n${h.state}\n${h.title}` })),
    );
  }
  return leaks(items, needles);
}

// ---------------------------------------------------------------------------------------------
// Reading every store of the origin.

/**
 * Everything the origin keeps, as `{where, text}`: every localStorage and sessionStorage key and
 * value, every IndexedDB database and object store (keys and values), every Cache Storage cache
 * (each request's address, the response's headers and body text), the origin private file
 * system, document.cookie, window.name and history.state. Plus the cookie jar as the browser
 * holds it (HttpOnly ones too).
 */
async function dumpStores(page) {
  const items = await page.evaluate(async () => {
    const out = [];
    const put = (where, text) => out.push({ where, text: String(text ?? '') });
    for (const [label, storage] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]]) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        put(`${label} ${key}`, `${key}\n${storage.getItem(key)}`);
      }
    }
    put('document.cookie', document.cookie);
    put('window.name', window.name);
    put('history.state', JSON.stringify(history.state));

    // IndexedDB: every database the origin has, every store, all keys and values.
    const ask = (req) => new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const decoder = new TextDecoder();
    const plain = (_k, v) => {
      if (v instanceof ArrayBuffer) return decoder.decode(v);
      if (ArrayBuffer.isView(v)) return decoder.decode(v);
      if (v instanceof Map) return [...v.entries()];
      if (v instanceof Set) return [...v.values()];
      if (v instanceof Blob) return `[Blob ${v.size}]`;
      return v;
    };
    for (const info of await indexedDB.databases()) {
      const db = await ask(indexedDB.open(info.name));
      for (const name of db.objectStoreNames) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        const [keys, values] = await Promise.all([ask(store.getAllKeys()), ask(store.getAll())]);
        put(`indexedDB ${info.name}/${name}`, `${name}\n${JSON.stringify(keys, plain)}\n${JSON.stringify(values, plain)}`);
      }
      db.close();
    }
    put('indexedDB (database names)', (await indexedDB.databases()).map((d) => d.name).join('\n'));

    // Cache Storage: every cache, every entry, its address, headers and body.
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const headers = response ? [...response.headers.entries()].map((h) => h.join(': ')).join('\n') : '';
        const body = response ? await response.text() : '';
        put(`cache ${name} ${request.url}`, `${request.url}\n${headers}\n${body}`);
      }
    }
    put('cache (cache names)', (await caches.keys()).join('\n'));

    // The origin private file system.
    const walk = async (dir, path) => {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'file') put(`opfs ${path}${name}`, `${name}\n${await (await handle.getFile()).text()}`);
        else await walk(handle, `${path}${name}/`);
      }
    };
    if (navigator.storage?.getDirectory) await walk(await navigator.storage.getDirectory(), '/');
    return out;
  });
  const cookies = await page.context().cookies();
  items.push({ where: 'cookie jar', text: JSON.stringify(cookies) });
  return items;
}

/** Which stores hold the villager (empty when none does). */
async function storeLeaks(page, needles) {
  return leaks(await dumpStores(page), needles);
}

// ---------------------------------------------------------------------------------------------
// Reading the screen.

/**
 * What the screen shows and says: the visible text, the whole document's markup (attributes —
 * aria-label, title, alt, href — included), the values in form fields (a property, not markup),
 * the accessible tree as a screen reader gets it, and the document's title.
 */
async function screenTexts(page) {
  const parts = await page.evaluate(() => ({
    text: document.body.innerText,
    markup: document.documentElement.outerHTML,
    fields: [...document.querySelectorAll('input, textarea, select')].map((e) => e.value).join('\n'),
    title: document.title,
  }));
  const aria = await page.locator('body').ariaSnapshot();
  return [
    { where: 'innerText', text: parts.text },
    { where: 'outerHTML', text: `${parts.markup}\n${urlForms(parts.markup)}` },
    { where: 'field values', text: parts.fields },
    { where: 'accessible tree', text: aria },
    { where: 'document.title', text: parts.title },
  ];
}

/** What on the screen names the villager (empty when nothing does). */
async function screenLeaks(page, needles) {
  return leaks(await screenTexts(page), needles);
}

// ---------------------------------------------------------------------------------------------
// Driving the app.

const servingBar = (page) => page.locator('aside.serving-bar');
const partnerLink = (page) => page.locator('header').getByRole('link', { name: t.partner.title, exact: true });
const titleOf = (p) => p.titleZh ?? p.title;

/**
 * Moves to another screen inside the running app, as a link tap does. (`page.goto` would restart
 * the app, and a restart locks partner mode by itself: not what these tests are about.)
 */
async function visit(page, path) {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
  await expect(page).toHaveURL((u) => `${u.pathname}${u.search}` === path);
}

/** The id the tablet gave the villager (read back from its store). */
async function villagerId(page) {
  return page.evaluate((name) => {
    const items = JSON.parse(localStorage.getItem('cunzhan.villagers') || '{"items":[]}').items;
    return items.find((v) => v.name === name)?.id ?? null;
  }, NAME);
}

/**
 * A partner's session, all through the screens: add the villager with the form (a phone with
 * country code and dashes), find them by name and by phone, look at their record, serve them,
 * fill their cart from a tile and from a product screen, read the order back, confirm.
 * `query` carries `?api=` for the remote backend. Returns the villager's id and the order's id.
 */
async function partnerSession(page, { query = '', category, products }) {
  const [a, b] = products;
  await page.goto(`/villagers${query}`);
  await openPartner(page);
  await expectTitle(page, t.villagers.title);

  await main(page).getByRole('link', { name: t.villagers.add }).click();
  await expectTitle(page, t.villagers.new_title);
  await page.getByLabel(t.villagers.name).fill(NAME);
  await page.getByLabel(t.villagers.village).fill(VILLAGE);
  await page.getByLabel(t.villagers.phone).fill(PHONE_TYPED);
  await main(page).getByRole('button', { name: t.villagers.save }).click();
  await expectTitle(page, t.villagers.title);
  const row = main(page).locator('.villager-row').filter({ hasText: NAME });
  await expect(row).toContainText(PHONE_GROUPED);
  const id = await villagerId(page);
  expect(id).toBeTruthy();

  // The list's search: by name, then by a part of the number (it must stay on the tablet).
  const search = main(page).getByRole('searchbox', { name: t.villagers.search });
  await search.fill(NAME);
  await expect(row).toBeVisible();
  await search.fill(PHONE.slice(3, 7));
  await expect(row).toBeVisible();
  await search.fill('');

  // The record itself (its address carries the tablet's id, never the name).
  await row.getByRole('link', { name: t.villagers.edit }).click();
  await expectTitle(page, t.villagers.edit_title);
  await expect(page.getByLabel(t.villagers.name)).toHaveValue(NAME);
  await expect(page.getByLabel(t.villagers.phone)).toHaveValue(PHONE_GROUPED);
  await main(page).getByRole('link', { name: t.villagers.cancel }).click();
  await expectTitle(page, t.villagers.title);

  await row.getByRole('button', { name: t.villagers.serve }).click();
  await expect(servingBar(page)).toContainText(fill(t.serving.now, { name: NAME }));

  // One product from its tile, one from its own screen.
  await main(page).getByRole('link', { name: category, exact: true }).click();
  await productTiles(page).filter({ hasText: titleOf(a) }).getByRole('button', { name: t.cart.add, exact: true }).click();
  await productTiles(page).filter({ hasText: titleOf(b) }).getByRole('link').first().click();
  await expectTitle(page, titleOf(b));
  await main(page).getByRole('button', { name: t.cart.add, exact: true }).click();
  await expect(main(page).getByRole('button', { name: t.cart.add_more })).toBeVisible();

  await servingBar(page).locator('a[href="/cart"]').click();
  await expectTitle(page, fill(t.cart.title_of, { name: NAME }));
  await expect(main(page).locator('.cart-line')).toHaveCount(2);
  await main(page).getByRole('link', { name: t.cart.to_confirm }).click();
  await expectTitle(page, t.confirm.title);

  // Read back: this headless browser has no voice, so the words (with the name) show as a
  // caption; the partner closes it after reading. (What a lock does to it: its own test below.)
  await main(page).getByRole('button', { name: t.confirm.read }).click();
  await expect(page.locator('.caption')).toContainText(NAME);
  await page.locator('.caption').getByRole('button', { name: t.speak.close }).click();
  await expect(page.locator('.caption')).toHaveCount(0);

  await main(page).getByRole('button', { name: t.confirm.ok }).click();
  await expect(page).toHaveURL(/\/orders\/CZ-\d{8}-\d{4}A*$/);
  await expect(main(page).locator('.code-digits')).toHaveText(/^\d{6}$/);
  await expect(main(page).locator('.status')).toHaveText(t.orders.sent, { timeout: 15_000 });
  const orderId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());

  await main(page).getByRole('link', { name: t.orders.all }).click();
  await expect(main(page).locator('.order-row').filter({ hasText: NAME })).toHaveCount(1);
  return { id, orderId };
}

/** Erases the villager from the settings screen, as the partner does when asked to. */
async function eraseVillager(page) {
  await partnerLink(page).click();
  await main(page).getByRole('link', { name: t.partner.settings }).click();
  await expectTitle(page, t.settings.title);
  const row = main(page).locator('.villager-row').filter({ hasText: NAME });
  await row.getByRole('button', { name: t.settings.erase }).click();
  await expect(row.getByText(fill(t.settings.erase_ask, { name: NAME }))).toBeVisible();
  await row.getByRole('button', { name: t.common.yes }).click();
  await expect(main(page).locator('.villager-row').filter({ hasText: NAME })).toHaveCount(0);
}

/**
 * After the erase: no store holds the villager (nor their id); the screen shows nothing of them;
 * after a restart no screen does — while the order itself is kept, without the person.
 */
async function expectErasedEverywhere(page, { id, orderId }) {
  const needles = needlesFor({ id });
  expect(await storeLeaks(page, needles), 'stores after the erase').toEqual([]);
  expect(await screenLeaks(page, needles), 'the settings screen after the erase').toEqual([]);

  await page.reload();
  await openPartner(page);
  await expectTitle(page, t.settings.title);
  expect(await storeLeaks(page, needles), 'stores after a restart').toEqual([]);
  const screens = [
    ['/villagers', () => expect(main(page).getByText(t.villagers.none)).toBeVisible()],
    [`/villagers/${id}`, () => expect(main(page).getByText(t.villagers.missing)).toBeVisible()],
    ['/cart', () => expect(main(page).getByText(t.cart.nobody)).toBeVisible()],
    ['/orders', () => expect(main(page).locator('.order-row')).toContainText(t.orders.erased)],
    [`/orders/${encodeURIComponent(orderId)}`, () => expect(main(page).locator('.villager-name')).toHaveText(t.orders.erased)],
    ['/station', () => expectTitle(page, t.station.title)],
    ['/parcels', () => expectTitle(page, t.parcels.title)],
    ['/settings', () => expectTitle(page, t.settings.title)],
    ['/', () => expect(main(page).getByRole('link', { name: t.parcels.link })).toBeVisible()],
  ];
  for (const [path, ready] of screens) {
    await visit(page, path);
    await ready();
    expect(await screenLeaks(page, needles), `screen ${path} after a restart`).toEqual([]);
  }
  // The order is still there for the station's accounts: only the person is gone.
  const orders = await page.evaluate(() => JSON.parse(localStorage.getItem('cunzhan.orders')).items);
  expect(orders.map((o) => [o.id, o.villager_id, o.villager_name])).toEqual([[orderId, null, '']]);
}

/**
 * Nothing the browser sent, logged or navigated to names the villager. The id is allowed in the
 * app's own addresses (`/villagers/<id>` is the record's screen: an opaque random id, never the
 * name), but never in what the app sends or logs: a request's address, body or headers (the
 * Referer aside: the browser adds it from the address, see the test of its own below).
 */
function expectNothingRecorded(rec, { id }) {
  expect(recordedLeaks(rec, needlesFor(), { urls: true }), 'addresses, history, requests, console').toEqual([]);
  const withoutReferer = {
    ...rec,
    requests: rec.requests.map(({ headers: { referer, ...headers }, ...r }) => ({ ...r, headers })),
  };
  expect(recordedLeaks(withoutReferer, needlesFor({ id }), { urls: false }), 'requests, console (the id)').toEqual([]);
}

// ---------------------------------------------------------------------------------------------

const remote = () => `?api=${encodeURIComponent(api.url)}`;

test('the checks find the villager wherever they look (a name planted in each place)', async ({ page }) => {
  // Each checker below must be able to fail: plant the villager once in every place it reads and
  // see each place reported. A checker that reported nothing here would prove nothing elsewhere.
  const id = 'f3a9c2d4e5b60718293a4b5c6d7e8f90';
  const rec = await record(page);
  await page.goto('/');
  await expect(main(page).getByRole('link', { name: CATEGORIES[0].nameZh, exact: true })).toBeVisible();
  expect(await storeLeaks(page, needlesFor({ id })), 'a fresh tablet').toEqual([]);

  await page.evaluate(async ({ NAME, PHONE_TYPED, id, escaped }) => {
    localStorage.setItem('planted', JSON.stringify({ name: NAME }));
    localStorage.setItem('planted-escaped', `{"name":"${escaped}"}`);
    sessionStorage.setItem('planted', `tel:${PHONE_TYPED}`);
    document.cookie = `planted=${id}; path=/`;
    window.name = encodeURIComponent(NAME);
    const db = await new Promise((resolve) => {
      const req = indexedDB.open('planted', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('people');
      req.onsuccess = () => resolve(req.result);
    });
    await new Promise((resolve) => {
      const tx = db.transaction('people', 'readwrite');
      tx.objectStore('people').put({ phone: '150 7194 6283' }, 'someone');
      tx.oncomplete = resolve;
    });
    db.close();
    const cache = await caches.open('planted');
    await cache.put(`/planted?who=${encodeURIComponent(NAME)}`, new Response('{}'));
    await cache.put('/planted-body', new Response(JSON.stringify({ who: NAME })));
    const file = await (await navigator.storage.getDirectory()).getFileHandle('planted.txt', { create: true });
    const writable = await file.createWritable();
    await writable.write(`${NAME}\n`);
    await writable.close();
    console.log('serving', NAME);
    await fetch(`/robots.txt?q=${encodeURIComponent(NAME)}`);
    await fetch('/robots.txt', { method: 'POST', body: JSON.stringify({ phone: '150-7194-6283' }) }).catch(() => {});
    history.pushState({ who: NAME }, '', `/no/such/page?who=${encodeURIComponent(NAME)}`);
    document.title = NAME;
    const field = document.createElement('input');
    field.value = PHONE_TYPED;
    const label = document.createElement('button');
    label.setAttribute('aria-label', `call ${NAME}`);
    const words = document.createElement('p');
    words.textContent = `for ${NAME}`;
    document.body.append(field, label, words);
  }, { NAME, PHONE_TYPED, id, escaped: uEscaped(NAME) });

  const stores = await storeLeaks(page, needlesFor({ id }));
  for (const where of [
    'localStorage planted: name', 'localStorage planted-escaped: name, \\u-escaped', 'sessionStorage planted: phone',
    'document.cookie: villager id', 'cookie jar: villager id', 'window.name: name, URL-encoded', 'history.state: name',
    'indexedDB planted/people: phone', 'opfs /planted.txt: name',
  ]) {
    expect(stores, where).toContain(where);
  }
  expect(stores.filter((s) => s.startsWith('cache planted'))).toHaveLength(2);

  const screen = await screenLeaks(page, needlesFor());
  for (const where of ['innerText: name', 'outerHTML: name', 'field values: phone', 'accessible tree: name', 'document.title: name']) {
    expect(screen, where).toContain(where);
  }

  const recorded = recordedLeaks(rec, needlesFor(), { urls: true });
  for (const pattern of [/^console #\d+: name$/, /^request #\d+ GET .*robots\.txt\?q=.*\(address\): name$/,
    /^request #\d+ POST .*robots\.txt \(body\): phone$/, /^navigation #\d+ .*: name$/, /^history #\d+ pushState .*: name$/]) {
    expect(recorded.some((r) => pattern.test(r)), `${pattern} in ${JSON.stringify(recorded)}`).toBe(true);
  }
});

test('embedded backend: a whole session leaves no name or phone in addresses, requests or logs; erase removes the villager from every store', async ({ page }) => {
  test.setTimeout(90_000);
  const rec = await record(page);
  const ids = await partnerSession(page, {
    category: CATEGORIES[0].nameZh,
    products: [PRODUCTS[0], PRODUCTS[4]],
  });
  // Before the erase the tablet does hold the villager (so the sweep below can see one).
  expect(await storeLeaks(page, needlesFor(ids))).toEqual(expect.arrayContaining(['localStorage cunzhan.villagers: name']));

  await eraseVillager(page);
  await expectErasedEverywhere(page, ids);

  const final = await whereNow(page);
  expect(found(`${urlForms(final.href)}\n${final.state}\n${final.title}`, needlesFor())).toEqual([]);
  // The recording is not empty: it saw the app's own addresses and files.
  expect(rec.urls.some((u) => u.includes(`/villagers/${ids.id}`))).toBe(true);
  expect(rec.requests.some((r) => r.url.endsWith('/data/products.json'))).toBe(true);
  expectNothingRecorded(rec, ids);
});

test('remote backend: the order sent (POST /carts/add) and every other request carry no name, phone or villager id; erase removes them from every store', async ({ page }) => {
  test.setTimeout(90_000);
  const rec = await record(page);
  const [a, b] = [STANDIN_PRODUCTS[2], STANDIN_PRODUCTS[1]];
  const ids = await partnerSession(page, {
    query: remote(),
    category: STANDIN_CATEGORIES.find((c) => c.slug === a.category).name,
    products: [a, b],
  });

  // The one order went out, seen from both ends, with nothing but products and quantities.
  expect(cartPosts(api)).toHaveLength(1);
  const [post] = cartPosts(api);
  expect(Object.keys(post.body).sort()).toEqual(['products', 'userId']);
  expect(post.body.products.map((p) => Object.keys(p).sort())).toEqual([['id', 'quantity'], ['id', 'quantity']]);
  const sent = rec.requests.filter((r) => r.method === 'POST' && r.url.startsWith(`${api.url}/carts/add`));
  expect(sent).toHaveLength(1);
  expect(JSON.parse(sent[0].body)).toEqual(post.body);
  // What the shop's server received, address, headers and body, names nobody.
  const atServer = api.requests.map((r, i) => ({ where: `server #${i} ${r.method} ${r.path}`, text: `${urlForms(r.path)}\n${JSON.stringify(r.query)}\n${JSON.stringify(r.headers)}\n${JSON.stringify(r.body)}` }));
  expect(atServer.length).toBeGreaterThan(2);
  expect(leaks(atServer, needlesFor(ids))).toEqual([]);

  await eraseVillager(page);
  await expectErasedEverywhere(page, ids);
  expectNothingRecorded(rec, ids);
});

test('erase also reaches the copy of an unreadable collection the tablet kept aside', async ({ page }) => {
  // When a collection cannot be read at all, the app keeps its raw text under `<key>.corrupt`
  // for a technician (db.rs), rather than destroy it. Such a copy can hold the villager too: an
  // erase that leaves it there has not erased them.
  const villager = villagerRecord('9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a49', NAME, 2, { village: VILLAGE, phone: PHONE });
  const order = orderRecord({ id: 'CZ-20261121-4001', villager, lines: [cartLine(PRODUCTS[0], 1)] });
  await page.addInitScript(({ villager, order }) => {
    // Once per page (sessionStorage holds only the flag): a reload keeps what the app did.
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('cunzhan.villagers', JSON.stringify({ v: 1, items: [villager] }));
    // Written half-way (a write cut off by a power cut): not JSON any more.
    const whole = JSON.stringify({ v: 1, items: [order] });
    localStorage.setItem('cunzhan.orders', whole.slice(0, whole.length - 40));
  }, { villager, order });
  await page.goto('/settings');
  await expect(page.getByText(fill(t.store.lost, { count: 1 }))).toBeVisible();
  await openPartner(page);
  // The unreadable orders were kept aside, the villager's name in them.
  expect(await storeLeaks(page, needlesFor())).toContain('localStorage cunzhan.orders.corrupt: name');

  const row = main(page).locator('.villager-row').filter({ hasText: NAME });
  await row.getByRole('button', { name: t.settings.erase }).click();
  await row.getByRole('button', { name: t.common.yes }).click();
  await expect(main(page).locator('.villager-row').filter({ hasText: NAME })).toHaveCount(0);
  expect(await storeLeaks(page, needlesFor({ id: villager.id })), 'stores after the erase').toEqual([]);
});

test('the record screen\'s address, which holds the villager\'s id, is not handed on to the server as a Referer', async ({ page }) => {
  // The record's screen is `/villagers/<id>`. While it is open, the browser names it in the
  // Referer header of every request the page makes to its own host (pictures, the icon), unless
  // the app sets a referrer policy: the host's logs would then tie the tablet's id of a villager
  // to the visits of their record. The app's requests themselves are checked in the tests above.
  const rec = await record(page);
  const villager = villagerRecord('5e6f708192a3b4c5d6e7f8091a2b3c4d', NAME, 3, { village: VILLAGE, phone: PHONE });
  await seedStation(page, { villagers: [villager] });
  await page.goto('/villagers');
  await openPartner(page);
  const before = rec.requests.length;
  await main(page).locator('.villager-row').getByRole('link', { name: t.villagers.edit }).click();
  await expectTitle(page, t.villagers.edit_title);
  await expect(page.getByLabel(t.villagers.phone)).toHaveValue(PHONE_GROUPED);
  // The form's avatar choices are fetched from this screen: requests there are to look at.
  await expect.poll(() => rec.requests.slice(before).filter((r) => r.url.includes('/img/a/')).length).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  const sentFromRecord = rec.requests.slice(before);
  expect(recordedLeaks({ ...rec, requests: sentFromRecord, console: [], errors: [] }, needlesFor({ id: villager.id }), { urls: false }))
    .toEqual([]);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('its caches, filled during a whole session, hold nothing of an erased villager', async ({ page }) => {
    test.setTimeout(120_000);
    const rec = await record(page);
    // The worker installs (precaching the app) and takes the page over on the first visit; the
    // session then runs through it: the remote catalog's answers and pictures get cached too.
    await page.goto(`/${remote()}`);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
    const [a, b] = [STANDIN_PRODUCTS[2], STANDIN_PRODUCTS[1]];
    const ids = await partnerSession(page, {
      category: STANDIN_CATEGORIES.find((c) => c.slug === a.category).name,
      products: [a, b],
    });
    await eraseVillager(page);
    const stores = await dumpStores(page);
    const cached = stores.filter((s) => s.where.startsWith('cache cunzhan-'));
    // The worker really did cache: the app shell and the catalog's answers.
    expect(cached.some((s) => s.where.startsWith('cache cunzhan-shell-'))).toBe(true);
    expect(cached.some((s) => s.where.startsWith(`cache cunzhan-data ${api.url}/products`))).toBe(true);
    expect(leaks(stores, needlesFor(ids)), 'stores (caches included) after the erase').toEqual([]);
    await expectErasedEverywhere(page, ids);
    expectNothingRecorded(rec, ids);
  });
});

// ---------------------------------------------------------------------------------------------
// Locking.

const DAY = 86_400_000;

/**
 * A station where the villager is everywhere: being served with two products in the cart, one
 * parcel waiting at the station (shipped 3½ days ago) and one order still on its way.
 */
function lockStation(now) {
  const villager = villagerRecord('0a1b2c3d4e5f60718293a4b5c6d7e8f9', NAME, 3, { village: VILLAGE, phone: PHONE });
  const atStation = orderRecord({ id: 'CZ-20261120-3001', villager, code: '402719', lines: [cartLine(PRODUCTS[0], 2)], shippedAt: now - 3.5 * DAY });
  const onTheWay = orderRecord({ id: 'CZ-20261123-3002', villager, code: '518306', lines: [cartLine(PRODUCTS[4], 1)], shippedAt: now - DAY / 4 });
  return {
    villager,
    orderId: atStation.id,
    seed: {
      villagers: [villager],
      carts: [{ villager_id: villager.id, key: 'cart-key-lock', cart: { lines: [cartLine(PRODUCTS[1]), cartLine(PRODUCTS[2])] } }],
      orders: [atStation, onTheWay],
      serving: villager.id,
    },
  };
}

/**
 * The screens that show the villager while partner mode is open (each at least in the serving
 * bar), with what shows each is ready. `gated` screens are behind the PIN; the others stay open to
 * anyone. `publicScreen`: a screen for villagers, whose own content never shows a name whole.
 */
function lockScreens(station) {
  const { villager, orderId } = station;
  return [
    { path: '/', gated: false, ready: (page) => expect(servingBar(page)).toContainText(NAME) },
    { path: '/p/1', gated: false, ready: (page) => expectTitle(page, PRODUCTS[0].titleZh) },
    { path: '/villagers', gated: true, ready: (page) => expect(main(page).locator('.villager-row')).toContainText(PHONE_GROUPED) },
    { path: `/villagers/${villager.id}`, gated: true, ready: (page) => expect(page.getByLabel(t.villagers.phone)).toHaveValue(PHONE_GROUPED) },
    { path: '/cart', gated: true, ready: (page) => expectTitle(page, fill(t.cart.title_of, { name: NAME })) },
    { path: '/confirm', gated: true, ready: (page) => expect(main(page).locator('.villager-name')).toHaveText(NAME) },
    { path: '/orders', gated: true, ready: (page) => expect(main(page).locator('.order-row')).toHaveCount(2) },
    { path: `/orders/${orderId}`, gated: true, ready: (page) => expect(main(page).locator('.villager-name')).toHaveText(NAME) },
    {
      // The parcel at the station, with "tell the villager" open: the SMS link holds the phone.
      path: '/station', gated: true,
      ready: async (page) => {
        const row = main(page).locator('.parcel-row').filter({ hasText: NAME });
        await row.getByRole('button', { name: t.station.tell }).click();
        await expect(row.locator('a[href^="sms:"]')).toHaveAttribute('href', new RegExp(`^sms:${PHONE}\\?`));
      },
    },
    { path: '/settings', gated: true, ready: (page) => expect(main(page).locator('.villager-row')).toContainText(NAME) },
    { path: '/commission', gated: true, ready: (page) => expectTitle(page, t.commission.title) },
    // For villagers: names masked ("欧***"), never whole, locked or not.
    { path: '/parcels', gated: false, publicScreen: true, ready: (page) => expect(main(page).locator('.tile')).toHaveCount(1) },
  ];
}

/**
 * Before locking, the same check finds the villager on the screen (so the one after locking is
 * not an empty one). A villagers' screen's own content never shows the name whole, open or not.
 */
async function expectShownWhileOpen(page, screen, needles) {
  expect(await screenLeaks(page, needles), `${screen.path} while open`).toEqual(expect.arrayContaining(['innerText: name', 'outerHTML: name']));
  if (screen.publicScreen) {
    const own = await main(page).evaluate((m) => [m.innerText, m.outerHTML]);
    expect(leaks(own.map((text) => ({ where: 'main', text })), needles), `${screen.path}'s own content`).toEqual([]);
  }
}

/** After locking: nothing of the villager on screen, in the markup, the accessible tree or the title. */
async function expectHidden(page, screen, needles) {
  if (screen.gated) await expectTitle(page, t.partner.unlock_title);
  await expect(servingBar(page)).toHaveCount(0);
  expect(await screenLeaks(page, needles), `${screen.path}, locked`).toEqual([]);
}

test('locking by hand: no screen shows the name, phone or id of the villager being served', async ({ page }) => {
  test.setTimeout(120_000);
  const station = lockStation(Date.now());
  const needles = needlesFor({ id: station.villager.id });
  await seedStation(page, station.seed);
  await page.goto('/partner');
  await openPartner(page);
  for (const screen of lockScreens(station)) {
    await visit(page, screen.path);
    await screen.ready(page);
    await expectShownWhileOpen(page, screen, needles);
    // Lock from the partner's screen (the top bar's link, then "lock"), then come back the way
    // the next person at the tablet would: the back button.
    await partnerLink(page).click();
    await expectTitle(page, t.partner.title);
    await main(page).getByRole('button', { name: t.partner.lock, exact: true }).click();
    await expectHidden(page, { path: '/partner', gated: true }, needles);
    await page.goBack();
    await expect(page).toHaveURL((u) => u.pathname === screen.path);
    await expectHidden(page, screen, needles);
    if (!screen.gated) await partnerLink(page).click();
    await openPartner(page);
  }
});

test('the idle lock: on every screen that shows the villager, the name, phone and id go when it locks', async ({ page }) => {
  test.setTimeout(120_000);
  await installClock(page);
  const station = lockStation(Date.now());
  const needles = needlesFor({ id: station.villager.id });
  await seedStation(page, station.seed);
  await page.goto('/partner');
  await openPartner(page);
  for (const screen of lockScreens(station)) {
    await visit(page, screen.path);
    await screen.ready(page);
    await expectShownWhileOpen(page, screen, needles);
    // Left alone past the default five minutes, on this very screen. (The idle timer takes input
    // throttled: let the last one settle before the jump, or it would count as a touch after it.)
    await page.clock.runFor(500);
    await page.clock.fastForward('05:10');
    await expectHidden(page, screen, needles);
    if (!screen.gated) await partnerLink(page).click();
    await openPartner(page);
  }
});

test('a caption that said the villager\'s name is gone once partner mode locks', async ({ page }) => {
  // Headless Chromium has no voice, like many cheap tablets: what would be spoken is shown in the
  // caption bar at the bottom of every screen. Reading an order back puts the villager's name
  // there, and the "tell the villager" message at the station puts it there with the amount.
  test.setTimeout(60_000);
  await installClock(page);
  const station = lockStation(Date.now());
  const needles = needlesFor({ id: station.villager.id });
  await seedStation(page, station.seed);
  await page.goto('/confirm');
  await openPartner(page);
  const caption = page.locator('.caption');

  // Read back, then the tablet is left alone: the idle lock.
  await main(page).getByRole('button', { name: t.confirm.read }).click();
  await expect(caption).toContainText(NAME);
  await page.clock.runFor(500);
  await page.clock.fastForward('05:10');
  await expectTitle(page, t.partner.unlock_title);
  expect.soft(await screenLeaks(page, needles), 'the read-back caption after the idle lock').toEqual([]);

  // The station's message spoken, then locked by hand.
  await openPartner(page);
  // (Closed if it is still there, so that the next caption is the station's.)
  if (await caption.count()) await caption.getByRole('button', { name: t.speak.close }).click();
  await visit(page, '/station');
  const row = main(page).locator('.parcel-row').filter({ hasText: NAME });
  await row.getByRole('button', { name: t.station.tell }).click();
  await row.locator('.tell-box').getByRole('button', { name: t.speak.button }).click();
  await expect(caption).toContainText(NAME);
  await partnerLink(page).click();
  await main(page).getByRole('button', { name: t.partner.lock, exact: true }).click();
  await expectTitle(page, t.partner.unlock_title);
  expect.soft(await screenLeaks(page, needles), 'the station message caption after locking by hand').toEqual([]);
});
