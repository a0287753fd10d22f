// After the order: the parcel's timeline moving with the station clock (sped up, then jumped
// event by event and day by day), the station screen with days waiting, the handover with the
// pickup code (wrong code refused in words and voice, right code shows the cash), a return within
// the product's window (and why another item cannot be returned), the 5-day flag and the 7-day
// return to sender, the commission pending then earned, and a villager finding their parcel by
// tapping their picture.
import {
  test, expect, T, fill, expectTitle, main, openPartner, fakeSpeech, PRODUCTS, paidFen, yuan, codeGroups, sayCode,
  cartLine, villagerRecord, orderRecord, seedStation, storedOrders,
} from './helpers.mjs';

const t = T.zh;
const byId = (id) => PRODUCTS.find((p) => p.id === id);
const wang = villagerRecord('v-wang', '王阿姨', 0);
const li = villagerRecord('v-li', '李大爷', 1);

/** Orders sent just now: A (returnable 7 days), B (one returnable item, one not), C (never collected). */
function sentOrders(now) {
  const at = { placedAt: now, shippedAt: now };
  const a = orderRecord({ id: 'CZ-20261103-1001', villager: wang, code: '314159', lines: [cartLine(byId(23), 1)], ...at });
  const b = orderRecord({ id: 'CZ-20261103-1002', villager: wang, code: '271828', lines: [cartLine(byId(24), 1), cartLine(byId(1), 1)], ...at });
  const c = orderRecord({ id: 'CZ-20261103-1003', villager: li, code: '161803', lines: [cartLine(byId(3), 2)], ...at });
  return [a, b, c];
}
const totalOf = (o) => o.lines.reduce((s, l) => s + paidFen(byId(l.product_id)) * l.qty, 0);
const commissionOf = (o) => Math.floor((totalOf(o) * 300 + 5_000) / 10_000);

const currentStage = (page) => main(page).locator('.stages li[aria-current="step"] .stage-word');
const parcelRows = (page) => main(page).locator('.parcel-list').first().locator('.parcel-row');
const partnerLink = (page) => page.locator('header').getByRole('link', { name: t.partner.title, exact: true });

async function openSettings(page) {
  await partnerLink(page).click();
  await main(page).getByRole('link', { name: t.partner.settings }).click();
  await expectTitle(page, t.settings.title);
}

async function openStation(page) {
  await partnerLink(page).click();
  await main(page).getByRole('link', { name: t.partner.station }).click();
  await expectTitle(page, t.station.title);
}

async function commissionFigures(page) {
  await partnerLink(page).click();
  await main(page).getByRole('link', { name: t.partner.commission }).click();
  await expectTitle(page, t.commission.title);
  const figure = (name) => main(page).locator('.big-numbers div').filter({ hasText: name }).locator('dd');
  return { orders: figure(t.commission.orders), pending: figure(t.commission.pending), earned: figure(t.commission.earned) };
}

