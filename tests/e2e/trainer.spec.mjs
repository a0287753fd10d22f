// Trainer mode: the trainer's own PIN opens a demo station that lives apart from the real one; a
// guided lesson is followed to its end by doing its steps in the real screens; reset restores the
// demo's start; leaving shows the real station again, untouched; the sped-up clock brings a parcel
// to the station; the demo's network switch keeps an order waiting, then lets it go once.
import AxeBuilder from '@axe-core/playwright';
import {
  test, expect, T, fill, main, expectTitle, openPartner, typePin, padKey, seedStation, demoStation, fakeSpeech, enterDemo,
} from './helpers.mjs';

const t = T.zh;
const DEMO_CODE = '246810';

/** The real station's keys (the trainer's own PIN record is the only new one trainer mode adds). */
async function realKeys(page) {
  return page.evaluate(() => {
    const out = {};
    for (const k of Object.keys(localStorage).sort()) {
      if (k.startsWith('cunzhan.') && !k.startsWith('cunzhan.demo.') && k !== 'cunzhan.mode' && k !== 'cunzhan.trainer') {
        out[k] = localStorage.getItem(k);
      }
    }
    return out;
  });
}

/** A demo collection as stored (`[]` while the page is between documents: enter/reset reload it). */
const demoItems = (page, name) =>
  page
    .evaluate((name) => JSON.parse(localStorage.getItem(`cunzhan.demo.${name}`) || '{"items":[]}').items, name)
    .catch(() => []);

const band = (page) => page.locator('.demo-band');
const card = (page) => page.locator('.lesson-card');

test('trainer mode: demo apart from the real station, a lesson done by doing it, reset, leave', async ({ page }) => {
  test.setTimeout(120_000);
  await fakeSpeech(page, [{ lang: 'zh-CN', name: 'zh', default: true }]);
  const real = demoStation();
  await seedStation(page, real);
  await page.goto('/partner');
  await openPartner(page);
  const before = await realKeys(page);
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['cunzhan.villagers', 'cunzhan.orders', 'cunzhan.partner']));

  // The partner PIN does not open the trainer's door: the trainer has a PIN of their own.
  await enterDemo(page);
  expect(await page.evaluate(() => localStorage.getItem('cunzhan.trainer'))).toContain('hash');

  // The demo station: eight villagers, none of the real ones; orders at every stage; partner
  // mode open without the partner's PIN.
  await page.goto('/villagers');
  await expect(main(page).getByText('王秀英')).toBeVisible();
  await expect(main(page).getByText(real.wang.name)).toHaveCount(0);
  await expect(main(page).locator('[data-lesson="villager-serve"]')).toHaveCount(8);
  await page.goto('/orders');
  await expect(main(page).locator('[data-lesson="order-row"]')).toHaveCount(8);
  await expect(main(page).getByText(real.orders[0].id)).toHaveCount(0);
  await expect(band(page)).toBeVisible();

  // A trainee, and the "hand over a parcel" lesson.
  await page.goto('/trainer');
  await main(page).getByLabel(t.trainer.new_trainee).fill('小周');
  await main(page).getByRole('button', { name: t.trainer.add_trainee }).click();
  await main(page).getByTestId('hand_over').getByRole('button', { name: t.trainer.start }).click();
  await expect(card(page)).toContainText(t.lesson.hand_over_1);
  await expect(card(page)).toContainText(fill(t.lesson.progress, { lesson: t.lesson.hand_over_title, n: 1, total: 3 }));
  // Written and spoken.
  // Begun on the trainer's desk: the way to the partner screen first, then the step.
  const lead = fill(t.lesson.lead_go, { place: t.lesson.place_partner });
  await expect(card(page)).toContainText(lead);
  await expect.poll(() => page.evaluate(() => window.__spoken.map((s) => s.text))).toContain(lead + t.lesson.hand_over_1);

  // Step 1: the partner's Station tile, lit on the partner screen.
  await page.getByRole('link', { name: t.partner.title }).click();
  const tile = main(page).locator('[data-lesson="partner-station"]');
  // The light moves from the top bar's partner button onto the tile, and rings it whole.
  await expect.poll(async () => {
    const [spot, box] = [await page.locator('.lesson-spot').first().boundingBox(), await tile.boundingBox()];
    return !!spot && !!box && spot.x <= box.x && spot.y <= box.y && spot.x + spot.width >= box.x + box.width
      && spot.y + spot.height >= box.y + box.height;
  }).toBe(true);
  // The overlay is readable and labelled.
  const axe = await new AxeBuilder({ page }).include('.lesson-card').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await tile.click();

  // Step 2: hand over, for the first parcel waiting.
  await expect(card(page)).toContainText(t.lesson.hand_over_2);
  await main(page).locator('[data-lesson="hand-over"]').first().click();

  // Step 3: a wrong code does not finish it; the demo's code does.
  const step3 = fill(t.lesson.hand_over_3, { code: DEMO_CODE });
  await expect(card(page)).toContainText(step3);
  await typePin(page, '111111');
  await expect(card(page)).toContainText(step3);
  await typePin(page, DEMO_CODE);
  await expect(page.locator('.lesson-done')).toContainText(fill(t.lesson.done, { lesson: t.lesson.hand_over_title }));
  const handed = (await demoItems(page, 'orders')).filter((o) => o.picked_up_at !== null);
  expect(handed).toHaveLength(3); // two seeded as picked up, one handed over now

  // Progress is kept per trainee, across a reload.
  await page.goto('/trainer');
  await expect(main(page).getByTestId('hand_over')).toContainText(t.trainer.lesson_done);
  await expect(main(page).getByTestId('find_product')).toContainText(t.trainer.lesson_new);

  // Presenter view: bigger type.
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normal = await size();
  await main(page).getByLabel(t.trainer.presenter).check();
  await expect.poll(size).toBeGreaterThan(normal);
  await main(page).getByLabel(t.trainer.presenter).uncheck();

  // Reset: the demo back as it started, the trainee's progress kept.
  await main(page).getByRole('button', { name: t.trainer.reset }).click();
  await main(page).getByRole('alertdialog').getByRole('button', { name: t.common.yes }).click();
  await expect.poll(async () => (await demoItems(page, 'orders')).filter((o) => o.picked_up_at !== null).length).toBe(2);
  await expectTitle(page, t.trainer.title);
  expect(await demoItems(page, 'orders')).toHaveLength(8);
  await expect(main(page).getByTestId('hand_over')).toContainText(t.trainer.lesson_done);
  await page.goto('/station');
  await expect(main(page).locator('[data-lesson="hand-over"]')).toHaveCount(2);

  // Leave: the real station, exactly as it was, partner mode locked again.
  await page.goto('/trainer');
  await main(page).getByRole('button', { name: t.trainer.leave }).click();
  await expectTitle(page, t.home.title);
  await expect(band(page)).toHaveCount(0);
  expect(await realKeys(page)).toEqual(before);
  await page.goto('/villagers');
  await expect(page.locator('main#main section.pin-entry')).toBeVisible();
  await openPartner(page);
  await expect(main(page).getByText(real.wang.name)).toBeVisible();
  await expect(main(page).getByText('王秀英')).toHaveCount(0);
});

