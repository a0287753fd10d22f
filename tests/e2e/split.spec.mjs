// The partner and trainer screens are parts of the wasm of their own (src/pages/split.rs): a
// villager's first screen does not wait for them, they arrive in idle time after it, and a
// screen whose part cannot arrive says so in words and voice instead of stopping the app.
import { test, expect, T, main, expectTitle, errorPanel } from './helpers.mjs';

const t = T.zh;
const isSplit = (url) => /\/split-[0-9a-f]+\//.test(new URL(url).pathname);
const partnerLink = (page) => page.locator('header').getByRole('link', { name: t.partner.title, exact: true });

test('the home screen loads without the partner screens; they arrive in idle time and then open offline', async ({
  page,
  context,
}) => {
  const split = [];
  page.on('requestfinished', (r) => isSplit(r.url()) && split.push({ url: r.url(), at: Date.now() }));
  const opened = Date.now();
  await page.goto('/');
  await expectTitle(page, t.home.title);
  // Nothing of the split screens before the first screen is up and working.
  await expect(main(page).getByRole('link', { name: '种子', exact: true })).toBeVisible();
  // (The loader, __wasm_split.js, is imported by the JS glue: part of the first load, counted
  // there by tests/support/size.mjs. The parts are the .wasm modules.)
  const beforeIdle = split.filter((s) => s.url.endsWith('.wasm') && s.at - opened < 2_000);
  expect(beforeIdle, 'split parts fetched during the first two seconds').toEqual([]);
  // Then every part is fetched (the loader and the wasm modules), each once.
  await expect.poll(() => split.filter((s) => s.url.endsWith('.wasm')).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  await page.waitForTimeout(1_000);
  const urls = split.map((s) => s.url);
  expect(new Set(urls).size, 'each part fetched once').toBe(urls.length);

  // With the network gone (and no service worker in this spec), the partner screens still open.
  await context.setOffline(true);
  await partnerLink(page).click();
  await expect(page).toHaveURL(/\/partner$/);
  await expectTitle(page, t.partner.set_title);
  await expect(errorPanel(page)).toHaveCount(0);
});

test('a partner screen whose part cannot arrive says so, and opens on retry', async ({ page }) => {
  let blocked = true;
  await page.route(
    (url) => isSplit(url.href) && url.pathname.endsWith('.wasm'),
    (route) => (blocked ? route.abort('internetdisconnected') : route.continue()),
  );
  await page.goto('/partner');
  const panel = errorPanel(page);
  await expect(panel).toBeVisible();
  await expect(panel.getByText(t.error.offline)).toBeVisible();
  // The rest of the app still works: the top bar takes the villager home.
  await expect(page.locator('header').getByRole('link', { name: t.nav.home })).toBeVisible();

  blocked = false;
  await panel.getByRole('button', { name: t.error.retry }).click();
  await expectTitle(page, t.partner.set_title);
  await expect(errorPanel(page)).toHaveCount(0);
});

test('in English too: the part that could not arrive is explained in English', async ({ page }) => {
  await page.route(
    (url) => isSplit(url.href) && url.pathname.endsWith('.wasm'),
    (route) => route.abort('internetdisconnected'),
  );
  await page.goto('/settings?lang=en');
  await expect(errorPanel(page).getByText(T.en.error.offline)).toBeVisible();
  await expect(errorPanel(page).getByRole('button', { name: T.en.error.retry })).toBeVisible();
});