test('a parcel travels, is handed over with its code, returned within its window, and earns its commission', async ({ page }) => {
  test.setTimeout(90_000);
  await fakeSpeech(page, [{ lang: 'zh-CN', name: 'Chinese' }]);
  // The station clock starts on 3 November 2026, 10:00 in China, so the whole story (arrival,
  // pickup, a week of return window) stays inside one month whatever day the test runs.
  const start = Date.UTC(2026, 10, 3, 2, 0);
  const orders = sentOrders(start);
  const [a, b, c] = orders;
  await seedStation(page, { villagers: [wang, li], orders, clock: { real_base: Date.now(), sim_base: start, speed: 1 } });

  // Just sent: accepted, expected in a day or more.
  await page.goto(`/orders/${a.id}`);
  await openPartner(page);
  await expect(currentStage(page)).toHaveText(t.track.accepted);
  await expect(main(page).locator('.stages li[aria-current="step"]')).toContainText(t.track.now);
  await expect(main(page).locator('.eta')).toHaveText(/^预计(明天|后天|\d+天后)到站。$/);
  await main(page).locator('.timeline').getByRole('button').click();
  expect((await page.evaluate(() => window.__spoken.at(-1).text))).toContain(fill(t.track.say_now, { stage: t.track.accepted }));

  // ×1440: a real second is a simulated day's minute-hand racing; the station clock runs ahead.
  await openSettings(page);
  const clockText = main(page).getByText(new RegExp(`^${t.clock.now.split('{{')[0]}`));
  const before = await clockText.textContent();
  await main(page).getByText(t.clock.x1440, { exact: true }).click();
  await expect(clockText).not.toHaveText(before, { timeout: 5_000 });
  await main(page).getByText(t.clock.pause, { exact: true }).click();

  // Event by event until all three parcels are at the station: four legs each (one more jump
  // would be the first 7-day return).
  for (let i = 0; i < 12; i += 1) {
    await main(page).getByRole('button', { name: t.clock.next }).click();
  }
  await openStation(page);
  await expect(parcelRows(page)).toHaveCount(3);
  await expect(parcelRows(page).filter({ hasText: '李大爷' })).toContainText(fill(t.station.waiting_days, { count: 0 }));

  // Handover of A: a wrong code is refused in words and voice, the right one shows the cash.
  const rowA = parcelRows(page).filter({ hasText: a.id });
  await rowA.getByRole('button', { name: t.station.hand_over }).click();
  const pad = rowA.locator('.pin-pad');
  for (const d of '000000') await pad.getByRole('button', { name: d, exact: true }).click();
  await pad.getByRole('button', { name: t.partner.ok }).click();
  await expect(rowA.getByRole('alert')).toHaveText(fill(t.station.wrong, { left: 4 }));
  expect(await page.evaluate(() => window.__spoken.at(-1).text)).toBe(fill(t.station.wrong, { left: 4 }));
  for (const d of a.pickup_code) await pad.getByRole('button', { name: d, exact: true }).click();
  await pad.getByRole('button', { name: t.partner.ok }).click();
  await expect(main(page).locator('.cash-due')).toContainText(yuan(totalOf(a)));
  await expect(main(page).locator('.cash-due')).toContainText('王阿姨');
  // The cash to take is said in money words, never as "¥75.72".
  const saidDone = await page.evaluate(() => window.__spoken.at(-1).text);
  expect(saidDone.startsWith(t.station.done)).toBe(true);
  expect(saidDone).toContain('元');
  expect(saidDone).not.toContain('¥');
  await expect(parcelRows(page)).toHaveCount(2);

  // B too; C is never collected.
  const rowB = parcelRows(page).filter({ hasText: b.id });
  await rowB.getByRole('button', { name: t.station.hand_over }).click();
  for (const d of b.pickup_code) await rowB.locator('.pin-pad').getByRole('button', { name: d, exact: true }).click();
  await rowB.locator('.pin-pad').getByRole('button', { name: t.partner.ok }).click();
  await expect(main(page).locator('.cash-due')).toContainText(yuan(totalOf(b)));
  await expect(parcelRows(page)).toHaveCount(1);

  // "Tell the villager": the SMS text with code and amount.
  const rowC = parcelRows(page).filter({ hasText: c.id });
  await rowC.getByRole('button', { name: t.station.tell }).click();
  const sms = rowC.getByRole('link', { name: t.station.sms });
  await expect(sms).toHaveAttribute('href', new RegExp(`^sms:13812345678\\?body=`));
  // Its first line is the message; the second the link to her parcel (myparcel.spec.mjs).
  const [told1, told2] = decodeURIComponent((await sms.getAttribute('href')).split('body=')[1]).split('\n');
  expect(told1).toBe(fill(t.station.message, { name: '李大爷', code: codeGroups(c.pickup_code), amount: yuan(totalOf(c)) }));
  expect(told2).toContain('/my-parcel#v1.');
  // Read aloud: the code digit by digit in two groups, the cash in money words.
  await rowC.locator('.tell-box').getByRole('button').last().click();
  const told = await page.evaluate(() => window.__spoken.at(-1).text);
  expect(told).toContain(sayCode('zh', c.pickup_code));
  expect(told).toContain('元');
  expect(told).not.toContain('¥');
  expect(told).not.toContain(c.pickup_code);

  // Commission: three orders this month, all pending.
  let figures = await commissionFigures(page);
  await expect(figures.orders).toHaveText('3');
  await expect(figures.pending).toHaveText(yuan(commissionOf(a) + commissionOf(b) + commissionOf(c)));
  await expect(figures.earned).toHaveText(yuan(0));

  // A return of B's returnable item; the rice has no returns and says so.
  await page.goto(`/orders/${b.id}`);
  await openPartner(page);
  await expect(currentStage(page)).toHaveText(t.track.picked_up);
  const rice = main(page).locator('.return-item').filter({ hasText: byId(1).titleZh });
  await expect(rice).toContainText(t.returns.none);
  await expect(rice.getByRole('checkbox')).toBeDisabled();
  await main(page).getByRole('button', { name: t.returns.submit }).click();
  await expect(main(page).getByRole('alert').filter({ hasText: t.returns.choose_reason })).toBeVisible();
  await main(page).locator('.return-item').filter({ hasText: byId(24).titleZh }).getByRole('checkbox').check();
  await main(page).locator('.reason-choice').filter({ hasText: t.returns.damaged }).click();
  await main(page).getByRole('button', { name: t.returns.submit }).click();
  await expect(main(page).getByText(fill(t.track.return_started, { reason: t.returns.damaged }))).toBeVisible();
  const stored = (await storedOrders(page)).find((o) => o.id === b.id);
  expect(stored.returned).toMatchObject({ product_ids: [24], reason: 'damaged' });

  // Days pass: C is flagged at 5 days, returned to sender at 7; A's window closes.
  await openSettings(page);
  for (let i = 0; i < 5; i += 1) await main(page).getByRole('button', { name: t.clock.day }).click();
  await openStation(page);
  const [before5, after5] = t.station.overdue.split(/\{\{\s*n\s*\}\}/);
  await expect(parcelRows(page).filter({ hasText: c.id })).toContainText(new RegExp(`${before5}[56]${after5}`));
  await openSettings(page);
  for (let i = 0; i < 3; i += 1) await main(page).getByRole('button', { name: t.clock.day }).click();
  await openStation(page);
  await expect(main(page).getByText(t.station.none)).toBeVisible();
  await expect(main(page).getByRole('heading', { name: t.station.returned_title })).toBeVisible();

  // Earned: A only (B had a return, C went back).
  figures = await commissionFigures(page);
  await expect(figures.earned).toHaveText(yuan(commissionOf(a)));
  await expect(figures.pending).toHaveText(yuan(0));

  // A's return window has closed.
  await page.goto(`/orders/${a.id}`);
  await openPartner(page);
  await expect(main(page).locator('.return-item')).toContainText(t.returns.closed.split('（')[0]);
});

test('a villager finds their parcel by tapping their picture, without names or codes on show', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'zh-CN', name: 'Chinese' }]);
  const orders = sentOrders(Date.now());
  await seedStation(page, { villagers: [wang, li], orders });
  await page.goto('/');
  await main(page).getByRole('link', { name: t.parcels.link }).click();
  await expectTitle(page, t.parcels.title);
  await expect(page.getByText('王阿姨')).toHaveCount(0);
  const tiles = main(page).locator('.tile');
  await expect(tiles).toHaveCount(2);
  await tiles.filter({ hasText: '王**' }).getByRole('button').click();
  await expect(main(page).locator('.parcel-row')).toHaveCount(2);
  await expect(main(page).locator('.parcel-row').first()).toContainText(t.track.accepted);
  await expect(main(page).getByText(orders[0].pickup_code)).toHaveCount(0);
  await main(page).locator('.parcel-row').first().getByRole('button', { name: t.speak.button }).click();
  expect(await page.evaluate(() => window.__spoken.at(-1).text)).toContain(fill(t.track.say_now, { stage: t.track.accepted }));
});
