// Villagers' goods sold through the station (代卖), walked as the partner does it: list Wang's
// eggs with a photo from the tablet camera (a file chooser stands in for it), hear it read back,
// put it on the shelf; the home screen shows it, and its screen has the trace card and QR code;
// a sale is recorded, the ledger shows what is owed, and the payout asks yes/no. With a remote
// backend the listing goes out as exactly one POST /products/add, through an offline spell.
import {
  test, expect, T, main, openPartner, seedStation, demoStation, storageKey, fill, fakeSpeech, countWithUnit,
  failWrites,
} from './helpers.mjs';

const LISTINGS = storageKey('produce_listings');
const stored = (page, key = LISTINGS) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) || '{"items":[]}').items, key);
const productPosts = (api) => api.requests.filter((r) => r.method === 'POST' && r.path === '/products/add');

/** A camera-sized JPEG with detail in it (so it has to be shrunk), made by the browser. */
async function cameraPhoto(page, width = 2400, height = 1800) {
  const base64 = await page.evaluate(async ([w, h]) => {
    const canvas = new OffscreenCanvas(w, h);
    const g = canvas.getContext('2d');
    const grad = g.createLinearGradient(0, 0, w, h);
    grad.addColorStop(0, '#c8a165');
    grad.addColorStop(1, '#f3e3c0');
    g.fillStyle = grad;
    g.fillRect(0, 0, w, h);
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 4000; i++) {
      g.fillStyle = `hsl(${Math.floor(rnd() * 60) + 20},60%,${Math.floor(rnd() * 50) + 30}%)`;
      g.beginPath();
      g.ellipse(rnd() * w, rnd() * h, 8 + rnd() * 40, 6 + rnd() * 30, rnd() * 3, 0, 7);
      g.fill();
    }
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, [width, height]);
  return { name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
}

/** The photo with an EXIF block (APP1) right after the JPEG's start, carrying a place, as a
 * phone camera writes it. */
function withLocation(photo) {
  const exif = Buffer.concat([Buffer.from('Exif\0\0', 'binary'), Buffer.from('MM\0*GPSLatitude 31.2304 N GPSLongitude 121.4737 E')]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(exif.length + 2);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), length, exif]);
  return { ...photo, buffer: Buffer.concat([photo.buffer.subarray(0, 2), app1, photo.buffer.subarray(2)]) };
}

async function openGoods(page, t, lang = 'zh') {
  await page.goto(lang === 'zh' ? '/partner' : '/partner?lang=en');
  await openPartner(page, { lang });
  await main(page).getByRole('link', { name: t.partner.goods }).click();
  await expect(page.locator('main#main').getByRole('heading', { level: 1 })).toHaveText(t.produce.title);
}

/** Fills the listing form (the seller and photo are chosen by the caller). */
async function fillListing(page, t, { name, price, qty }) {
  await main(page).getByLabel(t.produce.name_zh).fill(name);
  await main(page).locator('#goods-price').fill(price);
  await main(page).locator('#goods-qty').fill(qty);
}