test('the clock at ×1440 brings a parcel to the station; the demo network holds an order, then sends it once', async ({ page }) => {
  test.setTimeout(90_000);
  await enterDemo(page);
  await page.goto('/station');
  await expect(main(page).locator('[data-lesson="hand-over"]')).toHaveCount(2);
  await expect(main(page).getByText('刘玉珍')).toHaveCount(0);
  await page.goto('/trainer');
  await main(page).getByText(t.clock.x1440, { exact: true }).click();
  await page.goto('/station');
  // Two hours of station time: five seconds at a day a minute.
  await expect(main(page).getByText('刘玉珍')).toBeVisible({ timeout: 20_000 });
  await expect(main(page).locator('[data-lesson="hand-over"]')).toHaveCount(3);
  await page.goto('/trainer');
  await main(page).getByText(t.clock.pause, { exact: true }).click();

  // The network switch: off, an order from 李桂兰's cart waits; on, it goes.
  await band(page).getByRole('button', { name: t.trainer.net_on }).click();
  await expect(band(page).getByRole('button', { name: t.trainer.net_off })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.net-status')).toContainText(t.net.offline);
  await page.goto('/villagers');
  await main(page).locator('li', { hasText: '李桂兰' }).locator('[data-lesson="villager-serve"]').click();
  await page.locator('[data-lesson="serving-cart"]').click();
  await main(page).locator('[data-lesson="cart-confirm"]').click();
  await main(page).locator('[data-lesson="confirm-yes"]').click();
  await expect.poll(async () => (await demoItems(page, 'orders')).length).toBe(9);
  await page.waitForTimeout(3_500); // a flush period: still held back
  let placed = (await demoItems(page, 'orders')).find((o) => o.villager_name === '李桂兰');
  expect(Object.keys(placed.send)).toEqual(['Waiting']);
  // The outbox on the orders screen: what waits, and why, in words.
  await page.goto('/orders');
  const outbox = main(page).locator('.outbox');
  await expect(outbox.locator('.outbox-row')).toHaveCount(2); // with the demo's own waiting order
  const row = outbox.locator('.outbox-row', { hasText: '李桂兰' });
  await expect(row).toContainText(t.outbox.offline);
  await expect(row).toContainText(/已试 [1-9]\d* 次/);
  await band(page).getByRole('button', { name: t.trainer.net_off }).click();
  await expect.poll(async () => {
    placed = (await demoItems(page, 'orders')).find((o) => o.villager_name === '李桂兰');
    return placed ? Object.keys(placed.send)[0] : null;
  }).toBe('Sent');
  expect(await demoItems(page, 'orders')).toHaveLength(9);
  await expect(outbox).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('cunzhan.orders'))).toBeNull();
});
