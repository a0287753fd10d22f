// The first screens written into index.html and data/first/ (scripts/first-screen.mjs, public/
// boot.js): on a slow line a village link can be read, heard and tapped through before the app's
// wasm has arrived — home, a category with prices, a product, "no parcels" on a phone — in the
// saved language; the wasm is fetched only once that screen is drawn; the app then takes over the
// screen the address shows, and a wasm that never arrives leaves a way to try again.
import {
  test, expect, T, PRODUCTS, productTiles, expectTitle, fakeSpeech, savedSettings, storageKey, envelope, fill, parcelLinkPath,
  horizontalOverflow,
} from './helpers.mjs';

/** Holds the app's wasm back until `release()` is called (a village line, exaggerated). */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}

const boot = (page) => page.locator('#boot');
const bootTitle = (page) => boot(page).getByRole('heading', { level: 1 });
const path = (page) => new URL(page.url()).pathname;
const texts = (tiles) =>
  tiles.evaluateAll((lis) => lis.map((li) => [li.querySelector('.tile-name').textContent, li.querySelector('.price-amount').textContent]));

test('before the app: home, a category and a product open from taps, Back and Home work, and the app takes over where they led', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(bootTitle(page)).toHaveText(T.zh.home.title);
  await expect(boot(page).getByRole('status')).toBeHidden();
  await boot(page).getByRole('link', { name: '粮油', exact: true }).click();
  // A screen of its own, with prices, and no page load (that would restart the download).
  await expect(page).toHaveURL(/\/c\/grain-oil$/);
  await expect(bootTitle(page)).toHaveText('粮油');
  const tiles = boot(page).locator('ul.product-grid > li');
  await expect(tiles).toHaveCount(11);
  await expect(boot(page).getByRole('status')).toHaveText(T.zh.boot.opening);
  const first = PRODUCTS.find((p) => p.category === 'grain-oil');
  await tiles.first().click();
  await expect(page).toHaveURL(new RegExp(`/p/${first.id}$`));
  await expect(bootTitle(page)).toHaveText(first.titleZh);
  await expect(boot(page).locator('.price-big .price-amount')).toHaveText(/^¥\d+\.\d\d$/);
  await expect(boot(page).locator('.description')).toHaveText(first.descriptionZh);
  await page.goBack();
  await expect(bootTitle(page)).toHaveText('粮油');
  await expect(tiles).toHaveCount(11);
  await boot(page).getByRole('link', { name: T.zh.nav.home }).click();
  await expect(bootTitle(page)).toHaveText(T.zh.home.title);
  expect(path(page)).toBe('/');
  await page.goBack();
  await expect(bootTitle(page)).toHaveText('粮油');
  // The page was never loaded again: the boot screen is the same element all along.
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  release();
  await expect(productTiles(page)).toHaveCount(11);
  await expect(boot(page)).toHaveCount(0);
  expect(path(page)).toBe('/c/grain-oil');
  await expect(page.locator('main')).toHaveCount(1);
});

test('the wasm is fetched only once the first screen is drawn, and nothing preloads it', async ({ page }) => {
  const order = [];
  page.on('request', (r) => {
    const u = new URL(r.url()).pathname;
    if (u.endsWith('.wasm') || u.startsWith('/data/first/') || /\/cunzhan-[0-9a-f]+\.js$/.test(u)) order.push(u);
  });
  const release = await holdWasm(page);
  await page.goto('/p/1');
  await expect(bootTitle(page)).toHaveText(PRODUCTS.find((p) => p.id === 1).titleZh);
  await expect.poll(() => order.some((u) => u.endsWith('.wasm'))).toBe(true);
  const at = (test) => order.findIndex(test);
  expect(at((u) => u === '/data/first/p/1.json')).toBe(0);
  expect(at((u) => u.endsWith('.js'))).toBeGreaterThan(0);
  expect(await page.locator('link[rel=preload], link[rel=modulepreload]').count()).toBe(0);
  expect(await page.locator('script[type=module]').count()).toBe(0);
  release();
  await expectTitle(page, PRODUCTS.find((p) => p.id === 1).titleZh);
});

