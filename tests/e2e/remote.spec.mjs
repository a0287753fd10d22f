// The remote backend against a local DummyJSON stand-in (tests/standin): choosing it by link,
// keeping it, paging with limit/skip/select, faults, pictures from an unreachable CDN — and
// hostile data from either backend, which must be shown as text or left out, never run.
import {
  test, expect, T, fill, esc, expectTitle, productTiles, errorPanel, savedSettings, resultStatus, main, openPartner,
  STANDIN_PRODUCTS, STANDIN_CATEGORIES, PRODUCTS, horizontalOverflow,
} from './helpers.mjs';

// The stand-in: helpers.mjs's `api` fixture, bound here for this file's helper functions.
let api;
test.beforeEach(({ api: standin }) => {
  api = standin;
});


/** Requests the app sent for product lists (category, search, all). */
const listRequests = () =>
  api.requests.filter((r) => r.method === 'GET' && /^\/products(\/category\/[^/]+|\/search)?$/.test(r.path));

/** The price a tile shows: the unit price after the discount, in whole fen (as the shop rounds). */
function shownPrice(p) {
  const fen = Math.round(p.price * 100);
  const bp = Math.round((p.discountPercentage || 0) * 100);
  const paid = Math.floor((fen * (10_000 - bp) + 5_000) / 10_000);
  return `¥${Math.floor(paid / 100)}.${String(paid % 100).padStart(2, '0')}`;
}

const groceries = STANDIN_PRODUCTS.filter((p) => p.category === 'groceries');

async function openRemote(page, path = '/') {
  const sep = path.includes('?') ? '&' : '?';
  await page.goto(`${path}${sep}api=${encodeURIComponent(api.url)}`);
}

