// Parcels from any courier (代收), walked as the partner does it: a courier leaves three parcels
// for two villagers, recorded one after another without leaving the screen; a number typed twice
// is refused; the villager is told (the message and its SMS link); the handover takes the
// pickup code, with the same wrong-code rule as an order's parcel.
import {
  test, expect, T, main, openPartner, seedStation, demoStation, storageKey, SCHEMA, fill,
  failWrites,
} from './helpers.mjs';

const KEY = storageKey('courier_parcels');
const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) || '{"items":[]}'), KEY);
const rows = (page) => main(page).locator('.courier-list .parcel-row');

async function recordParcel(page, t, { courier, tracking, shelf, villager }) {
  if (courier) await main(page).locator('.courier-choice').filter({ hasText: courier }).click();
  await main(page).getByLabel(t.courier.tracking).fill(tracking);
  if (shelf !== undefined) await main(page).getByLabel(t.courier.shelf).fill(shelf);
  if (villager) await main(page).locator('.villager-choice').filter({ hasText: villager }).click();
  await main(page).getByRole('button', { name: t.courier.record }).click();
}

test('three parcels from two couriers, a number typed twice refused, the villager told, handed over with the code', async ({ page }) => {
  test.setTimeout(90_000);
  const t = T.zh;
  await seedStation(page, demoStation());
  await page.goto('/partner');
  await openPartner(page);
  await main(page).getByRole('link', { name: t.partner.courier }).click();
  await expect(page.locator('main#main').getByRole('heading', { level: 1 })).toHaveText(t.courier.title);
  const status = main(page).locator('.courier-form [role="status"]');

  // Nobody chosen: refused, nothing recorded.
  await recordParcel(page, t, { courier: t.courier.couriers.zto, tracking: '7312 4455 0091', shelf: 'A-3' });
  await expect(status).toHaveText(t.courier.err_villager);
  await expect(main(page).getByText(t.courier.none)).toBeVisible();

  await main(page).locator('.villager-choice').filter({ hasText: '王阿姨' }).click();
  await main(page).getByRole('button', { name: t.courier.record }).click();
  await expect(status).toContainText('王阿姨');
  await expect(rows(page)).toHaveCount(1);
  // The number and the villager are cleared for the next parcel; courier and shelf stay.
  await expect(main(page).getByLabel(t.courier.tracking)).toHaveValue('');
  await expect(main(page).getByLabel(t.courier.shelf)).toHaveValue('A-3');

  await recordParcel(page, t, { tracking: 'zt-7788 9900', villager: '李大爷' });
  await expect(status).toContainText('李大爷');
  await recordParcel(page, t, { courier: t.courier.couriers.sf, tracking: 'SF1234567890', shelf: 'B-1', villager: '王阿姨' });
  await expect(rows(page)).toHaveCount(3);

  // The first number again, typed another way, at the same courier: refused, still three.
  await recordParcel(page, t, { courier: t.courier.couriers.zto, tracking: '7312-4455-0091', villager: '王阿姨' });
  await expect(status).toHaveText(t.courier.err_duplicate);
  await expect(rows(page)).toHaveCount(3);
  // Not a tracking number at all.
  await recordParcel(page, t, { tracking: '12', villager: '王阿姨' });
  await expect(status).toHaveText(t.courier.err_tracking_short);

  const saved = await stored(page);
  expect(saved.v).toBe(SCHEMA.version);
  expect(saved.items.map((p) => [p.courier, p.tracking, p.villager_id, p.shelf])).toEqual([
    ['zto', '731244550091', 'v-wang', 'A-3'],
    ['zto', 'ZT77889900', 'v-li', 'A-3'],
    ['sf', 'SF1234567890', 'v-wang', 'B-1'],
  ]);
  const codes = saved.items.map((p) => p.code);
  for (const code of codes) expect(code).toMatch(/^\d{6}$/);

  // Telling Wang about the first one: the message has her code in groups, the link is an SMS.
  const first = rows(page).filter({ hasText: '731244550091' });
  await first.getByRole('button', { name: t.station.tell }).click();
  const grouped = `${codes[0].slice(0, 3)} ${codes[0].slice(3)}`;
  await expect(first.locator('.tell-box p')).toContainText(grouped);
  await expect(first.locator('.tell-box p')).toContainText(t.courier.couriers.zto);
  await expect(first.getByRole('link', { name: t.station.sms })).toHaveAttribute('href', /^sms:\d{11}\?body=/);

  // The handover: a wrong code is refused and counted, the right one hands it over.
  await first.getByRole('button', { name: t.station.hand_over }).click();
  const wrong = codes[0] === '000000' ? '111111' : '000000';
  const key = (k) => first.locator('.pin-pad').getByRole('button', { name: k, exact: true });
  for (const d of wrong) await key(d).click();
  await key(t.partner.ok).click();
  await expect(first.getByRole('alert')).toHaveText(fill(t.station.wrong, { left: 4 }));
  for (const d of codes[0]) await key(d).click();
  await key(t.partner.ok).click();
  await expect(rows(page)).toHaveCount(2);
  // The row is gone; what happened stays on screen above the list.
  await expect(main(page).locator('.handed-note')).toHaveText(fill(t.courier.handed_to, { courier: t.courier.couriers.zto, name: '王阿姨' }));
  const after = await stored(page);
  expect(after.items.find((p) => p.tracking === '731244550091').picked_up_at).toEqual(expect.any(Number));
  expect(after.items.filter((p) => p.picked_up_at)).toHaveLength(1);

  // A reload reads them back (their screen reads them when it opens).
  await page.reload();
  await openPartner(page);
  await expect(rows(page)).toHaveCount(2);

  // The courier pays the station per parcel handed over: set the fee (an absurd one refused),
  // and the month's income counts the one handed over beside the commission.
  await page.locator('header').getByRole('link', { name: t.partner.title, exact: true }).click();
  await main(page).getByRole('link', { name: t.partner.settings }).click();
  const fee = main(page).getByLabel(t.commission.fee_label);
  await expect(fee).toHaveValue('0.50');
  await fee.fill('25');
  await main(page).getByRole('button', { name: t.commission.fee_save }).click();
  await expect(main(page).getByText(t.commission.fee_bad)).toBeVisible();
  await fee.fill('1.5');
  await main(page).getByRole('button', { name: t.commission.fee_save }).click();
  await expect(main(page).getByRole('status').filter({ hasText: t.settings.saved })).toBeVisible();
  await page.locator('header').getByRole('link', { name: t.partner.title, exact: true }).click();
  await main(page).getByRole('link', { name: t.partner.commission }).click();
  const figure = (name) => main(page).locator('.big-numbers div').filter({ hasText: name }).locator('dd');
  await expect(figure(fill(t.commission.fees, { count: 1 }))).toHaveText('¥1.50');
  const earned = Number((await figure(t.commission.earned).textContent()).replace('¥', ''));
  await expect(figure(t.commission.income)).toHaveText(`¥${(earned + 1.5).toFixed(2)}`);

  // Wang, at the tablet, finds her parcel from the home screen by her picture: which courier and
  // how long it has waited, never the code (the code is for the handover).
  await page.locator('header').getByRole('link', { name: t.nav.home }).click();
  await main(page).getByRole('link', { name: t.parcels.link }).click();
  await expect(page.locator('main#main').getByRole('heading', { level: 1 })).toHaveText(t.parcels.title);
  await main(page).locator('.tile').filter({ hasText: '王' }).click();
  const hers = main(page).locator('.courier-parcel');
  await expect(hers).toHaveCount(1);
  await expect(hers).toContainText(fill(t.parcels.courier_here, { courier: t.courier.couriers.sf }));
  await expect(main(page)).not.toContainText(codes[2]);
  await expect(main(page)).not.toContainText(`${codes[2].slice(0, 3)} ${codes[2].slice(3)}`);
});

