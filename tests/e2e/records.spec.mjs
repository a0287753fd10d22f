// What happened at the station stays what happened: a parcel handed over or sent back is recorded
// with its time, so a tablet clock corrected afterwards cannot put it back on the shelf (to be
// handed over twice) or bring it back from the sender; commission already earned keeps the rate it
// was earned at when the partner changes the rate.
import {
  test, expect, T, main, expectTitle, openPartner, installClock, PRODUCTS, paidFen, yuan,
  cartLine, villagerRecord, orderRecord, seedStation, storedOrders, demoStation, deliveryStation,
  SETTINGS_KEY, savedSettings,
} from './helpers.mjs';

const t = T.zh;
const DAY = 86_400_000;
const byId = (id) => PRODUCTS.find((p) => p.id === id);
const li = villagerRecord('v-li', '李大爷', 1);
const zhao = villagerRecord('v-zhao', '赵奶奶', 5);
const partnerLink = (page) => page.locator('header').getByRole('link', { name: t.partner.title, exact: true });
const arrivedRows = (page) => main(page).locator('.parcel-list').first().locator('.parcel-row');

async function openStation(page) {
  await partnerLink(page).click();
  await main(page).getByRole('link', { name: t.partner.station }).click();
  await expectTitle(page, t.station.title);
}

test('the clock a day ahead at a handover and three weeks ahead later, then put right: nothing comes back to the shelf', async ({ page }) => {
  test.setTimeout(90_000);
  const real = Date.now();
  await installClock(page, { time: real });
  const a = orderRecord({ id: 'CZ-20261130-3001', villager: li, code: '271828', lines: [cartLine(byId(5), 1)], shippedAt: real - 3.5 * DAY });
  const b = orderRecord({ id: 'CZ-20261130-3002', villager: zhao, code: '161803', lines: [cartLine(byId(4), 3)], shippedAt: real - 3.5 * DAY });
  await seedStation(page, { villagers: [li, zhao], orders: [a, b] });
  await page.goto('/station');
  await openPartner(page);
  await expect(arrivedRows(page)).toHaveCount(2);

  // The tablet's clock runs a day ahead when 李大爷 collects his parcel.
  await page.clock.setSystemTime(real + DAY);
  await page.clock.runFor(1_500);
  const rowA = arrivedRows(page).filter({ hasText: a.id });
  await rowA.getByRole('button', { name: t.station.hand_over }).click();
  for (const d of a.pickup_code) await rowA.locator('.pin-pad').getByRole('button', { name: d, exact: true }).click();
  await rowA.locator('.pin-pad').getByRole('button', { name: t.partner.ok }).click();
  await expect(main(page).locator('.cash-due')).toContainText(yuan(paidFen(byId(5))));
  await expect(arrivedRows(page)).toHaveCount(1);

  // Later it runs three weeks ahead: 赵奶奶's parcel has gone back to the sender.
  await page.clock.setSystemTime(real + 21 * DAY);
  await page.clock.runFor(1_500);
  await expect(main(page).getByText(t.station.none)).toBeVisible();
  await expect(main(page).getByRole('link', { name: b.id })).toBeVisible();
  const stored = await storedOrders(page);
  const sentBack = stored.find((o) => o.id === b.id).sent_back_at;
  expect(sentBack).toBeGreaterThan(real);
  expect(sentBack).toBeLessThan(real + 21 * DAY);

  // Someone puts the clock right and the app starts again: both are still where they went.
  await page.clock.setSystemTime(real);
  await page.reload();
  await openPartner(page);
  await expectTitle(page, t.station.title);
  await page.clock.runFor(1_500);
  await expect(main(page).getByText(t.station.none)).toBeVisible();
  await expect(main(page).getByRole('button', { name: t.station.hand_over })).toHaveCount(0);
  await expect(main(page).getByRole('link', { name: b.id })).toBeVisible();
  // Her order screen agrees: picked up, not at the station.
  await page.goto(`/orders/${a.id}`);
  await openPartner(page);
  await expect(main(page).locator('.stages li[aria-current="step"] .stage-word')).toHaveText(t.track.picked_up);
});

test('commission already earned keeps its rate when the partner changes the rate', async ({ page }) => {
  test.setTimeout(60_000);
  const now = Date.now();
  // Rice (no returns) collected a minute ago: the commission is earned at once, at 3 %.
  const order = {
    ...orderRecord({ id: 'CZ-20261130-3003', villager: li, code: '271828', lines: [cartLine(byId(1), 1)], placedAt: now - 4 * DAY, shippedAt: now - 4 * DAY }),
    picked_up_at: now - 60_000,
  };
  await seedStation(page, { villagers: [li], orders: [order] });
  const at3 = Math.floor((paidFen(byId(1)) * 300 + 5_000) / 10_000);
  const earned = () => main(page).locator('.big-numbers div').filter({ hasText: t.commission.earned }).locator('dd');

  await page.goto('/commission');
  await openPartner(page);
  await expect(earned()).toHaveText(yuan(at3));

  // The rate goes up to 5 %.
  await partnerLink(page).click();
  await main(page).getByRole('link', { name: t.partner.settings }).click();
  await main(page).getByLabel(t.commission.rate_label).fill('5');
  await main(page).getByRole('button', { name: t.commission.save }).click();
  await expect.poll(async () => (await savedSettings(page))?.commission_bp).toBe(500);

  // Money already earned stays as it was earned.
  await partnerLink(page).click();
  await main(page).getByRole('link', { name: t.partner.commission }).click();
  await expect(earned()).toHaveText(yuan(at3));
  const stored = (await storedOrders(page)).find((o) => o.id === order.id);
  expect(stored.settled).toEqual({ at: order.picked_up_at, amount: at3 });
});

// The tests build station records by hand (helpers.mjs): the app must read every one of them,
// or the tests would be exercising records the app drops. Read through the app, so a record
// shape that drifts from the Rust types fails here first.
for (const [name, make] of [['demoStation', demoStation], ['deliveryStation', deliveryStation]]) {
  test(`every record of the tests' ${name} is read by the app`, async ({ page }) => {
    const station = make();
    await seedStation(page, station);
    await page.goto('/villagers');
    await openPartner(page);
    await expect(main(page).locator('.villager-row')).toHaveCount(station.villagers.length);
    await expect(page.locator('.store-notice')).toHaveCount(0);
    expect(await storedOrders(page)).toHaveLength(station.orders.length);
  });
}

test('settings stored by older builds (a bare object) are read, and written back in the envelope', async ({ page }) => {
  await page.addInitScript(([key]) => {
    if (!sessionStorage.getItem('old-settings')) {
      sessionStorage.setItem('old-settings', '1');
      localStorage.setItem(key, JSON.stringify({ version: 1, lang: 'en', speech_rate: 'slow', station_name: '李家村' }));
    }
  }, [SETTINGS_KEY]);
  await page.goto('/');
  // The first screen's script and the app both read the old form.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectTitle(page, T.en.home.title);
  await page.locator('header .lang-btn').click();
  await expectTitle(page, t.home.title);
  const saved = await savedSettings(page);
  expect(saved).toMatchObject({ lang: 'zh-CN', speech_rate: 'slow', station_name: '李家村' });
});
