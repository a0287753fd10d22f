// Field fit, walked as the people at the station meet it: a trainee scrolled down on a demo
// station still sees that it is a demo; a phone's top bar is as readable as the rest; a phone
// number typed on a Chinese keyboard in full-width mode is taken.
import { test, expect, T, main, expectTitle, productTiles, openPartner, demoMode } from './helpers.mjs';

const t = T.zh;

test('on a demo station scrolled to the end of a list, the DEMO band is still on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await demoMode(page, { current: null });
  await page.goto('/c/grain-oil');
  await expect(productTiles(page)).toHaveCount(11);
  await productTiles(page).last().scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const band = page.locator('.demo-band');
  await expect(band).toBeInViewport();
  expect((await band.boundingBox()).y).toBe(0);
  await expect(band).toContainText('DEMO');
});

test('on a phone the top bar and the serving bar labels are 18 px like the rest of the text', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expectTitle(page, t.home.title);
  const sizes = await page.locator('header .nav-btn').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
  expect(sizes.length).toBeGreaterThan(3);
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(18);
  // And nothing runs off the side.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('a phone number typed in full-width digits is taken, and shown in ordinary digits', async ({ page }) => {
  await page.goto('/villagers/new');
  await openPartner(page);
  await expectTitle(page, t.villagers.new_title);
  await page.getByLabel(t.villagers.name).fill('王秀英');
  await page.getByLabel(t.villagers.phone).fill('１３８　１２３４　５６７８');
  await main(page).getByRole('button', { name: t.villagers.save }).click();
  await expectTitle(page, t.villagers.title);
  await expect(main(page).locator('.villager-row').filter({ hasText: '王秀英' })).toContainText('138 1234 5678');
});
