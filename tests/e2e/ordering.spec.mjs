// Assisted ordering, as a partner does it: add a villager (with the form's refusals), serve them,
// fill their cart from tiles and product screens, change quantities, read the order back (speech
// spied), confirm, and find the order with its pickup code. Then what must never go wrong: a
// reload keeps the cart, a double tap makes one order, an order placed offline goes out once when
// the network returns, a 500 is retried into exactly one order, a full storage loses nothing,
// and erasing a villager removes them from everything the tablet keeps.
import {
  test, expect, T, fill, esc, expectTitle, main, productTiles, openPartner, fakeSpeech, PRODUCTS,
  STANDIN_PRODUCTS, paidFen, yuan, cartLine, villagerRecord, seedStation, storedText, storedOrders,
  demoStation, sayCode, spokenTitle, countWithUnit, cartPosts
} from './helpers.mjs';

// The stand-in: helpers.mjs's `api` fixture, bound here for this file's helper functions.
let api;
test.beforeEach(({ api: standin }) => {
  api = standin;
});

const LANGS = [
  { lang: 'zh', t: T.zh },
  { lang: 'en', t: T.en },
];
const VOICES = [
  { lang: 'zh-CN', name: 'Chinese' },
  { lang: 'en-US', name: 'English' },
];

const title = (p, lang) => (lang === 'en' ? p.title : p.titleZh);
const spoken = (page) => page.evaluate(() => window.__spoken.map((u) => u.text));
const servingBar = (page) => page.locator('aside.serving-bar');
const cartLines = (page) => main(page).locator('.cart-line');
const cartLineOf = (page, p, lang) => cartLines(page).filter({ hasText: title(p, lang) });