for (const lang of ['zh', 'en']) {
  test(`${lang}: list eggs with a photo, read back, on the shelf with a trace card; sell, then pay out`, async ({ page }) => {
    test.setTimeout(120_000);
    const t = T[lang];
    await fakeSpeech(page, [{ name: 'zh', lang: 'zh-CN' }, { name: 'en', lang: 'en-US' }]);
    await seedStation(page, demoStation());
    await openGoods(page, t, lang);
    await expect(main(page).getByText(t.produce.none)).toBeVisible();
    await main(page).getByRole('link', { name: t.produce.add }).click();
    await expect(page.locator('main#main').getByRole('heading', { level: 1 })).toHaveText(t.produce.new_title);
    const status = main(page).locator('.goods-form > p.form-status');

    // Nothing filled in: every problem said at once, nothing listed.
    await main(page).getByRole('button', { name: t.produce.check }).click();
    await expect(status).toContainText(t.produce.err_no_seller);
    await expect(status).toContainText(t.produce.err_name);
    await expect(main(page).locator('span.field-error').filter({ hasText: t.produce.err_price })).toBeVisible();

    // Photos: a 20 MB file and a file that is no picture are refused in words; a camera photo is
    // shrunk to at most 100 KB and kept as a JPEG.
    const input = main(page).locator('input[type="file"]');
    const note = main(page).getByTestId('photo-note');
    await input.setInputFiles({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(20 * 1024 * 1024, 1) });
    await expect(note).toHaveText(t.produce.photo_err_big);
    await input.setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture at all') });
    await expect(note).toHaveText(t.produce.photo_err_bad);
    const photo = withLocation(await cameraPhoto(page));
    expect(photo.buffer.length).toBeGreaterThan(300 * 1024);
    expect(photo.buffer.includes(Buffer.from('GPSLatitude'))).toBe(true);
    await input.setInputFiles(photo);
    await expect(note).toHaveText(t.produce.photo_ok, { timeout: 20_000 });
    const src = await main(page).locator('img.photo-taken').getAttribute('src');
    expect(src).toMatch(/^data:image\/jpeg;base64,/);
    const kept = Buffer.from(src.split(',')[1], 'base64');
    expect(kept.length).toBeLessThanOrEqual(100 * 1024);
    // Drawn again on the tablet: none of the camera's data (where it was taken) is kept.
    expect(kept.includes(Buffer.from('Exif'))).toBe(false);
    expect(kept.includes(Buffer.from('GPSLatitude'))).toBe(false);

    await main(page).locator('.villager-choice').filter({ hasText: '王阿姨' }).click();
    await fillListing(page, t, { name: '土鸡蛋', price: '0', qty: '30' });
    await main(page).getByRole('button', { name: t.produce.check }).click();
    await expect(main(page).locator('span.field-error').filter({ hasText: t.produce.err_price_zero })).toBeVisible();
    expect(await stored(page)).toEqual([]);

    // Right: read back (aloud), "change" goes back to the filled form, then list it.
    await main(page).locator('#goods-price').fill('8.5');
    await main(page).getByRole('button', { name: t.produce.check }).click();
    const readBack = main(page).locator('.goods-read-back');
    await expect(readBack.getByRole('heading')).toHaveText(t.produce.read_back);
    await expect(readBack).toContainText('¥8.50');
    await expect(readBack).toContainText(countWithUnit(lang, 30, 'jin'));
    const spoken = await page.evaluate(() => window.__spoken.map((s) => s.text).join(' | '));
    expect(spoken).toContain('王阿姨');
    expect(spoken).toContain('土鸡蛋');
    await readBack.getByRole('button', { name: t.produce.change }).click();
    await expect(main(page).getByLabel(t.produce.name_zh)).toHaveValue('土鸡蛋');
    await main(page).getByRole('button', { name: t.produce.check }).click();
    await readBack.getByRole('button', { name: t.produce.list }).click();

    await expect(page.locator('main#main').getByRole('heading', { level: 1 })).toHaveText(t.produce.title);
    const row = main(page).locator('.goods-row').filter({ hasText: '土鸡蛋' });
    await expect(row).toContainText(fill(t.produce.left, { qty: countWithUnit(lang, 30, 'jin') }));
    const [listing] = await stored(page);
    expect(listing).toMatchObject({ seller_id: 'v-wang', name_zh: '土鸡蛋', price_per_unit: 850, quantity: 30, unit: 'Jin' });
    expect(listing.photo).toBe(src);
    // The embedded backend keeps it on the tablet: nothing waits to be sent (once the flush that
    // the listing woke has run).
    await expect.poll(async () => Object.keys((await stored(page))[0].send)).toEqual(['Sent']);
    await expect(row.getByText(t.produce.waiting_send)).toHaveCount(0);

    // The home screen's shelf shows it; its screen has the trace card and the QR code.
    await page.goto(lang === 'zh' ? '/' : '/?lang=en');
    const shelf = main(page).locator('.village-shelf');
    await expect(shelf.getByRole('heading')).toHaveText(t.produce.shelf);
    await shelf.getByRole('link', { name: /土鸡蛋/ }).click();
    await expect(page).toHaveURL(new RegExp(`/produce/${listing.id}$`));
    const card = main(page).locator('.trace-card');
    await expect(card).toContainText(fill(t.produce.grower, { name: '阿姨', village: demoStation().wang.village }));
    await expect(card).not.toContainText('王阿姨');
    const qr = card.getByRole('img', { name: t.produce.qr });
    await expect(qr).toHaveAttribute('data-address', new RegExp(`^http://127\\.0\\.0\\.1:\\d+/produce/${listing.id}$`));
    expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+,\d+h\d+v1h-\d+z/);

    // A sale of 3 to a walk-in customer: stock down, the sale and the ledger in money.
    await openGoods(page, t, lang);
    const sellRow = main(page).locator('.goods-row').filter({ hasText: '土鸡蛋' });
    const plus = sellRow.locator('.stepper button').last();
    await plus.click();
    await plus.click();
    await sellRow.getByRole('button', { name: t.produce.sell }).click();
    await expect(main(page).locator('p.form-status').first()).toContainText(countWithUnit(lang, 3, 'jin'));
    await expect(main(page).locator('.goods-row').filter({ hasText: '土鸡蛋' }))
      .toContainText(fill(t.produce.left, { qty: countWithUnit(lang, 27, 'jin') }));
    const ledger = main(page).locator('.ledger-row').filter({ hasText: '王阿姨' });
    await expect(ledger.locator('.ledger-owed .ledger-figure')).toHaveText('¥25.50');

    // Pay out: the question is asked (and said); "no" pays nothing, "yes" pays it all.
    await ledger.getByRole('button', { name: t.produce.pay }).click();
    const ask = ledger.getByRole('alertdialog');
    await expect(ask).toContainText('¥25.50');
    await ask.getByRole('button', { name: t.produce.pay_no }).click();
    await expect(ledger.locator('.ledger-owed .ledger-figure')).toHaveText('¥25.50');
    await ledger.getByRole('button', { name: t.produce.pay }).click();
    await ledger.getByRole('alertdialog').getByRole('button', { name: t.produce.pay_yes }).click();
    await expect(ledger.locator('.ledger-owed .ledger-figure')).toHaveText('¥0.00');
    await expect(ledger.locator('.ledger-amount').nth(1).locator('.ledger-figure')).toHaveText('¥25.50');
    await expect(ledger.getByRole('button', { name: t.produce.pay })).toBeDisabled();
    const said = await page.evaluate(() => window.__spoken.at(-1).text);
    expect(said).toContain('王阿姨');

    // Kept across a reload.
    await page.reload();
    await openPartner(page, { lang });
    await expect(main(page).locator('.ledger-row .ledger-owed .ledger-figure')).toHaveText('¥0.00');
    expect((await stored(page, storageKey('produce_payouts'))).map((p) => p.amount)).toEqual([2550]);
  });
}

