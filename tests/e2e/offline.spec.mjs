// Offline-first: after one visit the service worker serves the whole app with the network off and
// the server stopped — every deep link reloads and renders; an order placed offline against a
// remote shop waits on the tablet and goes out exactly once when the network is back; a new build
// is offered (never forced) and applied on a tap, with the old caches removed; the manifest is
// valid and its icons exist.
// Each test runs its own copy of dist/ on its own server, so the server can really be stopped.
import { test, expect, T, fill, expectTitle, main, productTiles, openPartner, storedOrders, STANDIN_PRODUCTS, parcelLinkPath } from './helpers.mjs';
import { startServer } from '../support/serve.mjs';
import { startStandin } from '../standin/server.mjs';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test.use({ serviceWorkers: 'allow' });

// The build under test: dist/ unless CUNZHAN_DIST names another copy.
const DIST = process.env.CUNZHAN_DIST || 'dist';

let root;
let server;
let port;
test.beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'cunzhan-dist-'));
  cpSync(DIST, root, { recursive: true });
  server = await startServer({ root, port: 0 });
  port = server.port;
});
test.afterEach(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});
const at = (path) => `http://127.0.0.1:${port}${path}`;

/** Waits until the service worker controls the page (its first install claims open pages). */
async function controlled(page) {
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
}

const DEEP_LINKS = [
  ['/', (page) => expect(page.getByRole('link', { name: '粮油', exact: true })).toBeVisible()],
  ['/c/grain-oil', (page) => expect(productTiles(page)).toHaveCount(11)],
  ['/p/1', (page) => expectTitle(page, '东北大米 10斤')],
  ['/search?q=%E7%B1%B3', (page) => expect(productTiles(page).first()).toBeVisible()],
  ['/parcels', (page) => expectTitle(page, T.zh.parcels.title)],
  // Her parcel from the message's link: the card is in the address, the code was kept by the worker.
  [parcelLinkPath({
    order_id: 'CZ-20261130-4821', sent_at: Date.now() - 3 * 86_400_000, name: '王**', station: '', cash: 3_990, more: 0,
    items: [{ qty: 1, picture: 'bag-rice', category: 'grain-oil', title: '东北大米 10斤' }],
  }), (page) => expect(page.locator('main#main .my-parcel .cash-amount')).toHaveText('¥39.90')],
  ['/cart', (page) => expectTitle(page, /^(设置代购员密码|输入代购员密码)$/)],
  ['/orders/CZ-20261123-0001', (page) => expectTitle(page, /^(设置代购员密码|输入代购员密码)$/)],
  ['/station', (page) => expectTitle(page, /^(设置代购员密码|输入代购员密码)$/)],
  ['/no/such/page', (page) => expectTitle(page, T.zh.not_found.title)],
];

test('after one visit, every deep link reloads and renders with the network off and the server stopped', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto(at('/'));
  await expect(page.getByRole('link', { name: '粮油', exact: true })).toBeVisible();
  await controlled(page);
  await expect(page.locator('.net-status')).toContainText(T.zh.net.online);

  await server.close();
  await context.setOffline(true);
  await expect(page.locator('.net-status')).toContainText(T.zh.net.offline);
  for (const [path, ready] of DEEP_LINKS) {
    await page.goto(at(path));
    await ready(page);
    await expect(page.locator('.net-status')).toContainText(T.zh.net.offline);
  }
  // Pictures that were never seen fall back to the (precached) category pictogram.
  await page.goto(at('/c/grain-oil'));
  // (A failed picture is `complete` with no size until the app swaps in the pictogram: wait for
  // every picture to have loaded one, rather than for `complete`.)
  await expect(productTiles(page)).toHaveCount(11);
  const broken = () => productTiles(page).locator('img').evaluateAll((imgs) => imgs.filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.getAttribute('src')));
  await expect.poll(broken).toEqual([]);
});