test('in English: couriers and refusals in English words', async ({ page }) => {
  const t = T.en;
  await seedStation(page, demoStation());
  await page.goto('/courier-parcels?lang=en');
  await openPartner(page, { lang: 'en' });
  await expect(page.locator('main#main').getByRole('heading', { level: 1 })).toHaveText(t.courier.title);
  await recordParcel(page, t, { courier: t.courier.couriers.sf, tracking: 'sf 0099 8877 66', shelf: '', villager: '王阿姨' });
  await expect(main(page).locator('.courier-form [role="status"]')).toHaveText(t.courier.err_shelf);
  await recordParcel(page, t, { tracking: 'sf 0099 8877 66', shelf: 'C-2', villager: '王阿姨' });
  await expect(main(page).locator('.courier-form [role="status"]')).toContainText("王阿姨's parcel, on C-2");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('SF Express');
  await expect(rows(page).first()).toContainText('SF00998877');
});

test('storage full while recording: the parcel is not recorded, said so, and recorded once storage is back', async ({ page }) => {
  const t = T.zh;
  await seedStation(page, demoStation());
  await page.goto('/courier-parcels');
  await openPartner(page);
  await failWrites(page, KEY);
  const status = main(page).locator('.courier-form [role="status"]');
  await recordParcel(page, t, { courier: t.courier.couriers.yunda, tracking: '4312 0000 5678', shelf: 'D-4', villager: '李大爷' });
  await expect(status).toHaveText(t.courier.err_storage);
  await expect(page.getByText(t.store.write_failed)).toBeVisible();
  await expect(rows(page)).toHaveCount(0);
  expect((await stored(page)).items).toHaveLength(0);
  // What was typed is still there to try again.
  await expect(main(page).getByLabel(t.courier.tracking)).toHaveValue('4312 0000 5678');

  await page.evaluate(() => window.__restore());
  await main(page).getByRole('button', { name: t.courier.record }).click();
  await expect(status).toContainText('李大爷');
  await expect(rows(page)).toHaveCount(1);
  expect((await stored(page)).items).toHaveLength(1);
  await expect(page.getByText(t.store.write_failed)).toHaveCount(0);
});