test.describe('remote backend', () => {
  test('?api= shows the stand-in categories and is saved', async ({ page }) => {
    await openRemote(page);
    await expectTitle(page, T.zh.home.title);
    const tiles = main(page).getByRole('list').getByRole('link');
    await expect(tiles).toHaveCount(STANDIN_CATEGORIES.length);
    for (const c of STANDIN_CATEGORIES) {
      await expect(page.getByRole('link', { name: c.name, exact: true })).toHaveAttribute('href', `/c/${c.slug}`);
    }
    await expect(page.getByRole('link', { name: '粮油', exact: true })).toHaveCount(0);
    expect((await savedSettings(page)).api).toBe(api.url);
    expect(api.requests.some((r) => r.path === '/products/categories')).toBe(true);
    // Every category pictogram is a local picture that loaded.
    const pics = main(page).locator('ul img');
    for (let i = 0; i < (await pics.count()); i += 1) {
      await expect.poll(() => pics.nth(i).evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    }
  });

  test('a category lists its products; every list request carries select= and limit=12', async ({ page }) => {
    await openRemote(page);
    await page.getByRole('link', { name: 'Groceries', exact: true }).click();
    await expect(page).toHaveURL(/\/c\/groceries$/);
    await expectTitle(page, 'Groceries');
    await expect(main(page).getByText(fill(T.zh.category.count, { count: groceries.length }))).toBeVisible();
    await expect(productTiles(page)).toHaveCount(groceries.length);
    for (const p of groceries) {
      await expect(productTiles(page).filter({ hasText: p.title }).getByRole('link')).toContainText(shownPrice(p));
    }
    const lists = listRequests();
    expect(lists.length).toBeGreaterThan(0);
    for (const r of lists) {
      expect(r.query.limit, `${r.path} limit`).toBe('12');
      expect(typeof r.query.select, `${r.path} select`).toBe('string');
      expect(r.query.select.split(',')).toEqual(expect.arrayContaining(['title', 'price']));
      expect(r.query.select, 'tiles never ask for descriptions').not.toContain('description');
    }
    expect(lists.find((r) => r.path === '/products/category/groceries').query.skip).toBe('0');
  });

  test('a product page works and its CDN picture falls back to a local pictogram', async ({ page }) => {
    const p = groceries[1];
    await openRemote(page, '/c/groceries');
    await expectTitle(page, 'Groceries');
    await productTiles(page).filter({ hasText: p.title }).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/p/${p.id}$`));
    await expectTitle(page, p.title);
    await expect(main(page).locator('.price-big')).toContainText(`¥`);
    await expect(main(page).getByText(p.description)).toBeVisible();

    const img = main(page).locator('article img').first();
    await expect(img).toHaveAttribute('alt', p.title);
    await expect.poll(() => img.getAttribute('src'), { timeout: 15_000 }).toContain('/img/c/');
    await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);

    const detail = api.requests.find((r) => r.path === `/products/${p.id}`);
    expect(detail, 'the product was asked for').toBeTruthy();
    expect(detail.query.select).toContain('description');

    // Back on the list: the visible tile pictures fell back too (no broken image).
    await page.goBack();
    await expectTitle(page, 'Groceries');
    const first = productTiles(page).first().locator('img');
    await expect.poll(() => first.getAttribute('src'), { timeout: 15_000 }).toContain('/img/c/');
    await expect.poll(() => first.evaluate((i) => i.complete && i.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  test('the choice survives a reload and ?api=embedded goes back', async ({ page }) => {
    await openRemote(page);
    await expect(page.getByRole('link', { name: 'Groceries', exact: true })).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Groceries', exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('link', { name: 'Groceries', exact: true })).toBeVisible();

    await page.getByRole('link', { name: T.zh.partner.title }).click();
    await openPartner(page);
    await main(page).getByRole('link', { name: T.zh.partner.settings }).click();
    await expectTitle(page, T.zh.settings.title);
    await expect(main(page).getByText(fill(T.zh.settings.now_using, { source: api.url }))).toBeVisible();
    await expect(page.getByRole('radio', { name: T.zh.settings.api_remote })).toBeChecked();

    await page.goto('/?api=embedded');
    await expect(page.getByRole('link', { name: '粮油', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Groceries', exact: true })).toHaveCount(0);
    expect((await savedSettings(page)).api).toBe('embedded');
    await page.reload();
    await expect(page.getByRole('link', { name: '粮油', exact: true })).toBeVisible();
  });

  test('the settings screen switches to the online catalog and back', async ({ page }) => {
    await page.goto('/settings');
    await openPartner(page);
    await expectTitle(page, T.zh.settings.title);
    await expect(page.getByRole('radio', { name: T.zh.settings.api_embedded })).toBeChecked();
    await page.getByText(T.zh.settings.api_remote, { exact: true }).click();
    const url = page.getByLabel(T.zh.settings.api_url);
    // An address the app does not accept is refused with its own message, and nothing is saved.
    await url.fill('ftp://example.com');
    await page.getByRole('button', { name: T.zh.settings.save, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: T.zh.settings.api_bad })).toBeVisible();
    await expect(url).toHaveAttribute('aria-invalid', 'true');
    expect((await savedSettings(page))?.api ?? 'embedded').toBe('embedded');

    await url.fill(api.url);
    await page.getByRole('button', { name: T.zh.settings.save, exact: true }).click();
    await expect(main(page).getByRole('status').filter({ hasText: T.zh.settings.saved })).toBeVisible();
    await expect(page.getByText(T.zh.settings.api_bad)).toHaveCount(0);
    expect((await savedSettings(page)).api).toBe(api.url);
    await page.getByRole('link', { name: T.zh.nav.home }).click();
    await expect(page.getByRole('link', { name: 'Groceries', exact: true })).toBeVisible();

    // Partner mode is still open (no reload): the partner link leads straight to the partner home.
    await page.getByRole('link', { name: T.zh.partner.title }).click();
    await expectTitle(page, T.zh.partner.title);
    await main(page).getByRole('link', { name: T.zh.partner.settings }).click();
    await expectTitle(page, T.zh.settings.title);
    await page.getByText(T.zh.settings.api_embedded, { exact: true }).click();
    await page.getByRole('button', { name: T.zh.settings.save, exact: true }).click();
    await page.getByRole('link', { name: T.zh.nav.home }).click();
    await expect(page.getByRole('link', { name: '粮油', exact: true })).toBeVisible();
  });

  test('settings: an address typed without http:// gets the app\'s own message, in Chinese', async ({ page }) => {
    // The commonest slip ("dummyjson.com") must get the translated explanation, not the
    // browser's own validation bubble in the browser's language.
    await page.goto('/settings');
    await openPartner(page);
    await page.getByText(T.zh.settings.api_remote, { exact: true }).click();
    await page.getByLabel(T.zh.settings.api_url).fill('dummyjson.com');
    await page.getByRole('button', { name: T.zh.settings.save, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: T.zh.settings.api_bad })).toBeVisible();
  });

  test('a 500 on the categories shows the error panel; retry works once the fault is gone', async ({ page }) => {
    api.setFault('/products/categories', '500');
    await openRemote(page);
    const panel = errorPanel(page);
    await expect(panel.getByRole('heading', { name: T.zh.error.title })).toBeVisible();
    await expect(panel).toContainText(fill(T.zh.error.server, { status: 500 }));
    // Still failing: still the panel.
    await panel.getByRole('button', { name: T.zh.error.retry }).click();
    await expect.poll(() => api.requests.filter((r) => r.path === '/products/categories').length).toBe(2);
    await expect(panel).toContainText(fill(T.zh.error.server, { status: 500 }));
    api.clearFaults();
    await panel.getByRole('button', { name: T.zh.error.retry }).click();
    await expect(page.getByRole('link', { name: 'Groceries', exact: true })).toBeVisible();
    await expect(errorPanel(page)).toHaveCount(0);
  });

  test('a malformed answer shows the decode message; retry works', async ({ page }) => {
    api.setFault('/products/category/groceries', 'malformed');
    await openRemote(page, '/c/groceries');
    await expectTitle(page, 'Groceries');
    const panel = errorPanel(page);
    await expect(panel).toContainText(T.zh.error.decode);
    api.clearFaults();
    await panel.getByRole('button', { name: T.zh.error.retry }).click();
    await expect(productTiles(page)).toHaveCount(groceries.length);
  });

  test('a 429 with a readable Retry-After: the wait is said, counted down, and retried by itself', async ({ page }) => {
    api.setFault('/products/categories', '429', 1); // Retry-After: 1, exposed to the page
    await openRemote(page, '/?lang=en');
    const panel = errorPanel(page);
    await expect(panel).toContainText(fill(T.en.error.busy_wait, { seconds: 1 }));
    // The button waits too (at least 2 s, however short the server's wait), then no tap is needed.
    const waiting = panel.getByRole('button', { name: new RegExp(esc(T.en.error.retry_in).replace('\\{\\{ seconds \\}\\}', '\\d+')) });
    await expect(waiting).toBeDisabled();
    await expect(page.getByRole('link', { name: 'Groceries', exact: true })).toBeVisible();
    expect(api.requests.filter((r) => r.path === '/products/categories')).toHaveLength(2);
  });

  test('a 429 without a Retry-After says busy, and retrying is up to the partner', async ({ page }) => {
    let busy = true;
    await page.route(`${api.url}/products/categories`, (route) =>
      busy
        ? route.fulfill({ status: 429, headers: { 'Access-Control-Allow-Origin': '*' }, body: '{"message":"slow down"}' })
        : route.fallback(),
    );
    await openRemote(page, '/?lang=en');
    const panel = errorPanel(page);
    await expect(panel).toContainText(T.en.error.busy);
    busy = false;
    await panel.getByRole('button', { name: T.en.error.retry }).click();
    await expect(page.getByRole('link', { name: 'Groceries', exact: true })).toBeVisible();
  });

  test("search 'phone' finds the stand-in's phones", async ({ page }) => {
    const hits = STANDIN_PRODUCTS.filter((p) => `${p.title} ${p.description}`.toLowerCase().includes('phone'));
    await openRemote(page, '/search');
    await page.getByRole('searchbox', { name: T.zh.search.label }).fill('phone');
    await expect(page).toHaveURL(/\/search\?q=phone$/);
    await expect(resultStatus(page)).toHaveText(fill(T.zh.search.results, { count: hits.length }));
    await expect(productTiles(page)).toHaveCount(Math.min(hits.length, 12));
    await expect(productTiles(page).filter({ hasText: 'Budget Phone 64 GB' })).toHaveCount(1);
    const search = api.requests.filter((r) => r.path === '/products/search');
    expect(search.map((r) => r.query.q)).toEqual(['phone']);
    expect(search[0].query.limit).toBe('12');
    expect(search[0].query.select).toContain('title');

    // The online catalog only knows English: a Chinese word says so.
    await page.getByRole('searchbox', { name: T.zh.search.label }).fill('手机');
    await expect(main(page).getByText(T.zh.search.remote_english)).toBeVisible();
    await expect(resultStatus(page)).toHaveText(fill(T.zh.search.none, { q: '手机' }));
  });

  test('paging: scrolling to the end of a long result list loads skip=12', async ({ page }) => {
    const hits = STANDIN_PRODUCTS.filter((p) => `${p.title} ${p.description}`.toLowerCase().includes('with'));
    expect(hits.length).toBeGreaterThan(12);
    expect(hits.length).toBeLessThanOrEqual(24);
    await openRemote(page, '/search?q=with');
    await expect(productTiles(page)).toHaveCount(12);
    await expect(page.getByRole('button', { name: T.zh.category.more })).toBeVisible();
    await page.locator('main#main .sentinel').scrollIntoViewIfNeeded();
    await expect(productTiles(page)).toHaveCount(hits.length);
    await expect(page.getByRole('button', { name: T.zh.category.more })).toHaveCount(0);
    const skips = api.requests.filter((r) => r.path === '/products/search').map((r) => r.query.skip);
    expect(skips).toEqual(['0', '12']);
    for (const r of listRequests()) expect(r.query.limit).toBe('12');
  });

  test('paging: the "more" button loads the next page, once per tap', async ({ page }) => {
    await openRemote(page, '/search?q=a&lang=en');
    await expect(resultStatus(page)).toHaveText(fill(T.en.search.results, { count: 30 }));
    await expect(productTiles(page)).toHaveCount(12);
    // A tap without scrolling: scrolling the button into view would also bring the end of the
    // list into view, which loads the next page by itself and races the tap.
    const more = page.getByRole('button', { name: T.en.category.more });
    await expect(more).not.toBeInViewport();
    await more.dispatchEvent('click');
    await expect(productTiles(page)).toHaveCount(24);
    await expect(more).not.toBeInViewport();
    await more.dispatchEvent('click');
    await expect(productTiles(page)).toHaveCount(30);
    await expect(page.getByRole('button', { name: T.en.category.more })).toHaveCount(0);
    const skips = api.requests.filter((r) => r.path === '/products/search').map((r) => r.query.skip);
    expect(skips).toEqual(['0', '12', '24']);
    // No product twice.
    const names = await productTiles(page).locator('.tile-name').allTextContents();
    expect(new Set(names).size).toBe(30);
  });
});

// --- Hostile data -------------------------------------------------------------------------------

const XSS_TITLE = '<img src=x onerror="window.__pwned=1">';
const XSS_DESC = '<script>window.__pwned=1</script>';
const LONG_TITLE = 'W'.repeat(100_000);
const RTL_TITLE = '\u202Eexe.txt\u202C Invoice \u2067RTL\u2069';

function hostile(category) {
  const base = {
    category, unit: 'bag', discountPercentage: 0, availabilityStatus: 'In Stock', minimumOrderQuantity: 1,
    thumbnail: 'javascript:window.__pwned=1', images: ['javascript:window.__pwned=1'],
  };
  return [
    { ...base, id: 9001, title: XSS_TITLE, titleZh: XSS_TITLE, description: XSS_DESC, descriptionZh: XSS_DESC, price: 10, stock: 50 },
    { ...base, id: 9002, title: LONG_TITLE, titleZh: LONG_TITLE, description: 'long', price: 1, stock: 50 },
    { ...base, id: 9003, title: 'Price is NaN', titleZh: '价格不是数', description: 'x', price: 'NaN', stock: 5 },
    { ...base, id: 9004, title: 'Negative price', titleZh: '负价格', description: 'x', price: -5, stock: 5 },
    { ...base, id: 9005, title: 'Huge stock', titleZh: '库存巨大', description: 'x', price: 2, stock: 1e12 },
    { ...base, id: 9006, title: RTL_TITLE, titleZh: RTL_TITLE, description: 'x', price: 3, stock: 50 },
  ];
}

async function expectNotPwned(page) {
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const srcs = await page.locator('img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src') || ''));
  for (const src of srcs) expect(src).not.toMatch(/^\s*javascript:/i);
  const scripts = await page.locator('script').evaluateAll((s) => s.map((x) => x.textContent));
  for (const text of scripts) expect(text).not.toContain('__pwned');
}

test.describe('hostile data', () => {
  test('embedded catalog: hostile titles are text, broken products are left out and counted', async ({ page }) => {
    const products = [...hostile('grain-oil'), ...PRODUCTS.filter((p) => p.category === 'grain-oil')];
    await page.route('**/data/products.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ products, total: products.length, skip: 0, limit: products.length }) }),
    );
    await page.goto('/c/grain-oil');
    await expectTitle(page, '粮油');
    // 6 hostile + 11 real; two hostile ones (bad prices) are skipped: 10 tiles on the first page of
    // 12, the other 5 on the next.
    await expect(productTiles(page)).toHaveCount(10);
    await expect(main(page).getByText(fill(T.zh.category.skipped, { count: 2 }))).toBeVisible();
    await page.locator('main#main .sentinel').scrollIntoViewIfNeeded();
    await expect(productTiles(page)).toHaveCount(15);
    await expect(page.getByRole('button', { name: T.zh.category.more })).toHaveCount(0);
    await expect(main(page).getByText(fill(T.zh.category.skipped, { count: 2 }))).toBeVisible();
    await expect(productTiles(page).filter({ hasText: XSS_TITLE })).toHaveCount(1);
    await expect(productTiles(page).filter({ hasText: '价格不是数' })).toHaveCount(0);
    await expect(productTiles(page).filter({ hasText: '负价格' })).toHaveCount(0);
    await expect(productTiles(page).filter({ hasText: '库存巨大' })).toHaveCount(1);

    const longTile = productTiles(page).filter({ hasText: 'WWWWWWWWWW' }).locator('.tile-name');
    const longText = await longTile.textContent();
    expect(longText.length, 'a 100 000-character title is shortened').toBeLessThan(200);
    const rtlTile = productTiles(page).filter({ hasText: 'Invoice' }).locator('.tile-name');
    await expect(rtlTile).toContainText('exe.txt');
    expect(await rtlTile.textContent()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    const overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(overflow.viewport);
    await expectNotPwned(page);

    // The product screen shows the hostile description as text, too.
    await productTiles(page).filter({ hasText: XSS_TITLE }).getByRole('link').click();
    await expectTitle(page, XSS_TITLE);
    await expect(main(page).locator('.description')).toHaveText(XSS_DESC);
    const pic = main(page).locator('article img').first();
    await expect.poll(() => pic.evaluate((i) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    await expectNotPwned(page);

    await page.goto('/p/9005');
    await expectTitle(page, '库存巨大');
    await expect(main(page).getByText(T.zh.product.stock_in, { exact: true })).toBeVisible();
    await page.goto('/p/9002');
    expect((await page.getByRole('heading', { level: 1 }).textContent()).length).toBeLessThan(200);
    const o2 = await horizontalOverflow(page);
    expect(o2.scrollWidth, 'no sideways scrolling on the product screen').toBeLessThanOrEqual(o2.viewport);
    await expectNotPwned(page);
  });

  test('remote answer: hostile titles are text, broken products are left out (English)', async ({ page }) => {
    const products = hostile('groceries');
    await page.route(`${api.url}/products/category/groceries?**`, (route) =>
      route.fulfill({
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: JSON.stringify({ products, total: products.length, skip: 0, limit: products.length }),
      }),
    );
    await openRemote(page, '/c/groceries?lang=en');
    await expectTitle(page, 'Groceries');
    await expect(productTiles(page)).toHaveCount(4);
    await expect(main(page).getByText(fill(T.en.category.skipped, { count: 2 }))).toBeVisible();
    await expect(productTiles(page).filter({ hasText: XSS_TITLE })).toHaveCount(1);
    await expect(page.getByRole('button', { name: fill(T.en.product.speak_label, { title: XSS_TITLE }) })).toBeVisible();
    await expect(productTiles(page).filter({ hasText: 'Price is NaN' })).toHaveCount(0);
    await expect(productTiles(page).filter({ hasText: 'Negative price' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: T.en.category.more })).toHaveCount(0);
    const overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.viewport);
    await expectNotPwned(page);
  });
});