for (const { lang, t } of LANGS) {
  test.describe(`assisted ordering (${lang})`, () => {
    test('add a villager, serve, fill the cart, read it back, confirm: an order with a pickup code', async ({ page }) => {
      await fakeSpeech(page, VOICES);
      const [rice, fragrant, oil] = [PRODUCTS[0], PRODUCTS[1], PRODUCTS[4]];
      await page.goto(`/villagers?lang=${lang}`);
      await openPartner(page, { lang });
      await expectTitle(page, t.villagers.title);
      await expect(main(page).getByText(t.villagers.none)).toBeVisible();

      // The form refuses what it must, in words, and keeps what was typed.
      await main(page).getByRole('link', { name: t.villagers.add }).click();
      await expectTitle(page, t.villagers.new_title);
      await main(page).getByRole('button', { name: t.villagers.save }).click();
      await expect(main(page).getByText(t.villagers.err_name)).toBeVisible();
      await page.getByLabel(t.villagers.name).fill('王阿姨');
      await page.getByLabel(t.villagers.phone).fill('2381234567');
      await main(page).getByRole('button', { name: t.villagers.save }).click();
      await expect(main(page).getByText(t.villagers.err_phone_length)).toBeVisible();
      await expect(main(page).getByText(t.villagers.err_name)).toHaveCount(0);
      await page.getByLabel(t.villagers.phone).fill('238 1234 5678');
      await main(page).getByRole('button', { name: t.villagers.save }).click();
      await expect(main(page).getByText(t.villagers.err_phone_mobile)).toBeVisible();
      await page.getByLabel(t.villagers.phone).fill('+86 138-1234-5678');
      await page.getByLabel(t.villagers.village).fill('三组');
      await main(page).getByText(fill(t.villagers.avatar_n, { n: 2 }), { exact: true }).click({ force: true });
      await main(page).getByRole('button', { name: t.villagers.save }).click();

      // Back on the list: the villager with the number grouped as people read it.
      await expectTitle(page, t.villagers.title);
      const row = main(page).locator('.villager-row').filter({ hasText: '王阿姨' });
      await expect(row).toContainText('138 1234 5678');
      await expect(row).toContainText('三组');
      await expect(row.locator('img.avatar')).toHaveAttribute('src', '/img/a/1.svg');
      await row.getByRole('button', { name: t.villagers.serve }).click();

      // Serving: the bar says whom, on every screen.
      await expect(servingBar(page)).toContainText(fill(t.serving.now, { name: '王阿姨' }));
      await expect(servingBar(page)).toContainText(fill(t.serving.cart, { count: 0 }));
      await page.getByRole('link', { name: lang === 'en' ? 'Grain & Oil' : '粮油', exact: true }).click();

      // From a tile: one tap adds the minimum (1), the button then says how many.
      const riceTile = productTiles(page).filter({ hasText: title(rice, lang) });
      await riceTile.getByRole('button', { name: t.cart.add, exact: true }).click();
      await expect(riceTile.locator('.add-btn')).toHaveText(t.cart.add_more);
      await expect(riceTile.getByRole('status')).toHaveText(fill(t.cart.in_cart, { qty: countWithUnit(lang, 1, rice.unit) }));
      // English counts read as English: "1 bag", never "1 (bag)".
      if (lang === 'en') await expect(riceTile.getByRole('status')).toHaveText('In the cart: 1 bag');
      await expect(servingBar(page)).toContainText(fill(t.serving.cart, { count: 1 }));
      // …and says so aloud.
      expect((await spoken(page)).at(-1)).toBe(
        fill(t.cart.said_added, { title: spokenTitle(lang, title(rice, lang)), qty: countWithUnit(lang, 1, rice.unit) }));

      // From product screens.
      for (const p of [fragrant, oil]) {
        await productTiles(page).filter({ hasText: title(p, lang) }).getByRole('link').click();
        await expectTitle(page, title(p, lang));
        await main(page).getByRole('button', { name: t.cart.add, exact: true }).click();
        await main(page).getByRole('link', { name: t.product.see_category }).click();
      }
      await expect(servingBar(page)).toContainText(fill(t.serving.cart, { count: 3 }));

      // The cart: steppers, the refusal of "−" at the minimum, remove asks first.
      await servingBar(page).getByRole('link', { name: fill(t.serving.cart, { count: 3 }) }).click();
      await expectTitle(page, fill(t.cart.title_of, { name: '王阿姨' }));
      await expect(cartLines(page)).toHaveCount(3);
      const riceLine = cartLineOf(page, rice, lang);
      await expect(riceLine.getByRole('button', { name: fill(t.cart.less, { name: title(rice, lang) }) })).toBeDisabled();
      await riceLine.getByRole('button', { name: fill(t.cart.more, { name: title(rice, lang) }) }).click();
      await riceLine.getByRole('button', { name: fill(t.cart.more, { name: title(rice, lang) }) }).click();
      await expect(riceLine.locator('.step-number')).toHaveText('3');
      // Each step answers aloud: how many now, and what they cost in money words.
      const saidQty = (count) => fill(t.cart.said_qty.split('{{ amount }}')[0], { title: spokenTitle(lang, title(rice, lang)), qty: countWithUnit(lang, count, rice.unit) });
      let said = (await spoken(page)).at(-1);
      expect(said.startsWith(saidQty(3))).toBe(true);
      if (lang === 'en') expect(said).toContain(': 3 bags now, ');
      expect(said).toContain(lang === 'en' ? ' yuan' : '元');
      expect(said).not.toContain('¥');
      await riceLine.getByRole('button', { name: fill(t.cart.less, { name: title(rice, lang) }) }).click();
      await expect(riceLine.locator('.step-number')).toHaveText('2');
      expect((await spoken(page)).at(-1).startsWith(saidQty(2))).toBe(true);
      const oilLine = cartLineOf(page, oil, lang);
      const saidBefore = (await spoken(page)).length;
      await oilLine.getByRole('button', { name: t.cart.remove }).click();
      await expect(oilLine.getByText(fill(t.cart.remove_ask, { title: title(oil, lang) }))).toBeVisible();
      await oilLine.getByRole('button', { name: t.common.no }).click();
      await expect(cartLines(page)).toHaveCount(3);
      // "No": nothing happened, nothing said.
      expect((await spoken(page)).length).toBe(saidBefore);

      const total = paidFen(rice) * 2 + paidFen(fragrant) + paidFen(oil);
      await expect(main(page).locator('.grand-total dd')).toHaveText(yuan(total));
      await expect(main(page).locator('.grand-total dt')).toHaveText(fill(t.cart.total, { qty: countWithUnit(lang, 4, 'piece') }));

      // Read-back: every line and the total, said in the screen's language.
      await main(page).getByRole('link', { name: t.cart.to_confirm }).click();
      await expectTitle(page, t.confirm.title);
      await expect(main(page).locator('.readback-line')).toHaveCount(3);
      const readBackQty = (p) => main(page).locator('.readback-line').filter({ hasText: title(p, lang) }).locator('.readback-qty');
      await expect(readBackQty(rice)).toHaveText(countWithUnit(lang, 2, rice.unit));
      await expect(readBackQty(fragrant)).toHaveText(countWithUnit(lang, 1, fragrant.unit));
      if (lang === 'en') {
        await expect(readBackQty(rice)).toHaveText('2 bags');
        await expect(readBackQty(fragrant)).toHaveText('1 bag');
      }
      await expect(main(page).getByText(t.confirm.payment)).toBeVisible();
      await main(page).getByRole('button', { name: t.confirm.read }).click();
      said = (await spoken(page)).at(-1);
      expect(said.startsWith(fill(t.confirm.say_intro, { name: '王阿姨', count: 3 }))).toBe(true);
      for (const p of [rice, fragrant, oil]) expect(said).toContain(spokenTitle(lang, title(p, lang)));
      expect(said).toContain(lang === 'en' ? 'Total ' : '一共');
      expect(said.endsWith(t.confirm.say_total.split('}}').at(-1))).toBe(true);

      // ✓: the order, its pickup code shown and said, the cart closed.
      await main(page).getByRole('button', { name: t.confirm.ok }).click();
      await expectTitle(page, new RegExp(`^${esc(fill(t.orders.order_title, { id: 'X' })).replace('X', 'CZ-\\d{8}-\\d{4}')}$`));
      const code = (await main(page).locator('.code-digits').textContent()).trim();
      expect(code).toMatch(/^\d{6}$/);
      expect((await spoken(page)).some((s) => s.includes(fill(t.orders.say_code, { code: sayCode(lang, code) })))).toBe(true);
      await expect(main(page).locator('.status')).toHaveText(t.orders.sent);
      await expect(main(page).locator('.grand-total dd')).toHaveText(yuan(total));
      await expect(servingBar(page)).toContainText(fill(t.serving.cart, { count: 0 }));

      await main(page).getByRole('link', { name: t.orders.all }).click();
      await expect(main(page).locator('.order-row')).toHaveCount(1);
      await expect(main(page).locator('.order-row')).toContainText('王阿姨');
      await expect(main(page).locator('.order-row')).toContainText(yuan(total));
      expect(await storedOrders(page)).toHaveLength(1);
    });
  });
}

