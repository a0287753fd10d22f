// Her parcel on her own phone: the station's message carries a link that holds the parcel (the
// records stay on the tablet). Walked as it happens: the partner names the station, opens the
// parcel at the station, taps "tell the villager"; the link is opened on a fresh phone that has
// never seen the app. A cut or foreign link says so, never "you have no parcels".
import {
  test, expect, T, fill, esc, main, expectTitle, openPartner, fakeSpeech, PRODUCTS, paidFen, yuan,
  cartLine, villagerRecord, orderRecord, seedStation, horizontalOverflow, SETTINGS_KEY, seedSettings,
} from './helpers.mjs';

const byId = (id) => PRODUCTS.find((p) => p.id === id);
const DAY = 86_400_000;
const PHONE = '13912345678';
const wang = villagerRecord('v-wang', '王秀英', 2, { phone: PHONE });
const totalOf = (o) => o.lines.reduce((s, l) => s + paidFen(byId(l.product_id)) * l.qty, 0);

/** An order sent three days ago (real time): at the station now, whatever its delivery plan. */
function arrivedOrder() {
  const sent = Date.now() - 3 * DAY;
  return orderRecord({
    id: 'CZ-20261130-4821', villager: wang, code: '480219', placedAt: sent, shippedAt: sent,
    lines: [cartLine(byId(1), 2), cartLine(byId(23), 1)],
  });
}

/** On the tablet, as the partner: the station screen, "tell", and the link out of the SMS. */
async function linkFromTheStation(page, t, lang) {
  await page.goto('/station');
  await openPartner(page, { lang });
  const row = main(page).locator('.parcel-row').filter({ hasText: wang.name });
  await row.getByRole('button', { name: t.station.tell }).click();
  const sms = row.getByRole('link', { name: t.station.sms });
  await expect(sms).toHaveAttribute('href', new RegExp(`^sms:${PHONE}\\?body=`));
  const body = decodeURIComponent((await sms.getAttribute('href')).split('body=')[1]);
  const [, linkLine] = body.split('\n');
  const prefix = fill(t.station.message_link, { link: '' });
  expect(linkLine).toMatch(new RegExp(`^${esc(prefix)}http://127\\.0\\.0\\.1:\\d+/my-parcel#v1\\.[A-Za-z0-9_-]+$`));
  // Short enough for a text message, and nothing private in it.
  const link = linkLine.slice(prefix.length);
  expect(link.length).toBeLessThan(400);
  expect(link).not.toContain(PHONE);
  return link;
}

/** A phone that has never opened the app: its own context, no storage, no service worker. */
async function freshPhone(browser, { lang = null } = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', serviceWorkers: 'block',
  });
  const phone = await context.newPage();
  const errors = [];
  phone.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  await fakeSpeech(phone, [{ lang: 'zh-CN', name: 'Chinese' }, { lang: 'en-US', name: 'English' }]);
  if (lang) {
    await seedSettings(phone, { lang });
  }
  return { phone, context, errors };
}

test('the message link opens her parcel on her own phone: pictures, stage, last day, station, cash', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const t = T.zh;
  const order = arrivedOrder();
  await seedStation(page, { villagers: [wang], orders: [order] });

  // The partner names the station once, in settings.
  await page.goto('/settings');
  await openPartner(page);
  await main(page).getByLabel(t.settings.station_name).fill('李家村服务站');
  await main(page).getByRole('button', { name: t.settings.station_name_save }).click();
  await expect(main(page).getByRole('status').filter({ hasText: t.settings.saved })).toBeVisible();
  const link = await linkFromTheStation(page, t, 'zh');

  const { phone, context, errors } = await freshPhone(browser);
  await phone.goto(link);
  await expectTitle(phone, t.my_parcel.title);
  const card = phone.locator('main#main .my-parcel');
  await expect(card.locator('.my-parcel-hello')).toHaveText(fill(t.my_parcel.hello, { name: '王**' }));
  // What she ordered, by picture and name, with how many.
  const items = card.locator('.my-parcel-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(byId(1).titleZh);
  await expect(items.nth(0).locator('.my-parcel-qty')).toHaveText('× 2');
  await expect(items.nth(0).locator('img.product-img')).toHaveAttribute('src', byId(1).thumbnail);
  await expect(items.nth(0).locator('.qty-pictures img')).toHaveCount(2);
  await expect(items.nth(1)).toContainText(byId(23).titleZh);
  // Where it is (a picture and a word), the last day to collect it, where, and the cash.
  await expect(card.locator('.my-parcel-stage .stage-word')).toHaveText(t.track.at_station);
  await expect(card.locator('.my-parcel-stage svg')).toHaveCount(1);
  await expect(card.locator('.my-parcel-stage')).toContainText(/请在\d{1,2}月\d{1,2}日前取走/);
  await expect(card.locator('.my-parcel-where')).toHaveText(fill(t.my_parcel.collect_at, { station: '李家村服务站' }));
  await expect(card.locator('.cash-amount')).toHaveText(yuan(totalOf(order)));
  // Nothing the link must not carry: her full name, her phone, the pickup code.
  const shown = await phone.locator('body').innerText();
  for (const secret of ['王秀英', PHONE, '480219', '480 219']) expect(shown).not.toContain(secret);
  expect(await horizontalOverflow(phone)).toEqual({ scrollWidth: 390, viewport: 390 });

  // Said aloud (the heading's speaker): where it is, where and by when, the cash in money words.
  await phone.locator('.page-head .speak-hint').click();
  const said = await phone.evaluate(() => window.__spoken.at(-1).text);
  expect(said).toContain(t.track.at_station);
  expect(said).toContain('李家村服务站');
  expect(said).toMatch(/元/);
  expect(said).not.toContain('¥');
  // The cash again, on its own: one speaker per thing, none saying the same as another.
  await card.locator('.cash-due').getByRole('button').click();
  expect(await phone.evaluate(() => window.__spoken.at(-1).text)).toMatch(/^取货时带现金.+元.*。$/);
  await expect(phone.locator('main#main').getByRole('button', { name: t.speak.button, exact: true })).toHaveCount(1);
  expect(errors).toEqual([]);
  await context.close();
});

