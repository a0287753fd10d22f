// Every screen can be opened from its address and survives a reload (bookmarks, shared links,
// a tablet that restarts the browser). Search keeps its words in the address.
import { test, expect, T, PRODUCTS, fill, expectTitle, productTiles, main, resultStatus } from './helpers.mjs';

const riceTitles = PRODUCTS.filter((p) => /rice/i.test(p.title)).map((p) => p.titleZh);

const LINKS = [
  {
    path: '/',
    check: async (page) => {
      await expectTitle(page, T.zh.home.title);
      await expect(main(page).getByRole('list').getByRole('link')).toHaveCount(13);
      await expect(page.getByRole('link', { name: '种子', exact: true })).toHaveAttribute('href', '/c/seeds');
    },
  },
  {
    path: '/c/seeds',
    check: async (page) => {
      await expectTitle(page, '种子');
      await expect(main(page).getByText(fill(T.zh.category.count, { count: 12 }))).toBeVisible();
      await expect(productTiles(page)).toHaveCount(12);
      await expect(productTiles(page).first().getByRole('link')).toContainText('玉米种子 1kg');
      // Exactly one page: no "more" button.
      await expect(page.getByRole('button', { name: T.zh.category.more })).toHaveCount(0);
    },
  },
  {
    path: '/p/1',
    check: async (page) => {
      await expectTitle(page, '东北大米 10斤');
      await expect(main(page).locator('.price-big')).toContainText('¥39.90');
      await expect(main(page).getByText('东北产的大米，煮出来的饭又香又软。')).toBeVisible();
      await expect(main(page).getByRole('link', { name: T.zh.product.see_category })).toHaveAttribute('href', '/c/grain-oil');
    },
  },
  {
    path: '/search?q=大米',
    check: async (page) => {
      await expectTitle(page, T.zh.search.title);
      await expect(page.getByRole('searchbox', { name: T.zh.search.label })).toHaveValue('大米');
      await expect(resultStatus(page)).toHaveText(fill(T.zh.search.results, { count: 1 }));
      await expect(productTiles(page)).toHaveCount(1);
      await expect(productTiles(page).getByRole('link')).toContainText('东北大米 10斤');
    },
  },
  {
    path: '/search?q=rice',
    check: async (page) => {
      await expect(page.getByRole('searchbox', { name: T.zh.search.label })).toHaveValue('rice');
      await expect(resultStatus(page)).toHaveText(/找到 \d+ 件/);
      // English words find the Chinese-named products (title matches first).
      for (const zh of riceTitles) {
        await expect(productTiles(page).filter({ hasText: zh })).toHaveCount(1);
      }
      await expect(productTiles(page).first().getByRole('link')).toContainText(riceTitles[0]);
    },
  },
  {
    path: '/no/such/page',
    check: async (page) => {
      await expectTitle(page, T.zh.not_found.title);
      await expect(main(page).getByText(T.zh.not_found.hint)).toBeVisible();
      await expect(main(page).getByRole('link', { name: T.zh.nav.home })).toHaveAttribute('href', '/');
    },
  },
  {
    path: '/p/999999',
    check: async (page) => {
      await expectTitle(page, T.zh.product.not_found);
      await expect(main(page).getByRole('link', { name: T.zh.nav.home })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    },
  },
  {
    path: '/p/abc',
    check: async (page) => {
      await expectTitle(page, T.zh.product.not_found);
      await expect(main(page).getByRole('link', { name: T.zh.nav.home })).toBeVisible();
    },
  },
];

for (const link of LINKS) {
  test(`direct load and reload of ${link.path}`, async ({ page }) => {
    await page.goto(link.path);
    await link.check(page);
    await page.reload();
    await link.check(page);
  });
}

test('an unknown path in English shows the English not-found page', async ({ page }) => {
  await page.goto('/nope?lang=en');
  await expectTitle(page, T.en.not_found.title);
  await page.getByRole('link', { name: T.en.nav.home }).last().click();
  await expectTitle(page, T.en.home.title);
});

test('search results follow the typing and the address follows the words', async ({ page }) => {
  await page.goto('/search');
  await expectTitle(page, T.zh.search.title);
  await expect(main(page).getByText(T.zh.search.start)).toBeVisible();
  const box = page.getByRole('searchbox', { name: T.zh.search.label });
  await expect(box).toBeEmpty();

  await box.fill('大米');
  await expect(page).toHaveURL(/\/search\?q=%E5%A4%A7%E7%B1%B3$/);
  await expect(resultStatus(page)).toHaveText(fill(T.zh.search.results, { count: 1 }));
  await expect(productTiles(page)).toHaveCount(1);

  await box.fill('rice');
  await expect(page).toHaveURL(/\/search\?q=rice$/);
  await expect(productTiles(page).first().getByRole('link')).toContainText(riceTitles[0]);
  expect(await productTiles(page).count()).toBeGreaterThanOrEqual(riceTitles.length);

  // Typing key by key: one search when the typing pauses.
  await box.fill('');
  await expect(page).toHaveURL(/\/search$/);
  await expect(main(page).getByText(T.zh.search.start)).toBeVisible();
  await box.pressSequentially('种子', { delay: 50 });
  await expect(page).toHaveURL(/\/search\?q=%E7%A7%8D%E5%AD%90$/);
  await expect(productTiles(page).first().getByRole('link')).toContainText('种子');

  await box.fill('zzzqqq');
  await expect(resultStatus(page)).toHaveText(fill(T.zh.search.none, { q: 'zzzqqq' }));
  await expect(productTiles(page)).toHaveCount(0);

  // The address is a working link: a reload shows the same search.
  await page.reload();
  await expect(page.getByRole('searchbox', { name: T.zh.search.label })).toHaveValue('zzzqqq');
  await expect(resultStatus(page)).toHaveText(fill(T.zh.search.none, { q: 'zzzqqq' }));
});