test('a reload keeps the cart and whom the partner serves; locked, the names are hidden', async ({ page }) => {
  const t = T.zh;
  await fakeSpeech(page, VOICES);
  const station = demoStation();
  await seedStation(page, station);
  await page.goto('/cart');
  await openPartner(page);
  await expect(cartLines(page)).toHaveCount(3);
  const rice = station.products[0];
  await cartLineOf(page, rice, 'zh').getByRole('button', { name: fill(t.cart.more, { name: rice.titleZh }) }).click();
  await expect(cartLineOf(page, rice, 'zh').locator('.step-number')).toHaveText('3');

  await page.reload();
  // Locked after the reload: neither the bar nor the cart shows a name.
  await expectTitle(page, t.partner.unlock_title);
  await expect(servingBar(page)).toHaveCount(0);
  await expect(page.getByText('王阿姨')).toHaveCount(0);
  await openPartner(page);
  await expect(cartLineOf(page, rice, 'zh').locator('.step-number')).toHaveText('3');
  await expect(servingBar(page)).toContainText(fill(t.serving.now, { name: '王阿姨' }));

  // Removing, confirmed, survives a reload too.
  const oil = station.products[2];
  await cartLineOf(page, oil, 'zh').getByRole('button', { name: t.cart.remove }).click();
  await cartLineOf(page, oil, 'zh').getByRole('button', { name: t.common.yes }).click();
  await expect(cartLines(page)).toHaveCount(2);
  expect((await spoken(page)).at(-1)).toBe(fill(t.cart.said_removed, { title: spokenTitle('zh', oil.titleZh) }));
  await page.reload();
  await openPartner(page);
  await expect(cartLines(page)).toHaveCount(2);

  // Switching villagers keeps each cart.
  await servingBar(page).getByRole('link', { name: t.serving.switch }).click();
  await main(page).locator('.villager-row').filter({ hasText: '李大爷' }).getByRole('button', { name: t.villagers.serve }).click();
  await servingBar(page).getByRole('link', { name: fill(t.serving.cart, { count: 0 }) }).click();
  await expect(main(page).getByText(t.cart.empty)).toBeVisible();
  await main(page).locator('.villager-row').filter({ hasText: '王阿姨' }).getByRole('button', { name: t.cart.switch_to }).click();
  await expect(cartLines(page)).toHaveCount(2);
});