/** A 1×1 PNG: a photo the browser can decode (what is "in" it is the stubbed detector's answer). */
const TINY_PNG = {
  name: 'label.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
};

test('a label photo fills the tracking number where the browser reads barcodes; the villager found by typing', async ({ page }) => {
  const t = T.zh;
  // Chromium on Linux has no BarcodeDetector: a stand-in that "finds" what the test says.
  await page.addInitScript(() => {
    window.__codes = [];
    window.BarcodeDetector = class {
      async detect(image) {
        if (!(image instanceof ImageBitmap)) throw new TypeError('not an image');
        return window.__codes.map((rawValue) => ({ rawValue, format: 'code_128' }));
      }
    };
  });
  await seedStation(page, demoStation());
  await page.goto('/courier-parcels');
  await openPartner(page);
  const status = main(page).locator('.courier-form > p[role="status"]');
  const scan = main(page).locator('.scan-pick input[type="file"]');
  // The label's QR link and a sorting code are passed over; the tracking number is taken.
  await page.evaluate(() => { window.__codes = ['https://t.example/q?1', '12', 'YT 7788 1234 5566']; });
  await scan.setInputFiles(TINY_PNG);
  await expect(main(page).getByLabel(t.courier.tracking)).toHaveValue('YT778812345566');
  await expect(status).toHaveText(fill(t.courier.scan_ok, { number: 'YT778812345566' }));
  // Nothing readable: said so, the number typed stays.
  await page.evaluate(() => { window.__codes = []; });
  await scan.setInputFiles({ ...TINY_PNG, name: 'blurred.png' });
  await expect(status).toHaveText(t.courier.scan_none);
  await expect(main(page).getByLabel(t.courier.tracking)).toHaveValue('YT778812345566');

  // The villager by part of the name, or by phone digits.
  const choices = main(page).locator('.villager-choice');
  await expect(choices).toHaveCount(2);
  await main(page).getByLabel(t.villagers.search).fill('李');
  await expect(choices).toHaveText(['李大爷']);
  await choices.first().click();
  await main(page).getByLabel(t.villagers.search).fill('zzz');
  // The chosen one stays in view; nobody else matches.
  await expect(choices).toHaveText(['李大爷']);
  await main(page).getByLabel(t.courier.shelf).fill('A-1');
  await main(page).getByRole('button', { name: t.courier.record }).click();
  await expect(status).toContainText('李大爷');
  expect((await stored(page)).items.map((p) => p.tracking)).toEqual(['YT778812345566']);
});

test('where the browser cannot read barcodes there is no scan button: the number is typed', async ({ page }) => {
  await seedStation(page, demoStation());
  await page.goto('/courier-parcels');
  await openPartner(page);
  await expect(main(page).getByLabel(T.zh.courier.tracking)).toBeVisible();
  expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
  await expect(main(page).locator('.scan-pick')).toHaveCount(0);
});
