// Field fit, walked as the people at the station meet it: a trainee scrolled down on a demo
// station still sees that it is a demo; a phone's top bar is as readable as the rest; a phone
// number typed on a Chinese keyboard in full-width mode is taken.
import {
  test, expect, T, fill, main, expectTitle, productTiles, openPartner, demoMode, seedStation, villagerRecord, cartLine, PRODUCTS,
  paidFen, yuan, orderRecord,
} from './helpers.mjs';

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

for (const viewport of [{ width: 1280, height: 800 }, { width: 800, height: 1280 }]) {
  test(`a six-line order at ${viewport.width}×${viewport.height}: the total and the decisive buttons are on screen without scrolling`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const wang = villagerRecord('v-wang', '王阿姨', 0);
    const lines = PRODUCTS.slice(0, 6).map((p) => cartLine(p, p.minimumOrderQuantity || 1));
    const total = lines.reduce((s, l) => s + paidFen(PRODUCTS.find((p) => p.id === l.product_id)) * l.qty, 0);
    await seedStation(page, { villagers: [wang], carts: [{ villager_id: wang.id, key: 'k-wang', cart: { lines } }], serving: wang.id });
    const serving = page.locator('.serving-bar');

    // The cart: 确认订单 and the total in reach at the top of the page and at its end.
    await page.goto('/cart');
    await openPartner(page);
    await expectTitle(page, fill(t.cart.title_of, { name: '王阿姨' }));
    const toConfirm = main(page).getByRole('link', { name: t.cart.to_confirm });
    for (const end of [false, true]) {
      if (end) await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(toConfirm).toBeInViewport({ ratio: 1 });
      await expect(main(page).locator('.decide-bar .bar-total')).toHaveText(yuan(total));
      await expect(main(page).locator('.decide-bar .bar-total')).toBeInViewport({ ratio: 1 });
      await expect(serving).toBeInViewport({ ratio: 1 });
    }
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(viewport.height);

    // The read-back: ✗ and ✓ and the total on screen before any scrolling, and after.
    await toConfirm.click();
    await expectTitle(page, t.confirm.title);
    await expect(main(page).locator('.readback-line')).toHaveCount(6);
    const yes = main(page).getByRole('button', { name: t.confirm.ok });
    const no = main(page).getByRole('link', { name: t.confirm.back });
    for (const end of [false, true]) {
      if (end) await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(yes).toBeInViewport({ ratio: 1 });
      await expect(no).toBeInViewport({ ratio: 1 });
      await expect(main(page).locator('.decide-bar .bar-total')).toBeInViewport({ ratio: 1 });
      await expect(serving).toBeInViewport({ ratio: 1 });
    }
    // Nothing of the order is hidden for good under the bar: at the end, the last line is above it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = await main(page).locator('.readback-line').last().boundingBox();
    const bar = await main(page).locator('.decide-bar').boundingBox();
    expect(last.y + last.height).toBeLessThanOrEqual(bar.y + 1);
  });
}

test('numbers and states with pictures: small quantities as little pictures, a stage icon per parcel, "no returns" pictured', async ({ page }) => {
  const wang = villagerRecord('v-wang', '王阿姨', 0);
  const [rice, oil] = [PRODUCTS[0], PRODUCTS[4]];
  await seedStation(page, { villagers: [wang], carts: [{ villager_id: wang.id, key: 'k-wang', cart: { lines: [cartLine(rice, 3), cartLine(oil, 12)] } }], serving: wang.id });
  await page.goto('/confirm');
  await openPartner(page);
  await expectTitle(page, t.confirm.title);
  // Three bags of rice: three little bags beside the number; twelve bottles: the number alone.
  const riceLine = main(page).locator('.readback-line').filter({ hasText: rice.titleZh });
  await expect(riceLine.locator('.qty-pictures img')).toHaveCount(3);
  await expect(riceLine.locator('.qty-pictures img').first()).toHaveAttribute('src', rice.thumbnail);
  await expect(riceLine.locator('.readback-qty')).toContainText('3');
  await expect(main(page).locator('.readback-line').filter({ hasText: oil.titleZh }).locator('.qty-pictures')).toHaveCount(0);

  // The product screen: "no returns" with a picture, not only words.
  await page.goto('/p/1');
  await expectTitle(page, rice.titleZh);
  const noReturns = main(page).locator('.facts .fact-no').filter({ hasText: T.zh.terms.no_returns });
  await expect(noReturns.locator('svg')).toHaveCount(1);
});

test('"my parcels": each stage with its own icon and colour', async ({ page }) => {
  const day = 86_400_000;
  const now = Date.now();
  const wang = villagerRecord('v-wang', '王阿姨', 0);
  const p = (id) => PRODUCTS.find((x) => x.id === id);
  await seedStation(page, {
    villagers: [wang],
    orders: [
      orderRecord({ id: 'CZ-20261201-5001', villager: wang, lines: [cartLine(p(23), 1)], shippedAt: now - 60_000 }),
      orderRecord({ id: 'CZ-20261201-5002', villager: wang, code: '271828', lines: [cartLine(p(5), 1)], shippedAt: now - 3.5 * day }),
    ],
  });
  await page.goto('/parcels');
  await main(page).locator('.tile button').first().click();
  const pills = main(page).locator('.parcel-row .stage-pill');
  await expect(pills).toHaveCount(2);
  await expect(main(page).locator('.stage-pill.stage-accepted')).toContainText(T.zh.track.accepted);
  await expect(main(page).locator('.stage-pill.stage-at_station')).toContainText(T.zh.track.at_station);
  for (const pill of await pills.all()) await expect(pill.locator('svg')).toHaveCount(1);
  const colours = await pills.evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  expect(new Set(colours).size).toBe(2);
});
