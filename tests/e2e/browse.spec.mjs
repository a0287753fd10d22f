// Browsing the embedded catalog the way a partner does: home → category → product → back, in
// Chinese (the default) and in English, with the language remembered on the tablet.
import { test, expect, T, PRODUCTS, fill, esc, expectTitle, savedSettings, productTiles, main } from './helpers.mjs';

const RICE = { id: 1, zh: '东北大米 10斤', en: 'Northeast Rice 5kg', price: '¥39.90' };

test('Chinese is the default even when the browser asks for English', async ({ page }) => {
  await page.goto('/');
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  await expectTitle(page, T.zh.home.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  await expect(page.getByRole('link', { name: T.zh.nav.home })).toBeVisible();
  await expect(page.getByRole('link', { name: T.zh.nav.search })).toBeVisible();
  // The partner's link (behind the PIN) took the place of the settings link.
  await expect(page.getByRole('link', { name: T.zh.partner.title })).toBeVisible();
  await expect(page.getByRole('link', { name: T.zh.partner.title })).toHaveAttribute('href', '/partner');
  await expect(page.getByRole('link', { name: T.zh.nav.settings })).toHaveCount(0);
  await expect(page.getByRole('button', { name: T.zh.nav.back })).toBeVisible();
});

test('home → category → product → Back, then browser back and forward (Chinese)', async ({ page }) => {
  await page.goto('/');
  await expectTitle(page, T.zh.home.title);
  await expect(main(page).getByRole('list').getByRole('link')).toHaveCount(13);

  await page.getByRole('link', { name: '粮油', exact: true }).click();
  await expect(page).toHaveURL(/\/c\/grain-oil$/);
  await expectTitle(page, '粮油');
  await expect(main(page).getByText(fill(T.zh.category.count, { count: 11 }))).toBeVisible();
  await expect(productTiles(page)).toHaveCount(11);
  const tile = productTiles(page).filter({ hasText: RICE.zh });
  await expect(tile.getByRole('link')).toContainText(RICE.price);
  await expect(tile.getByRole('link')).toContainText('袋');
  // The picture is decoration inside the link (its name is the product name next to it).
  const picture = tile.getByRole('link').locator('img');
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute('alt', '');
  await expect(tile.getByRole('button', { name: fill(T.zh.product.speak_label, { title: RICE.zh }) })).toBeVisible();

  await tile.getByRole('link').click();
  await expect(page).toHaveURL(/\/p\/1$/);
  await expectTitle(page, RICE.zh);
  await expect(main(page).locator('.price-big')).toContainText(RICE.price);
  await expect(main(page).getByText(T.zh.product.stock_in, { exact: true })).toBeVisible();
  await expect(main(page).getByRole('button', { name: fill(T.zh.product.speak_label, { title: RICE.zh }) })).toBeVisible();

  // The app's own Back button returns to the category.
  await page.getByRole('button', { name: T.zh.nav.back }).click();
  await expect(page).toHaveURL(/\/c\/grain-oil$/);
  await expectTitle(page, '粮油');
  await expect(productTiles(page)).toHaveCount(11);

  // The browser's history works too.
  await page.goForward();
  await expect(page).toHaveURL(/\/p\/1$/);
  await expectTitle(page, RICE.zh);
  await page.goBack();
  await expect(page).toHaveURL(/\/c\/grain-oil$/);
  await expectTitle(page, '粮油');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expectTitle(page, T.zh.home.title);
  await page.goForward();
  await expectTitle(page, '粮油');
});

test('the same flow in English after one tap on the language switch', async ({ page }) => {
  await page.goto('/');
  await expectTitle(page, T.zh.home.title);
  await page.getByRole('button', { name: 'English' }).click();
  await expectTitle(page, T.en.home.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: '中文' })).toBeVisible();
  await expect(page.getByRole('link', { name: T.en.nav.home })).toBeVisible();

  await page.getByRole('link', { name: 'Grain & Oil', exact: true }).click();
  await expect(page).toHaveURL(/\/c\/grain-oil$/);
  await expectTitle(page, 'Grain & Oil');
  await expect(main(page).getByText(fill(T.en.category.count, { count: 11 }))).toBeVisible();
  const tile = productTiles(page).filter({ hasText: RICE.en });
  await expect(tile.getByRole('button', { name: fill(T.en.product.speak_label, { title: RICE.en }) })).toBeVisible();
  await tile.getByRole('link').click();

  await expect(page).toHaveURL(/\/p\/1$/);
  await expectTitle(page, RICE.en);
  await expect(main(page).locator('.price-big')).toContainText(RICE.price);
  await expect(main(page).locator('.price-big')).toContainText('per bag');
  await expect(main(page).getByText(T.en.product.stock_in, { exact: true })).toBeVisible();

  await page.getByRole('button', { name: T.en.nav.back }).click();
  await expect(page).toHaveURL(/\/c\/grain-oil$/);
  await expectTitle(page, 'Grain & Oil');

  // Switching back on any screen changes it at once.
  await page.getByRole('button', { name: '中文' }).click();
  await expectTitle(page, '粮油');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the language choice survives a reload', async ({ page }) => {
  await page.goto('/c/seeds');
  await expectTitle(page, '种子');
  await page.getByRole('button', { name: 'English' }).click();
  await expectTitle(page, 'Seeds');
  expect((await savedSettings(page)).lang).toBe('en');

  await page.reload();
  await expectTitle(page, 'Seeds');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: '中文' })).toBeVisible();

  await page.getByRole('button', { name: '中文' }).click();
  await expectTitle(page, '种子');
  await page.reload();
  await expectTitle(page, '种子');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('?lang=en opens in English and is remembered; ?lang=zh-CN switches back', async ({ page }) => {
  await page.goto('/?lang=en');
  await expectTitle(page, T.en.home.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Grain & Oil', exact: true })).toBeVisible();

  await page.goto('/p/1');
  await expectTitle(page, RICE.en);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goto('/p/1?lang=zh-CN');
  await expectTitle(page, RICE.zh);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.goto('/');
  await expectTitle(page, T.zh.home.title);
});

test('Back on a screen opened directly stays in the app', async ({ page, baseURL }) => {
  // The tab showed something else first (here a blank new tab; on a tablet a chat, a QR scanner or
  // a search page): the app's Back must go to its home screen, not out of the app.
  await page.goto('/p/1');
  await expectTitle(page, RICE.zh);
  await page.getByRole('button', { name: T.zh.nav.back }).click();
  await expect(page).toHaveURL(new RegExp(`^${esc(`${baseURL}/`)}`));
  await expectTitle(page, T.zh.home.title);
});

test('a long list loads its next page when its end scrolls into view', async ({ page }) => {
  const hits = PRODUCTS.filter((p) => `${p.title} ${p.titleZh} ${p.description} ${p.descriptionZh}`.toLowerCase().includes('kg'));
  expect(hits.length).toBeGreaterThan(12);
  await page.goto('/search?q=kg');
  await expect(productTiles(page)).toHaveCount(12);
  await expect(page.getByRole('button', { name: T.zh.category.more })).toBeVisible();
  await page.locator('main#main .sentinel').scrollIntoViewIfNeeded();
  await expect(productTiles(page)).toHaveCount(Math.min(hits.length, 24));
});

test('a long list mounts only the tiles near the viewport, and Back returns to the same place and tile', async ({ page }) => {
  // 600 products in one category (the bundled catalog, served bigger): 50 pages of 12.
  const base = PRODUCTS.find((p) => p.id === RICE.id);
  const products = Array.from({ length: 600 }, (_, i) => ({
    ...base, id: 10_001 + i, sku: `LONG-${i + 1}`, title: `Long list rice ${i + 1}`, titleZh: `长列表大米 ${i + 1}`,
  }));
  await page.route('**/data/products.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ products, total: products.length, skip: 0, limit: products.length }) }),
  );
  await page.goto('/c/grain-oil');
  await expectTitle(page, '粮油');
  await expect(productTiles(page)).toHaveCount(12);
  // The end of the first page is below the viewport: page 2 waits until it is scrolled to (it
  // once came unasked, while the first page was still being laid out).
  await page.waitForTimeout(500);
  await expect(productTiles(page)).toHaveCount(12);

  const lastNumber = () => productTiles(page).last().locator('.tile-name').textContent().then((t) => Number(t.match(/\d+$/)[0]));
  const counts = () => page.evaluate(() => ({
    tiles: document.querySelectorAll('main ul.product-grid > li').length,
    elements: document.getElementsByTagName('*').length,
  }));
  let last = await lastNumber();
  let most = { tiles: 0, elements: 0 };
  while (last < 300) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(lastNumber).toBeGreaterThan(last);
    last = await lastNumber();
    const c = await counts();
    most = { tiles: Math.max(most.tiles, c.tiles), elements: Math.max(most.elements, c.elements) };
  }
  // 300 products scrolled through; a few rows of tiles in the page, not 300.
  expect(most.tiles, 'tiles mounted at once').toBeLessThanOrEqual(60);
  expect(most.elements, 'elements in the page').toBeLessThan(1500);
  // The page is as tall as all the rows: the scrollbar stays right.
  const tall = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(tall).toBeGreaterThan((300 / 6) * 250);

  // Somewhere in the middle: remember the tile under the centre of the screen and where it is.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.4));
  await expect.poll(() => page.evaluate(() => {
    const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return !!(el && el.closest('li.product-tile'));
  })).toBe(true);
  await page.waitForTimeout(300);
  const under = () => page.evaluate(() => {
    const li = document.elementFromPoint(innerWidth / 2, innerHeight / 2).closest('li.product-tile');
    return { name: li.querySelector('.tile-name').textContent, top: Math.round(li.getBoundingClientRect().top), y: Math.round(scrollY) };
  });
  const before = await under();
  expect(before.y).toBeGreaterThan(3000);
  await productTiles(page).filter({ hasText: before.name }).getByRole('link').click();
  await expectTitle(page, before.name);
  await page.getByRole('button', { name: T.zh.nav.back }).click();
  await expect(page).toHaveURL(/\/c\/grain-oil$/);
  await expect.poll(() => page.evaluate(() => Math.round(scrollY))).toBe(before.y);
  expect(await under()).toEqual(before);
  expect((await counts()).tiles).toBeLessThanOrEqual(60);
  // A new visit by a link starts at the top.
  await page.getByRole('link', { name: T.zh.nav.home }).click();
  await page.getByRole('link', { name: '粮油', exact: true }).click();
  await expect(productTiles(page).first()).toContainText('长列表大米 1');
  expect(await page.evaluate(() => scrollY)).toBe(0);
});
