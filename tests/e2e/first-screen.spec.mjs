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