test('a product link shows what the app will show, and its speaker says what the app\'s says', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'zh-CN', name: 'Tingting' }, { lang: 'en-US', name: 'Samantha' }]);
  // A discounted product with a minimum order: every line of the screen.
  const p = PRODUCTS.find((x) => x.discountPercentage > 0 && (x.minimumOrderQuantity || 1) > 1) || PRODUCTS.find((x) => x.discountPercentage > 0);
  const release = await holdWasm(page);
  await page.goto(`/p/${p.id}`);
  await expect(bootTitle(page)).toHaveText(p.titleZh);
  const shown = async () =>
    page.locator('main').first().evaluate((m) =>
      ['h1', '.price-big .price-amount', '.discount .badge', '.discount s', '.description'].map((s) => m.querySelector(s)?.textContent.trim()),
    );
  const before = await shown();
  await boot(page).getByRole('button', { name: new RegExp(`^${T.zh.speak.button}|${p.titleZh}`) }).first().click();
  const bootSaid = await page.evaluate(() => window.__spoken.map((s) => s.text));
  expect(bootSaid).toHaveLength(1);
  release();
  await expect(boot(page)).toHaveCount(0);
  await expectTitle(page, p.titleZh);
  expect(await shown()).toEqual(before);
  await page.evaluate(() => { window.__spoken.length = 0; });
  await page.locator('main .page-head .speak-hint').click();
  await expect.poll(() => page.evaluate(() => window.__spoken.map((s) => s.text))).toEqual(bootSaid);
});

test('the first screen follows the saved language, its button switches it, and the app starts in the one chosen', async ({ page }) => {
  await page.goto('/?lang=en');
  await expectTitle(page, T.en.home.title);
  const release = await holdWasm(page);
  await page.goto('/c/seeds');
  await expect(bootTitle(page)).toHaveText('Seeds');
  const names = await boot(page).locator('.tile-name').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((n) => /^[\x20-\x7e]+$/.test(n))).toBe(true);
  await boot(page).getByRole('button', { name: T.en.lang.switch_to }).click();
  await expect(bootTitle(page)).toHaveText('种子');
  await expect(boot(page).getByRole('status')).toHaveText(T.zh.boot.opening);
  await expect(boot(page).locator('.price-unit').first()).toContainText('/ ');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // A tap after the switch keeps the language.
  await boot(page).getByRole('link', { name: T.zh.nav.home }).click();
  await expect(bootTitle(page)).toHaveText(T.zh.home.title);
  release();
  await expect(boot(page)).toHaveCount(0);
  await expectTitle(page, T.zh.home.title);
  expect((await savedSettings(page)).lang).toBe('zh-CN');
});

test('on a phone that keeps no parcels, /parcels says so before the app; where parcels are kept, it waits for the app', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  let release = await holdWasm(page);
  await page.goto('/parcels');
  await expect(bootTitle(page)).toHaveText(T.zh.parcels.title);
  await expect(boot(page).locator('p.empty')).toHaveText(T.zh.parcels.none);
  release();
  await expect(boot(page)).toHaveCount(0);
  await expect(page.locator('main p.empty')).toHaveText(T.zh.parcels.none);
  // An order kept on this device (a station tablet): not "none" before the app has read it.
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [storageKey('orders'), envelope([{ id: 'o-1' }])]);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  release = await holdWasm(page);
  await page.goto('/parcels');
  await expect(boot(page).getByRole('status')).toHaveText(T.zh.boot.opening);
  await expect(boot(page).locator('p.empty')).toHaveCount(0);
  await expect(bootTitle(page)).toBeHidden();
  release();
  await expect(boot(page)).toHaveCount(0);
});

test('no first tiles for a remote shop (its prices differ): only "opening" until the app', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/c/seeds?api=http%3A%2F%2F127.0.0.1%3A9');
  await expect(boot(page).getByRole('status')).toHaveText(T.zh.boot.opening);
  // Given a moment, still no tiles: only "opening".
  await page.waitForTimeout(500);
  await expect(boot(page).locator('ul.product-grid')).toHaveCount(0);
  release();
  await expect(boot(page)).toHaveCount(0);
});

test('a category link\'s first tiles are the app\'s own (names, prices and order), and its speaker says what the app\'s says', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'zh-CN', name: 'Tingting' }, { lang: 'en-US', name: 'Samantha' }]);
  const release = await holdWasm(page);
  await page.goto('/c/grain-oil');
  const tiles = boot(page).locator('ul.product-grid > li');
  await expect(tiles).toHaveCount(11);
  const before = await texts(tiles);
  await boot(page).locator('.speak-hint').click();
  const bootSaid = await page.evaluate(() => window.__spoken.map((s) => s.text));
  expect(bootSaid).toHaveLength(1);
  release();
  await expect(boot(page)).toHaveCount(0);
  await expect(productTiles(page)).toHaveCount(11);
  expect(await texts(productTiles(page))).toEqual(before);
  await page.evaluate(() => { window.__spoken.length = 0; });
  await page.locator('main .page-head .speak-hint').click();
  await expect.poll(() => page.evaluate(() => window.__spoken.map((s) => s.text))).toEqual(bootSaid);
});

