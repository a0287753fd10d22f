// Offline-first: after one visit the service worker serves the whole app with the network off and
// the server stopped — every deep link reloads and renders; a new build is offered (never forced)
// and applied on a tap, with the old caches removed; the manifest is valid and its icons exist.
// Each test runs its own copy of dist/ on its own server, so the server can really be stopped.
import { test, expect, T, expectTitle, main, productTiles } from './helpers.mjs';
import { startServer } from '../support/serve.mjs';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test.use({ serviceWorkers: 'allow' });

let root;
let server;
let port;
test.beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'cunzhan-dist-'));
  cpSync('dist', root, { recursive: true });
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
  await expect.poll(() => productTiles(page).locator('img').evaluateAll((imgs) => imgs.every((i) => i.complete))).toBe(true);
  const broken = await productTiles(page).locator('img').evaluateAll((imgs) => imgs.filter((i) => i.naturalWidth === 0).length);
  expect(broken).toBe(0);
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
