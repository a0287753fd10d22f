// Backup and a new tablet (issue 16): the partner saves the station to a password-sealed file,
// and a fresh tablet (a new browser context: no storage at all) restores it — every villager,
// order and cart back, the same count, once. A wrong password, a cut file and a foreign file are
// refused in words and change nothing; restoring the same file twice adds nothing.
import {
  test, expect, T, fill, main, openPartner, seedStation, deliveryStation, storedOrders, PRODUCTS, cartLine,
} from './helpers.mjs';

const t = T.zh;
const PASSWORD = '东村村站2026';

const stored = (page, name) =>
  page.evaluate((name) => JSON.parse(localStorage.getItem(`cunzhan.${name}`) || '{"items":[]}').items, name);
/** To a partner screen the way a partner goes (a reload would lock partner mode). */
async function viaPartner(page, tile) {
  await page.locator('header').getByRole('link', { name: T.zh.partner.title }).click();
  await main(page).getByRole('link', { name: tile, exact: true }).click();
}
/** An order as the app reads it (fields a seeded record leaves out take their defaults). */
const ORDER_DEFAULTS = {
  remote_cart: null, mismatches: [], shipped_at: null, picked_up_at: null, pickup_guard: { failures: 0, locked_until: null },
  returned: null, commission_bp: null, sent_back_at: null, settled: null,
};
const asRead = (orders) => orders.map((o) => ({ ...ORDER_DEFAULTS, ...o }));
const byId = (items) => [...items].sort((a, b) => (a.id ?? a.key).localeCompare(b.id ?? b.key));