test('a double tap on ✓ makes one order', async ({ page }) => {
  const t = T.zh;
  await seedStation(page, demoStation());
  await page.goto('/confirm');
  await openPartner(page);
  await main(page).getByRole('button', { name: t.confirm.ok }).dblclick();
  await expect(main(page).locator('.code-digits')).toHaveText(/^\d{6}$/);
  const orders = await storedOrders(page);
  // Two seeded orders of Li's, and exactly one new one.
  expect(orders.filter((o) => o.villager_id === 'v-wang')).toHaveLength(1);
  expect(orders).toHaveLength(3);
});

test('a full storage: the order is not placed, the cart is kept and the partner is told', async ({ page }) => {
  const t = T.zh;
  await seedStation(page, demoStation());
  await page.goto('/confirm');
  await openPartner(page);
  await page.evaluate(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'cunzhan.orders') throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  });
  await main(page).getByRole('button', { name: t.confirm.ok }).click();
  await expect(main(page).getByRole('alert').filter({ hasText: t.confirm.err_storage })).toBeVisible();
  await expect(page.getByText(t.store.write_failed)).toBeVisible();
  await expectTitle(page, t.confirm.title);
  await expect(main(page).locator('.readback-line')).toHaveCount(3);
  expect(await storedOrders(page)).toHaveLength(2);
});

test('archive and erase: an erased villager is gone from everything the tablet keeps', async ({ page }) => {
  const t = T.zh;
  const station = demoStation();
  await seedStation(page, station);
  await page.goto('/villagers');
  await openPartner(page);

  // Archive Li: off the list, back with "show archived".
  await main(page).locator('.villager-row').filter({ hasText: '李大爷' }).getByRole('link', { name: t.villagers.edit }).click();
  await main(page).getByRole('button', { name: t.villagers.archive }).click();
  await main(page).getByRole('button', { name: t.common.yes }).click();
  await expect(main(page).locator('.villager-row')).toHaveCount(1);
  await main(page).getByText(t.villagers.show_archived).click();
  await expect(main(page).locator('.villager-row')).toHaveCount(1);
  await expect(main(page).locator('.villager-row')).toContainText('李大爷');

  // Erase Wang (served, with a cart) from the settings screen.
  expect(await storedText(page)).toContain('王阿姨');
  await page.locator('header').getByRole('link', { name: t.partner.title }).click();
  await main(page).getByRole('link', { name: t.partner.settings }).click();
  const row = main(page).locator('.villager-row').filter({ hasText: '王阿姨' });
  await row.getByRole('button', { name: t.settings.erase }).click();
  await expect(row.getByText(fill(t.settings.erase_ask, { name: '王阿姨' }))).toBeVisible();
  await row.getByRole('button', { name: t.common.yes }).click();
  await expect(main(page).locator('.villager-row').filter({ hasText: '王阿姨' })).toHaveCount(0);
  const kept = await storedText(page);
  expect(kept).not.toContain('王阿姨');
  expect(kept).not.toContain('v-wang');
  await expect(servingBar(page)).toHaveCount(0);
  // Li's orders are untouched.
  expect((await storedOrders(page)).filter((o) => o.villager_name === '李大爷')).toHaveLength(2);
});