test('when the wasm does not arrive, the first screen stays usable and offers to try again', async ({ page }) => {
  let fail = true;
  await page.route('**/*.wasm', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/c/grain-oil');
  await expect(boot(page).locator('ul.product-grid > li')).toHaveCount(11);
  const retry = boot(page).getByRole('button', { name: T.zh.boot.retry });
  await expect(retry).toBeVisible();
  await expect(boot(page).getByRole('status')).toBeHidden();
  // A second failure: still the screen and the button.
  await retry.click();
  await expect(retry).toBeVisible();
  await expect(boot(page).locator('ul.product-grid > li')).toHaveCount(11);
  fail = false;
  await page.evaluate(() => { window.__samePage = true; });
  await retry.click();
  await expect(productTiles(page)).toHaveCount(11);
  await expect(boot(page)).toHaveCount(0);
  // Tried again in the page: no reload, which offline would end on the browser's error page.
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
});

test('when the app\'s script itself does not arrive, "try again" still starts it', async ({ page }) => {
  let fail = true;
  await page.route(/\/cunzhan-[0-9a-f]+\.js$/, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/p/1');
  const retry = boot(page).getByRole('button', { name: T.zh.boot.retry });
  await expect(retry).toBeVisible();
  await expect(bootTitle(page)).toHaveText(PRODUCTS.find((p) => p.id === 1).titleZh);
  fail = false;
  // The first "try again" imports it again; if the browser kept the failure, the next reloads.
  await retry.click();
  await expect(async () => {
    if (await retry.isVisible()) await retry.click();
    await expectTitle(page, PRODUCTS.find((p) => p.id === 1).titleZh);
  }).toPass({ timeout: 15_000 });
  await expect(boot(page)).toHaveCount(0);
});

test('after taps on the first screen, the app\'s Back goes back through them, and stops at the screen the link opened', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/c/grain-oil');
  const first = PRODUCTS.find((p) => p.category === 'grain-oil');
  await boot(page).locator('ul.product-grid > li').first().click();
  await expect(bootTitle(page)).toHaveText(first.titleZh);
  release();
  await expectTitle(page, first.titleZh);
  const back = page.locator('header').getByRole('button', { name: T.zh.nav.back });
  await back.click();
  await expectTitle(page, '粮油');
  expect(path(page)).toBe('/c/grain-oil');
  // The link's own screen: Back stays in the app (home), never out of it.
  await back.click();
  await expectTitle(page, T.zh.home.title);
});

test('a first screen whose data is broken says "opening" and leaves the screen to the app', async ({ page }) => {
  await page.route('**/data/first/grain-oil.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"name":["粮油","Grain"],"tiles":5}' }));
  await page.route('**/data/first/p/1.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"name":["半个"' }));
  for (const [url, title] of [['/c/grain-oil', '粮油'], ['/p/1', PRODUCTS.find((p) => p.id === 1).titleZh]]) {
    const release = await holdWasm(page);
    await page.goto(url);
    await expect(boot(page)).toHaveAttribute('data-screen', 'elsewhere');
    await expect(boot(page).getByRole('status')).toHaveText(T.zh.boot.opening);
    await expect(bootTitle(page)).toBeHidden();
    release();
    await expectTitle(page, title);
    await expect(boot(page)).toHaveCount(0);
    await page.unroute('**/*.wasm');
  }
});

// A villager's own parcel link, opened on her phone from the station's message: what it carries
// is on screen before the app, and the app then shows the same.
const card = {
  order_id: 'CZ-20261130-4821', sent_at: Date.UTC(2026, 10, 30, 2), name: '王**', station: '李家村服务站', cash: 7_980, more: 1,
  items: [
    { qty: 2, picture: 'bag-rice', category: 'grain-oil', title: PRODUCTS.find((p) => p.id === 1).titleZh },
    { qty: 1, picture: '', category: 'seeds', title: '玉米种子' },
  ],
};

