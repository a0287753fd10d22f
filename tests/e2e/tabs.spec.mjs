// Two tabs on one station tablet (the installed app and a browser tab opened from a message, an
// ordinary day): every write is a read-modify-write of what is stored, other tabs' screens follow
// at once, and the outbox is sent by one tab at a time — so nothing is lost and nothing is sent
// twice. The remote backend is the stand-in, which records every request with its key.
import { test, expect, T, main, expectTitle, openPartner, STANDIN_PRODUCTS, storedOrders, cartPosts, postsPerKey, serveAndAdd, confirmServed } from './helpers.mjs';

// The stand-in: helpers.mjs's `api` fixture, bound here for this file's helper functions.
let api;
test.beforeEach(({ api: standin }) => {
  api = standin;
});

const t = T.zh;
test.setTimeout(90_000);
const [a, b] = STANDIN_PRODUCTS.filter((p) => p.category === 'groceries');
const villagerRows = (page) => main(page).locator('.villager-row');
const orderRows = (page) => main(page).locator('.order-row');


async function addVillager(page, name, phone) {
  await main(page).getByRole('link', { name: t.villagers.add }).click();
  await page.getByLabel(t.villagers.name).fill(name);
  await page.getByLabel(t.villagers.phone).fill(phone);
  await main(page).getByRole('button', { name: t.villagers.save }).click();
  await expectTitle(page, t.villagers.title);
}

test('two tabs: villagers, carts and orders made in both are all kept, each order sent once', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto(`/villagers?api=${encodeURIComponent(api.url)}`);
  await openPartner(tabA);
  // B opened before A writes anything, and is never reloaded.
  await tabB.goto('/villagers');
  await openPartner(tabB);
  await expectTitle(tabB, t.villagers.title);

  await addVillager(tabA, '王秀英', '13812345678');
  await addVillager(tabB, '李建国', '13987654321');
  // Both tabs list both, without a reload.
  for (const tab of [tabA, tabB]) {
    await expect(villagerRows(tab).filter({ hasText: '王秀英' })).toHaveCount(1);
    await expect(villagerRows(tab).filter({ hasText: '李建国' })).toHaveCount(1);
  }

  // Each tab fills a cart for its villager; B confirms first while A's cart waits.
  await serveAndAdd(tabA, '王秀英', a);
  await serveAndAdd(tabB, '李建国', b);
  await confirmServed(tabB, b);
  await confirmServed(tabA, a);

  // Both orders kept on the tablet, once each, with their villagers.
  await expect.poll(async () => (await storedOrders(tabA)).map((o) => o.villager_name).sort()).toEqual(['李建国', '王秀英']);
  const orders = await storedOrders(tabA);
  expect(new Set(orders.map((o) => o.key)).size).toBe(2);
  // Both tabs' order lists show both, without a reload.
  for (const tab of [tabA, tabB]) {
    await tab.getByRole('link', { name: t.partner.title, exact: true }).click();
    await main(tab).getByRole('link', { name: t.partner.orders }).click();
    await expect(orderRows(tab).filter({ hasText: '王秀英' })).toHaveCount(1);
    await expect(orderRows(tab).filter({ hasText: '李建国' })).toHaveCount(1);
  }
  // Sent once each: two keys, one request per key, even after both tabs' flushers ran again.
  await expect.poll(() => Object.keys(postsPerKey(api)).length, { timeout: 15_000 }).toBe(2);
  await tabA.waitForTimeout(7_000);
  expect(Object.values(postsPerKey(api))).toEqual([1, 1]);
  expect(Object.keys(postsPerKey(api)).sort()).toEqual(orders.map((o) => o.key).sort());
});

test('two tabs: an order waiting offline is sent once when the network is back, though both tabs see it', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto(`/villagers?api=${encodeURIComponent(api.url)}`);
  await openPartner(tabA);
  await tabB.goto('/orders');
  await openPartner(tabB);
  await addVillager(tabA, '王秀英', '13812345678');
  await serveAndAdd(tabA, '王秀英', a);

  await context.setOffline(true);
  await confirmServed(tabA, a);
  await expect(main(tabA).locator('.status')).toHaveText(t.orders.waiting);
  // B's open orders screen shows the waiting order, without a reload.
  await expect(orderRows(tabB).filter({ hasText: '王秀英' })).toHaveCount(1);
  expect(cartPosts(api)).toHaveLength(0);

  // Both tabs hear the network come back; one sends.
  await context.setOffline(false);
  await expect(main(tabA).locator('.status')).toHaveText(t.orders.sent, { timeout: 15_000 });
  await tabA.waitForTimeout(7_000);
  expect(cartPosts(api)).toHaveLength(1);
  const [order] = await storedOrders(tabB);
  expect(cartPosts(api)[0].headers['idempotency-key']).toBe(order.key);
});