test('an order placed offline with the worker in control goes out exactly once when the network is back', async ({ page, context }) => {
  test.setTimeout(90_000);
  const t = T.zh;
  const netStatus = page.locator('.net-status');
  const status = main(page).locator('.status');
  const [a, b] = STANDIN_PRODUCTS.filter((p) => p.category === 'groceries');
  // One tap on a tile adds the product's minimum.
  const qty = (p) => p.minimumOrderQuantity || 1;
  // The stand-in is stopped while offline and restarted on the same port: its request log is the
  // earlier instances' requests plus the current one's. (With a worker in control, page.route()
  // would not see the page's requests; the shop's own log sees everything that arrived.)
  let api = await startStandin({ port: 0 });
  const apiPort = api.port;
  const before = [];
  const cartPosts = () => [...before, ...api.requests].filter((r) => r.method === 'POST' && r.path === '/carts/add');
  try {
    // Online, first visit: the worker installs and takes control; after a reload every request
    // (the shop's product lists included) goes through it.
    await page.goto(at(`/?api=${encodeURIComponent(api.url)}`));
    await expect(page.getByRole('link', { name: 'Groceries', exact: true })).toBeVisible();
    await controlled(page);
    await page.reload();
    await expect(page.getByRole('link', { name: 'Groceries', exact: true })).toBeVisible();
    await expect(netStatus).toContainText(t.net.online);
    // The list once online, so the worker has it for later.
    await page.getByRole('link', { name: 'Groceries', exact: true }).click();
    await expect(productTiles(page).filter({ hasText: a.title })).toHaveCount(1);

    // A villager to serve (kept on the tablet only).
    await page.getByRole('link', { name: t.partner.title }).click();
    await openPartner(page);
    await main(page).getByRole('link', { name: t.partner.villagers }).click();
    await main(page).getByRole('link', { name: t.villagers.add }).click();
    await page.getByLabel(t.villagers.name).fill('王阿姨');
    await page.getByLabel(t.villagers.phone).fill('13812345678');
    await main(page).getByRole('button', { name: t.villagers.save }).click();
    await main(page).locator('.villager-row').filter({ hasText: '王阿姨' }).getByRole('button', { name: t.villagers.serve }).click();

    // The network drops and the shop is unreachable too.
    before.push(...api.requests);
    await api.close();
    await context.setOffline(true);
    await expect(netStatus).toContainText(t.net.offline);

    // Browse (the list comes from the worker's cache), fill the cart, read it back, ✓.
    await page.getByRole('link', { name: t.nav.home }).click();
    await page.getByRole('link', { name: 'Groceries', exact: true }).click();
    for (const p of [a, b]) {
      await productTiles(page).filter({ hasText: p.title }).getByRole('button', { name: t.cart.add, exact: true }).click();
    }
    await page.locator('aside.serving-bar').getByRole('link', { name: fill(t.serving.cart, { count: qty(a) + qty(b) }) }).click();
    await main(page).getByRole('link', { name: t.cart.to_confirm }).click();
    await expectTitle(page, t.confirm.title);
    await main(page).getByRole('button', { name: t.confirm.ok }).click();

    // Kept on the tablet and said to be waiting: on the order and in the network bar.
    await expect(main(page).locator('.code-digits')).toHaveText(/^\d{6}$/);
    await expect(status).toHaveText(t.orders.waiting);
    await expect(main(page).getByText(t.orders.waiting_note)).toBeVisible();
    await expect(netStatus).toContainText(t.net.offline);
    await expect(netStatus).toContainText(t.net.waiting_one);
    const orderUrl = page.url();
    // A flush period offline: still nothing has reached the shop.
    await page.waitForTimeout(3_500);
    await expect(status).toHaveText(t.orders.waiting);
    expect(cartPosts()).toHaveLength(0);

    // The network and the shop come back: exactly one order arrives, with its key.
    api = await startStandin({ port: apiPort });
    await context.setOffline(false);
    await expect.poll(() => cartPosts().length, { timeout: 15_000 }).toBe(1);
    await expect(status).toHaveText(t.orders.sent, { timeout: 15_000 });
    await expect(netStatus).toContainText(t.net.online);
    await expect(netStatus).not.toContainText(t.net.waiting_one);
    const [post] = cartPosts();
    const [order] = await storedOrders(page);
    expect(post.headers['idempotency-key']).toMatch(/^\S{16,}$/);
    expect(post.headers['idempotency-key']).toBe(order.key);
    expect(post.body).toEqual({ userId: 1, products: [a, b].sort((x, y) => x.id - y.id).map((p) => ({ id: p.id, quantity: qty(p) })) });
    expect(order.remote_cart).toBe(51);

    // A restart and a few flush periods later: still exactly one, still sent.
    await page.reload();
    await openPartner(page);
    await expect(status).toHaveText(t.orders.sent);
    expect(page.url()).toBe(orderUrl);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await page.waitForTimeout(10_000);
    expect(cartPosts()).toHaveLength(1);
    expect(await storedOrders(page)).toHaveLength(1);
  } finally {
    await api.close();
  }
});

test('a new build is offered, applied only on a tap, and the old cache removed', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(at('/'));
  await controlled(page);
  // (null while the page reloads)
  const shellCaches = () =>
    page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('cunzhan-shell-'))).catch(() => null);
  await expect.poll(shellCaches).toHaveLength(1);
  const [oldCache] = await shellCaches();
  await expect(page.getByRole('button', { name: T.zh.net.update })).toHaveCount(0);

  // A new build on the server (another version), found by the browser's update check.
  await server.close();
  const sw = join(root, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = "[0-9a-f]+"/, 'const VERSION = "0000000000000new"'));
  server = await startServer({ root, port });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

  // Offered, not forced: the app keeps running until the partner taps.
  const offer = page.getByRole('button', { name: T.zh.net.update });
  await expect(offer).toBeVisible({ timeout: 30_000 });
  // The new build is installed beside the old one, which still runs the page.
  expect((await shellCaches()).sort()).toEqual([oldCache, 'cunzhan-shell-0000000000000new'].sort());
  await offer.click();
  await expect.poll(shellCaches, { timeout: 30_000 }).toEqual(['cunzhan-shell-0000000000000new']);
  await expect(page.getByRole('link', { name: '粮油', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: T.zh.net.update })).toHaveCount(0);
});

test('the manifest is valid and its icons exist at their sizes', async ({ page }) => {
  await page.goto(at('/'));
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(at(href))).json();
  expect(manifest).toMatchObject({ short_name: '村站', start_url: '/', display: 'standalone', theme_color: '#0b5d3b' });
  expect(manifest.name).toContain('Cunzhan');
  const purposes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort();
  expect(purposes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const response = await page.request.get(at(icon.src));
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    // PNG header: width and height are big-endian at bytes 16 and 20.
    const size = `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
    expect(size).toBe(icon.sizes);
  }
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color);
});