test('a remote backend gets exactly one POST /products/add per listing, through an offline spell', async ({ page, context, api }) => {
  test.setTimeout(90_000);
  const t = T.zh;
  await seedStation(page, demoStation());
  await page.goto(`/partner?api=${encodeURIComponent(api.url)}`);
  await openPartner(page);
  await main(page).getByRole('link', { name: t.partner.goods }).click();
  await main(page).getByRole('link', { name: t.produce.add }).click();
  await main(page).locator('.villager-choice').filter({ hasText: '李大爷' }).click();
  await fillListing(page, t, { name: '蜂蜜', price: '45', qty: '6' });
  await context.setOffline(true);
  await main(page).getByRole('button', { name: t.produce.check }).click();
  await main(page).locator('.goods-read-back').getByRole('button', { name: t.produce.list }).click();
  const row = main(page).locator('.goods-row').filter({ hasText: '蜂蜜' });
  await expect(row.getByText(t.produce.waiting_send)).toBeVisible();
  expect(productPosts(api)).toHaveLength(0);
  // Kept on the tablet, waiting, while the network is down: nothing lost.
  // (The first try fails, offline, and the listing waits again with the reason.)
  await expect.poll(async () => (await stored(page))[0].send.Waiting?.last_error ?? null, { timeout: 20_000 }).toBeTruthy();
  await page.waitForTimeout(4_000);
  expect(productPosts(api)).toHaveLength(0);

  await context.setOffline(false);
  await expect(main(page).locator('.goods-row').filter({ hasText: '蜂蜜' }).getByText(t.produce.waiting_send))
    .toHaveCount(0, { timeout: 20_000 });
  // Another few flush ticks: still exactly one.
  await page.waitForTimeout(4_000);
  const posts = productPosts(api);
  expect(posts).toHaveLength(1);
  expect(posts[0].body).toMatchObject({ title: '蜂蜜', titleZh: '蜂蜜', price: 45, stock: 6, unit: 'Jin' });
  const [listing] = await stored(page);
  expect(posts[0].headers['idempotency-key']).toBe(listing.key);
  expect(listing.remote_id).toBeGreaterThan(0);
});

test('storage full when listing: nothing listed, said so, what was typed kept; listed once storage is back', async ({ page }) => {
  const t = T.zh;
  await seedStation(page, demoStation());
  await page.goto('/goods/new');
  await openPartner(page);
  await main(page).locator('.villager-choice').filter({ hasText: '王阿姨' }).click();
  await fillListing(page, t, { name: '红薯干', price: '12', qty: '10' });
  await failWrites(page, LISTINGS);
  await main(page).getByRole('button', { name: t.produce.check }).click();
  await main(page).locator('.goods-read-back').getByRole('button', { name: t.produce.list }).click();
  await expect(main(page).locator('.goods-form > p.form-status')).toHaveText(t.produce.err_storage);
  await expect(main(page).getByLabel(t.produce.name_zh)).toHaveValue('红薯干');
  expect(await stored(page)).toEqual([]);

  await page.evaluate(() => window.__restore());
  await main(page).getByRole('button', { name: t.produce.check }).click();
  await main(page).locator('.goods-read-back').getByRole('button', { name: t.produce.list }).click();
  await expect(page.locator('main#main').getByRole('heading', { level: 1 })).toHaveText(t.produce.title);
  expect((await stored(page)).map((l) => l.name_zh)).toEqual(['红薯干']);
});