test('a parcel link shows her name, what she ordered, the station and the cash before the app; the app then shows the same', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await fakeSpeech(page, [{ lang: 'zh-CN', name: 'Tingting' }]);
  const scripts = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname === '/first-parcel.js') scripts.push(r.url()); });
  const release = await holdWasm(page);
  await page.goto(parcelLinkPath(card));
  const t = T.zh.my_parcel;
  await expect(bootTitle(page)).toHaveText(t.title);
  await expect(boot(page)).toHaveAttribute('data-screen', 'parcel');
  const first = boot(page).locator('.my-parcel');
  await expect(first.locator('.my-parcel-hello')).toHaveText(fill(t.hello, { name: '王**' }));
  const items = first.locator('.my-parcel-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).locator('.my-parcel-title')).toHaveText(card.items[0].title);
  await expect(items.nth(0).locator('.my-parcel-qty')).toHaveText('× 2');
  await expect(items.nth(0).locator('img')).toHaveAttribute('src', '/img/p/bag-rice.svg');
  // No picture of its own: the category's.
  await expect(items.nth(1).locator('img')).toHaveAttribute('src', '/img/c/seeds.svg');
  await expect(first).toContainText(t.more_one);
  await expect(first.locator('.my-parcel-where')).toHaveText(fill(t.collect_at, { station: '李家村服务站' }));
  await expect(first.locator('.cash-amount')).toHaveText('¥79.80');
  // Where it is comes with the app: "opening" there, not a guess.
  await expect(first.locator('.my-parcel-stage').getByRole('status')).toHaveText(T.zh.boot.opening);
  expect(await horizontalOverflow(page)).toEqual({ scrollWidth: 390, viewport: 390 });
  await boot(page).locator('.speak-hint').click();
  const said = await page.evaluate(() => window.__spoken.at(-1).text);
  expect(said).toBe(`${fill(t.hello, { name: '王**' })}${card.items[0].title}，玉米种子。${fill(t.collect_at, { station: '李家村服务站' })}。`);
  const shown = (root) =>
    root.evaluate((m) => ['.my-parcel-hello', '.my-parcel-where', '.cash-amount'].map((s) => m.querySelector(s)?.textContent.trim())
      .concat([...m.querySelectorAll('.my-parcel-title')].map((e) => e.textContent)));
  const before = await shown(first);
  release();
  await expect(boot(page)).toHaveCount(0);
  const app = page.locator('main#main .my-parcel');
  await expect(app.locator('.stage-word')).toBeVisible();
  expect(await shown(app)).toEqual(before);
  expect(scripts).toHaveLength(1);
});

test('a parcel link in English, with no station name, and one the first screen cannot read (left to the app)', async ({ page }) => {
  const release = await holdWasm(page);
  const link = parcelLinkPath({ ...card, station: '', more: 0, items: [{ ...card.items[0], title: 'Rice' }] });
  await page.goto(link.replace('#', '?lang=en#'));
  const t = T.en.my_parcel;
  await expect(bootTitle(page)).toHaveText(t.title);
  await expect(boot(page).locator('.my-parcel-where')).toHaveText(fill(t.collect_at, { station: t.station }));
  await expect(boot(page).locator('.my-parcel')).not.toContainText(t.more_one);
  await expect(boot(page).locator('.my-parcel-item')).toHaveCount(1);
  release();
  await expect(page.locator('main#main .my-parcel-where')).toHaveText(fill(t.collect_at, { station: t.station }));
  await page.unroute('**/*.wasm');

  // One changed letter: the checksum no longer holds. The first screen draws nothing it cannot
  // trust; the app says the link is damaged (in English: the app kept the language chosen).
  for (const bad of [link.slice(0, -2) + (link.endsWith('A') ? 'BB' : 'AA'), '/my-parcel#v1.AAAA', '/my-parcel']) {
    const again = await holdWasm(page);
    // (Another address first: from one /my-parcel to another, only the fragment would change.)
    await page.goto('about:blank');
    await page.goto(bad);
    await expect(boot(page)).toHaveAttribute('data-screen', 'elsewhere');
    await expect(boot(page).getByRole('status')).toHaveText(T.en.boot.opening);
    await expect(boot(page).locator('.my-parcel')).toHaveCount(0);
    again();
    await expect(page.locator('main#main .error-panel')).toContainText(bad.includes('#') ? t.damaged : t.missing);
    await page.unroute('**/*.wasm');
  }
});

test('other links never fetch the parcel link\'s script', async ({ page }) => {
  const scripts = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname === '/first-parcel.js') scripts.push(r.url()); });
  for (const url of ['/', '/c/grain-oil', '/p/1', '/parcels']) {
    await page.goto(url);
    await expect(page.locator('main#main')).toBeVisible();
  }
  expect(scripts).toEqual([]);
});