test('in English, with no station name set: the link still says where and how much', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const t = T.en;
  const order = arrivedOrder();
  await seedStation(page, { villagers: [wang], orders: [order] });
  // Saved the way builds before the settings envelope saved them (a bare object): still read.
  await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ lang: 'en' })), SETTINGS_KEY);
  const link = await linkFromTheStation(page, t, 'en');

  const { phone, context, errors } = await freshPhone(browser, { lang: 'en' });
  await phone.goto(link);
  await expectTitle(phone, t.my_parcel.title);
  const card = phone.locator('main#main .my-parcel');
  await expect(card.locator('.my-parcel-item').nth(0)).toContainText(byId(1).title);
  await expect(card.locator('.my-parcel-stage .stage-word')).toHaveText(t.track.at_station);
  await expect(card.locator('.my-parcel-stage')).toContainText(/Please collect it by \d{1,2}\/\d{1,2}/);
  await expect(card.locator('.my-parcel-where')).toHaveText(fill(t.my_parcel.collect_at, { station: t.my_parcel.station }));
  await expect(card.locator('.cash-due')).toContainText(t.my_parcel.cash);
  await phone.locator('.page-head .speak-hint').click();
  const said = await phone.evaluate(() => window.__spoken.at(-1).text);
  expect(said).toMatch(/\d+ yuan/);
  expect(said).not.toContain('¥');
  expect(errors).toEqual([]);
  await context.close();
});

test('a cut, altered or foreign link says so in words and voice, never "no parcels"', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const t = T.zh;
  await seedStation(page, { villagers: [wang], orders: [arrivedOrder()] });
  const link = await linkFromTheStation(page, t, 'zh');
  const { phone, context, errors } = await freshPhone(browser);
  const cases = [
    // A message app that cut the link short.
    [link.slice(0, -7), t.my_parcel.damaged],
    // One character changed on the way.
    [link.replace(/#v1\.(.)/, (_, c) => `#v1.${c === 'A' ? 'B' : 'A'}`), t.my_parcel.damaged],
    // Written by another version of the app.
    [link.replace('#v1.', '#v9.'), t.my_parcel.version],
    // The address with the card lost.
    [link.split('#')[0], t.my_parcel.missing],
  ];
  for (const [address, why] of cases) {
    await phone.goto('about:blank');
    await phone.goto(address);
    await expectTitle(phone, t.my_parcel.title);
    const panel = phone.locator('main#main .error-panel');
    await expect(panel).toHaveText(new RegExp(esc(`${why} ${t.my_parcel.ask}`)));
    await expect(phone.locator('main#main')).not.toContainText(t.parcels.none);
    await expect(phone.locator('main#main .my-parcel')).toHaveCount(0);
    await phone.locator('.page-head .speak-hint').click();
    expect(await phone.evaluate(() => window.__spoken.at(-1).text)).toBe(`${why} ${t.my_parcel.ask}`);
  }
  // The way out: the home screen.
  await phone.locator('main#main .error-panel').getByRole('link', { name: t.my_parcel.home }).click();
  await expect(phone).toHaveURL(/\/$/);
  expect(errors).toEqual([]);
  await context.close();
});