test('backup, then a new tablet restores every record once; wrong password, cut and foreign files change nothing', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const station = deliveryStation();
  const [wang] = station.villagers;
  const carts = [{ villager_id: wang.id, key: 'cart-key-wang', cart: { lines: [cartLine(PRODUCTS[0], 2)] } }];
  await seedStation(page, { ...station, carts });
  await page.goto('/partner');
  await openPartner(page);

  // Never backed up, with orders on the tablet: the partner screen says so and leads there.
  const remind = main(page).getByTestId('backup-remind');
  await expect(remind).toContainText(t.backup.remind_never);
  await remind.getByRole('link', { name: t.backup.remind_go }).click();
  await expect(page.locator('main#main').getByRole('heading', { level: 1 })).toHaveText(t.backup.title);
  await expect(main(page).getByTestId('backup-last')).toHaveText(t.backup.never);

  // The password: too short, then typed differently twice — refused in words.
  const save = main(page).locator('section.backup-section').first();
  const [pw, again] = [save.getByLabel(t.backup.password), save.getByLabel(t.backup.password_again)];
  await pw.fill('12345');
  await again.fill('12345');
  await save.getByRole('button', { name: t.backup.save }).click();
  await expect(save.getByRole('alert')).toHaveText(t.backup.err_short);
  await pw.fill(PASSWORD);
  await again.fill(`${PASSWORD}x`);
  await save.getByRole('button', { name: t.backup.save }).click();
  await expect(save.getByRole('alert')).toHaveText(t.backup.err_mismatch);

  // Saved: a file in the downloads, named by today's date, with nothing readable in it.
  await again.fill(PASSWORD);
  const downloaded = page.waitForEvent('download');
  await save.getByRole('button', { name: t.backup.save }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^cunzhan-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  expect(file.startsWith('{"format":"cunzhan-backup","v":1,')).toBe(true);
  for (const secret of [wang.name, station.orders[1].pickup_code, station.orders[0].id, 'v-wang']) {
    expect(file, `"${secret}" readable in the file`).not.toContain(secret);
  }
  await expect(save.getByRole('status')).toContainText(download.suggestedFilename());
  await expect(main(page).getByTestId('backup-last')).toHaveText(t.backup.last_today);
  await expect(pw).toHaveValue('');
  // The reminder is gone.
  await page.locator('header').getByRole('link', { name: t.partner.title }).click();
  await expect(main(page).getByRole('link', { name: t.partner.backup, exact: true })).toBeVisible();
  await expect(main(page).getByTestId('backup-remind')).toHaveCount(0);
  // Parcels waiting to be handed over, as the station screen shows them.
  await viaPartner(page, t.partner.station);
  const waiting = await main(page).locator('[data-lesson="hand-over"]').count();
  expect(waiting).toBeGreaterThan(0);

  const before = {
    villagers: byId(await stored(page, 'villagers')),
    orders: asRead(byId(await stored(page, 'orders'))),
    carts: await stored(page, 'carts'),
  };
  expect(before.orders).toHaveLength(4);

  // A new tablet: nothing stored at all. The partner sets a PIN and opens the backup screen.
  const fresh = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  const tablet = await fresh.newPage();
  await tablet.goto('/backup');
  await openPartner(tablet, { pin: '1357' });
  await expect(tablet.getByRole('heading', { level: 1 })).toHaveText(t.backup.title);
  const restore = main(tablet).locator('section.backup-section').nth(1);
  const choose = (buffer, name = 'cunzhan-backup.json') =>
    restore.getByLabel(t.backup.file).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(buffer) });
  const restoreWith = async (password) => {
    await restore.getByLabel(t.backup.restore_password).fill(password);
    await restore.getByRole('button', { name: t.backup.restore }).click();
  };
  const nothingStored = async () => {
    expect(await storedOrders(tablet)).toEqual([]);
    expect(await stored(tablet, 'villagers')).toEqual([]);
  };

  // No file chosen.
  await restoreWith(PASSWORD);
  await expect(restore.getByRole('alert')).toHaveText(t.backup.err_no_file);
  // The wrong password.
  await choose(file);
  await restoreWith('not-the-password');
  await expect(restore.getByRole('alert')).toHaveText(t.backup.err_wrong_password);
  await nothingStored();
  // The file cut short (a copy that did not finish), then one byte of the sealed data changed.
  await choose(file.slice(0, Math.floor(file.length * 0.6)));
  await restoreWith(PASSWORD);
  await expect(restore.getByRole('alert')).toHaveText(t.backup.err_damaged);
  await nothingStored();
  const env = JSON.parse(file);
  const flipped = env.data[40] === 'A' ? 'B' : 'A';
  await choose(JSON.stringify({ ...env, data: env.data.slice(0, 40) + flipped + env.data.slice(41) }));
  await restoreWith(PASSWORD);
  await expect(restore.getByRole('alert')).toHaveText(t.backup.err_damaged);
  await nothingStored();
  // Another file altogether, and a backup from a newer app.
  await choose('{"villagers": []}', 'notes.json');
  await restoreWith(PASSWORD);
  await expect(restore.getByRole('alert')).toHaveText(t.backup.err_foreign);
  await choose(file.replace('"v":1,', '"v":7,'));
  await restoreWith(PASSWORD);
  await expect(restore.getByRole('alert')).toHaveText(t.backup.err_newer);
  await nothingStored();

  // The right file and password: every record back, and a read-out of what came in.
  await choose(file, 'cunzhan-backup-2026-12-03.json');
  await expect(main(tablet).getByTestId('backup-file')).toHaveText('cunzhan-backup-2026-12-03.json');
  await restoreWith(PASSWORD);
  const readout = main(tablet).getByTestId('backup-readout');
  await expect(readout).toContainText(fill(t.backup.restored, {
    villagers: 3, orders: 4, updated: 0, waiting,
  }));
  await expect(restore.getByRole('alert')).toHaveText('');
  expect(byId(await stored(tablet, 'villagers'))).toEqual(before.villagers);
  expect(asRead(byId(await stored(tablet, 'orders')))).toEqual(before.orders);
  expect(await stored(tablet, 'carts')).toEqual(before.carts);
  // The screens show them at once: the orders list, without a reload.
  await viaPartner(tablet, t.partner.orders);
  await expect(main(tablet).locator('[data-lesson="order-row"]')).toHaveCount(4);

  // The same file again: nothing new, nothing twice.
  await viaPartner(tablet, t.partner.backup);
  await choose(file);
  await restoreWith(PASSWORD);
  await expect(main(tablet).getByTestId('backup-readout')).toContainText(t.backup.nothing);
  expect(await storedOrders(tablet)).toHaveLength(4);
  expect(await stored(tablet, 'villagers')).toHaveLength(3);
  await fresh.close();

  // A third tablet whose storage is full for orders: the restore says so, and every other
  // collection is still written; once there is room, the same file again keeps everything once.
  const full = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  const third = await full.newPage();
  await third.goto('/backup');
  await openPartner(third, { pin: '1357' });
  await third.evaluate(() => {
    const set = Storage.prototype.setItem;
    window.__full = true;
    Storage.prototype.setItem = function (key, value) {
      if (window.__full && key === 'cunzhan.orders') throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  });
  const restore3 = main(third).locator('section.backup-section').nth(1);
  await restore3.getByLabel(t.backup.file).setInputFiles({ name: 'cunzhan-backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await restore3.getByLabel(t.backup.restore_password).fill(PASSWORD);
  await restore3.getByRole('button', { name: t.backup.restore }).click();
  await expect(restore3.getByRole('alert')).toHaveText(t.backup.err_full);
  expect(byId(await stored(third, 'villagers'))).toEqual(before.villagers);
  // The message follows the language when the partner switches it.
  await third.locator('header .lang-btn').click();
  await expect(restore3.getByRole('alert')).toHaveText(T.en.backup.err_full);
  await third.locator('header .lang-btn').click();
  await expect(restore3.getByRole('alert')).toHaveText(t.backup.err_full);
  expect(await storedOrders(third)).toEqual([]);
  await third.evaluate(() => { window.__full = false; });
  await restore3.getByRole('button', { name: t.backup.restore }).click();
  // What the first try brought was already on screen: nothing new, and now all of it kept.
  await expect(main(third).getByTestId('backup-readout')).toContainText(t.backup.nothing);
  await expect(restore3.getByRole('alert')).toHaveText('');
  expect(asRead(byId(await stored(third, 'orders')))).toEqual(before.orders);
  expect(await stored(third, 'villagers')).toHaveLength(3);
  await full.close();
});

test('the reminder comes back after a week, in English too', async ({ page }) => {
  const station = deliveryStation();
  await seedStation(page, station);
  await page.addInitScript(() => {
    localStorage.setItem('cunzhan.backup', JSON.stringify({ v: 1, items: [Date.now() - 8 * 86_400_000 - 60_000] }));
  });
  await page.goto('/partner?lang=en');
  await openPartner(page, { lang: 'en' });
  await expect(main(page).getByTestId('backup-remind')).toContainText(fill(T.en.backup.remind, { days: 8 }));
  await main(page).getByRole('link', { name: T.en.backup.remind_go }).click();
  await expect(main(page).getByTestId('backup-last')).toHaveText(fill(T.en.backup.last, { days: 8 }));
});
