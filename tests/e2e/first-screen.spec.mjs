// The first screen written into index.html: on a slow line it shows the category tiles before the
// app has loaded; a tap there is remembered and the app opens that category when it starts; the
// first screen follows the saved language, shows only "opening…" on a deep link, and is gone once
// the app runs.
import { test, expect, T, productTiles, expectTitle } from './helpers.mjs';

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

test('the category tiles are there before the app; a tap on one opens it once the app starts', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(boot(page).getByRole('heading', { level: 1 })).toHaveText(T.zh.home.title);
  const tile = boot(page).getByRole('link', { name: '粮油', exact: true });
  await expect(tile).toBeVisible();
  await expect(boot(page).getByRole('status')).toBeHidden();
  await tile.click();
  // Remembered, said, and the page did not navigate away (that would restart the download).
  await expect(boot(page).getByRole('status')).toHaveText(T.zh.boot.opening);
  expect(new URL(page.url()).pathname).toBe('/');
  release();
  await expect(productTiles(page)).toHaveCount(11);
  expect(new URL(page.url()).pathname).toBe('/c/grain-oil');
  await expect(boot(page)).toHaveCount(0);
  await expect(page.locator('main')).toHaveCount(1);
});

test('the first screen speaks the saved language, and only says "opening" on a deep link', async ({ page }) => {
  await page.goto('/?lang=en');
  await expectTitle(page, T.en.home.title);
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(boot(page).getByRole('heading', { level: 1 })).toHaveText(T.en.home.title);
  await expect(boot(page).getByRole('link', { name: 'Grain & Oil', exact: true })).toBeVisible();
  await page.goto('/p/1');
  await expect(boot(page).getByRole('status')).toHaveText(T.en.boot.opening);
  await expect(boot(page).getByRole('link')).toHaveCount(0);
  release();
  await expectTitle(page, 'Northeast Rice 5kg');
  await expect(boot(page)).toHaveCount(0);
});

test('a link to a category shows its first tiles with prices before the app; they are the app\'s tiles, and a tap opens the product', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/c/grain-oil');
  await expect(boot(page).getByRole('heading', { level: 1 })).toHaveText('粮油');
  const tiles = boot(page).locator('ul.product-grid > li');
  await expect(tiles).toHaveCount(11);
  await expect(boot(page).getByRole('status')).toHaveText(T.zh.boot.opening);
  const before = await tiles.evaluateAll((lis) => lis.map((li) => [li.querySelector('.tile-name').textContent, li.querySelector('.price-amount').textContent]));
  // Tapping a product is remembered; the app opens it when it starts.
  await tiles.nth(1).click();
  expect(new URL(page.url()).pathname).toBe('/c/grain-oil');
  release();
  await expect(page).toHaveURL(/\/p\/\d+$/);
  await expect(boot(page)).toHaveCount(0);
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  // The app's own category page shows the same names and prices, in the same order.
  await page.goto('/c/grain-oil');
  await expect(productTiles(page)).toHaveCount(11);
  const after = await productTiles(page).evaluateAll((lis) => lis.map((li) => [li.querySelector('.tile-name').textContent, li.querySelector('.price-amount').textContent]));
  expect(after).toEqual(before);
  expect(await productTiles(page).nth(1).locator('a').first().getAttribute('href')).toBe(`/p/${id}`);
});

test('the category\'s first tiles follow the language, and are not shown for a remote shop (its prices differ)', async ({ page }) => {
  let release = await holdWasm(page);
  await page.goto('/c/seeds?lang=en');
  await expect(boot(page).getByRole('heading', { level: 1 })).toHaveText('Seeds');
  await expect(boot(page).locator('.price-unit').first()).toContainText('/ ');
  const names = await boot(page).locator('.tile-name').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((n) => /^[\x20-\x7e]+$/.test(n))).toBe(true);
  release();
  await expect(boot(page)).toHaveCount(0);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  release = await holdWasm(page);
  await page.goto('/c/seeds?api=http%3A%2F%2F127.0.0.1%3A9');
  await expect(boot(page).getByRole('status')).toHaveText(T.en.boot.opening);
  // Given a moment, still no tiles: only "opening".
  await page.waitForTimeout(500);
  await expect(boot(page).locator('ul.product-grid')).toHaveCount(0);
  release();
});