test.describe('remote backend: nothing lost, nothing doubled', () => {
  const [a, b] = [STANDIN_PRODUCTS[5], STANDIN_PRODUCTS[2]];
  const remoteStation = () => {
    const wang = villagerRecord('v-wang', '王阿姨', 0);
    return {
      villagers: [wang],
      carts: [{ villager_id: wang.id, key: 'cart-key-remote', cart: { lines: [cartLine(a, 2), cartLine(b, 1)] } }],
      serving: wang.id,
    };
  };

  test('confirmed offline: waiting to send, then exactly one request when the network is back', async ({ page, context }) => {
    const t = T.zh;
    await seedStation(page, remoteStation());
    await page.goto(`/confirm?api=${encodeURIComponent(api.url)}`);
    await openPartner(page);
    await context.setOffline(true);
    await main(page).getByRole('button', { name: t.confirm.ok }).click();
    await expect(main(page).locator('.status')).toHaveText(t.orders.waiting);
    await expect(main(page).getByText(t.orders.waiting_note)).toBeVisible();
    await expect(main(page).getByText(t.error.offline)).toBeVisible();
    expect(cartPosts(api)).toHaveLength(0);

    await context.setOffline(false);
    await expect(main(page).locator('.status')).toHaveText(t.orders.sent, { timeout: 15_000 });
    expect(cartPosts(api)).toHaveLength(1);
    const [post] = cartPosts(api);
    // Sorted by id (DummyJSON pairs quantities by catalogue position), the cart's key attached.
    const sorted = [a, b].sort((x, y) => x.id - y.id);
    expect(post.body).toEqual({ userId: 1, products: sorted.map((p) => ({ id: p.id, quantity: p === a ? 2 : 1 })) });
    expect(post.headers['idempotency-key']).toBe('cart-key-remote');
    // The stand-in's totals agree with the tablet's: no mismatch shown.
    await expect(main(page).getByText(t.orders.mismatch)).toHaveCount(0);
    const [order] = await storedOrders(page);
    expect(order.remote_cart).toBe(51);

    // Later flushes send nothing more.
    await page.waitForTimeout(3_500);
    expect(cartPosts(api)).toHaveLength(1);
  });

  test('one order waiting is counted in the singular on the orders screen (English)', async ({ page, context }) => {
    const t = T.en;
    await seedStation(page, remoteStation());
    await page.goto(`/confirm?lang=en&api=${encodeURIComponent(api.url)}`);
    await openPartner(page, { lang: 'en' });
    await context.setOffline(true);
    await main(page).getByRole('button', { name: t.confirm.ok }).click();
    await expect(main(page).locator('.status')).toHaveText(t.orders.waiting);
    await page.getByRole('link', { name: t.partner.title, exact: true }).click();
    await main(page).getByRole('link', { name: t.partner.orders }).click();
    await expect(main(page).locator('.outbox h2')).toHaveText(t.orders.unsent_one);
    await context.setOffline(false);
    await expect(main(page).locator('.outbox')).toHaveCount(0, { timeout: 15_000 });
    expect(cartPosts(api)).toHaveLength(1);
  });

  test('a 500 is retried with backoff into exactly one order', async ({ page }) => {
    const t = T.zh;
    api.setFault('/carts/add', '500', 1);
    await seedStation(page, remoteStation());
    await page.goto(`/confirm?api=${encodeURIComponent(api.url)}`);
    await openPartner(page);
    await main(page).getByRole('button', { name: t.confirm.ok }).click();
    await expect(main(page).getByText(fill(t.error.server, { status: 500 }))).toBeVisible();
    await expect(main(page).locator('.status')).toHaveText(t.orders.waiting);
    await expect(main(page).locator('.status')).toHaveText(t.orders.sent, { timeout: 15_000 });
    const posts = cartPosts(api);
    expect(posts).toHaveLength(2);
    expect(posts[0].headers['idempotency-key']).toBe(posts[1].headers['idempotency-key']);
    expect(await storedOrders(page)).toHaveLength(1);
    await main(page).getByRole('link', { name: t.orders.all }).click();
    await expect(main(page).locator('.order-row')).toHaveCount(1);
  });

  test('a reload while an order is waiting sends it on start, once', async ({ page }) => {
    const t = T.zh;
    api.setFault('/carts/add', 'hang', 1);
    await seedStation(page, remoteStation());
    await page.goto(`/confirm?api=${encodeURIComponent(api.url)}`);
    await openPartner(page);
    await main(page).getByRole('button', { name: t.confirm.ok }).click();
    await expect(main(page).locator('.status')).toHaveText(t.orders.waiting);
    await expect.poll(() => cartPosts(api).length).toBe(1);
    // The request hangs; the tablet is restarted in the middle of it.
    await page.reload();
    await openPartner(page);
    await expect(main(page).locator('.status')).toHaveText(t.orders.sent, { timeout: 15_000 });
    expect(cartPosts(api)).toHaveLength(2);
    expect(await storedOrders(page)).toHaveLength(1);
  });
});

test('unreadable records: the app starts, says how many were lost, and keeps the rest', async ({ page }) => {
  const t = T.zh;
  const station = demoStation();
  await page.addInitScript((good) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('cunzhan.orders', JSON.stringify({ v: 1, items: [good, { id: 7, lines: 'x' }] }));
    localStorage.setItem('cunzhan.villagers', '{"v":1,"items":[{"id":"v1","na');
  }, station.orders[0]);
  await page.goto('/orders');
  await expect(page.getByText(fill(t.store.lost, { count: 2 }))).toBeVisible();
  await openPartner(page);
  await expect(main(page).locator('.order-row')).toHaveCount(1);
  // The unreadable collection is kept aside, not destroyed.
  expect(await page.evaluate(() => localStorage.getItem('cunzhan.villagers.corrupt'))).toBe('{"v":1,"items":[{"id":"v1","na');
  await page.getByRole('button', { name: t.speak.close }).click();
  await expect(page.getByText(fill(t.store.lost, { count: 2 }))).toHaveCount(0);
});
