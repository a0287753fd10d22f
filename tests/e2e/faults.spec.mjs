// Fault injection on the embedded backend's two files: a server error, a cut-off body, a request
// that never answers, and the network going away. Every fault must end in the error panel with a
// translated message, and "Try again" must recover once the fault is gone. No uncaught errors.
import { test, expect, T, fill, expectTitle, productTiles, errorPanel } from './helpers.mjs';

const SCREENS = [
  {
    name: 'home',
    file: '**/data/categories.json',
    path: '/',
    ready: async (page) => {
      await expectTitle(page, T.zh.home.title);
      await expect(page.getByRole('link', { name: '粮油', exact: true })).toBeVisible();
    },
  },
  {
    name: 'category',
    file: '**/data/products.json',
    // The title comes from the categories: let them arrive first, the fault is in the list.
    after: '**/data/categories.json',
    path: '/c/grain-oil',
    ready: async (page) => {
      await expectTitle(page, '粮油');
      await expect(productTiles(page)).toHaveCount(11);
    },
  },
  {
    name: 'product',
    file: '**/data/products.json',
    path: '/p/1',
    ready: async (page) => {
      await expectTitle(page, '东北大米 10斤');
      await expect(page.locator('main#main .price-big')).toContainText('¥39.90');
    },
  },
];

const FAULTS = [
  {
    kind: '500',
    message: fill(T.zh.error.server, { status: 500 }),
    handler: () => (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: '{"message":"Something went wrong."}' }),
  },
  {
    kind: 'malformed JSON',
    message: T.zh.error.decode,
    handler: () => (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '[{"slug":"grain-oil","name":"Gra' }),
  },
  {
    kind: 'no answer',
    message: T.zh.error.timeout,
    // Never fulfilled: the app must give up by itself (12 s) and say so.
    handler: () => () => new Promise(() => {}),
  },
];

/** Asserts the error panel shows `message` with the retry button, and returns the panel. */
async function expectPanel(page, message, timeout) {
  const panel = errorPanel(page);
  await expect(panel).toBeVisible({ timeout });
  await expect(panel.getByRole('heading', { name: T.zh.error.title })).toBeVisible();
  await expect(panel).toContainText(message);
  await expect(panel.getByRole('button', { name: T.zh.error.retry })).toBeVisible();
  return panel;
}

for (const screen of SCREENS) {
  test.describe(`${screen.name} screen (${screen.file.slice(3)})`, () => {
    for (const fault of FAULTS) {
      test(`${fault.kind} → error panel → retry recovers`, async ({ page }) => {
        const slow = fault.kind === 'no answer';
        test.setTimeout(slow ? 40_000 : 20_000);
        const handler = fault.handler();
        await page.route(screen.file, handler);
        await page.goto(screen.path);
        const start = Date.now();
        const panel = await expectPanel(page, fault.message, slow ? 15_000 : undefined);
        if (slow) expect(Date.now() - start, 'gave up within ~15 s').toBeLessThan(15_000);
        await page.unroute(screen.file, handler);
        await panel.getByRole('button', { name: T.zh.error.retry }).click();
        await screen.ready(page);
        await expect(errorPanel(page)).toHaveCount(0);
      });
    }

    test('offline → offline message → back online → retry recovers', async ({ page, context }) => {
      // The network drops just as the screen asks for its data.
      const before = screen.after ? page.waitForResponse(screen.after) : Promise.resolve();
      const handler = async (route) => {
        await before;
        await context.setOffline(true);
        await route.abort('internetdisconnected');
      };
      await page.route(screen.file, handler);
      await page.goto(screen.path);
      const panel = await expectPanel(page, T.zh.error.offline);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      await page.unroute(screen.file, handler);

      // Retrying while still offline keeps saying so (and does not throw).
      await panel.getByRole('button', { name: T.zh.error.retry }).click();
      await expectPanel(page, T.zh.error.offline);

      await context.setOffline(false);
      await errorPanel(page).getByRole('button', { name: T.zh.error.retry }).click();
      await screen.ready(page);
      await expect(errorPanel(page)).toHaveCount(0);
    });
  });
}

test('the error panel speaks English in English', async ({ page }) => {
  const handler = (route) => route.fulfill({ status: 503, body: 'busy' });
  await page.route('**/data/categories.json', handler);
  await page.goto('/?lang=en');
  const panel = errorPanel(page);
  await expect(panel.getByRole('heading', { name: T.en.error.title })).toBeVisible();
  await expect(panel).toContainText(fill(T.en.error.server, { status: 503 }));
  await page.unroute('**/data/categories.json', handler);
  await panel.getByRole('button', { name: T.en.error.retry }).click();
  await expect(page.getByRole('link', { name: 'Grain & Oil', exact: true })).toBeVisible();
});

test('a failed product list on a category keeps the title and retries only the list', async ({ page }) => {
  let calls = 0;
  const handler = (route) => {
    calls += 1;
    return route.fulfill({ status: 500, body: '{}' });
  };
  await page.route('**/data/products.json', handler);
  await page.goto('/c/seeds');
  await expectTitle(page, '种子');
  await expectPanel(page, fill(T.zh.error.server, { status: 500 }));
  await errorPanel(page).getByRole('button', { name: T.zh.error.retry }).click();
  await expect.poll(() => calls).toBe(2);
  await expectPanel(page, fill(T.zh.error.server, { status: 500 }));
  await page.unroute('**/data/products.json', handler);
  await errorPanel(page).getByRole('button', { name: T.zh.error.retry }).click();
  await expect(productTiles(page)).toHaveCount(12);
});

test('network down while a category opens: after retry the title is the category name again', async ({ page, context }) => {
  // Both files fail (the drop happens before either answers); once back online, one tap on
  // "Try again" must bring back the whole screen, title included.
  const handler = async (route) => {
    await context.setOffline(true);
    await route.abort('internetdisconnected');
  };
  await page.route('**/data/*.json', handler);
  await page.goto('/c/grain-oil');
  await expectPanel(page, T.zh.error.offline);
  await page.unroute('**/data/*.json', handler);
  await context.setOffline(false);
  await errorPanel(page).getByRole('button', { name: T.zh.error.retry }).click();
  await expect(productTiles(page)).toHaveCount(11);
  await expectTitle(page, '粮油');
});
