// Shared pieces of the browser tests: a `test` that fails on any uncaught page error, the app's
// own texts (read from the locale files, so a test never guesses a string), and small helpers.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

/** The locale files, keyed like the app's locales. */
export const T = { zh: read('../../locales/zh-CN.json'), en: read('../../locales/en.json') };

/** The bundled catalog (embedded backend). */
export const CATALOG = read('../../public/data/products.json');
export const PRODUCTS = Array.isArray(CATALOG) ? CATALOG : CATALOG.products;
export const CATEGORIES = read('../../public/data/categories.json');

/** The stand-in's fixtures (remote backend). */
export const STANDIN_PRODUCTS = (() => {
  const d = read('../standin/fixtures/products.json');
  return Array.isArray(d) ? d : d.products;
})();
export const STANDIN_CATEGORIES = read('../standin/fixtures/categories.json');

/** Fills a locale template: `fill("共 {{ count }} 件商品", {count: 11})`. */
export function fill(template, vars = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k) => String(vars[k]));
}

/** Escapes a string for use inside a RegExp. */
export const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The settings key the app keeps in localStorage. */
export const SETTINGS_KEY = 'cunzhan.settings';

/**
 * `test` with an automatic guard: every uncaught exception in the page (`pageerror`) fails the
 * test that caused it. `pageErrors` is also available to tests that want to look at them.
 */
export const test = base.extend({
  pageErrors: [
    async ({ page }, use) => {
      const errors = [];
      page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** The main landmark (page content below the top bar). */
export const main = (page) => page.locator('main');

/** Waits until the screen's title (h1) shows the given text. */
export async function expectTitle(page, text) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

/** The saved settings as the app stored them. */
export async function savedSettings(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) || 'null'), SETTINGS_KEY);
}

/** The product tiles of a list screen (each a list item holding a link). */
export const productTiles = (page) => page.locator('main ul.product-grid > li');

/** The error panel (role=alert) with its heading. */
export function errorPanel(page) {
  return page.getByRole('alert').filter({ has: page.getByRole('heading', { level: 2 }) });
}

/** Whether the page scrolls sideways (content wider than the viewport). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
}

/** The search screen's result line ("找到 3 件"), a live status. */
export const resultStatus = (page) => page.locator('main').getByRole('status').and(page.locator('.count'));

/** The title of product 1 in each language. */
const RICE = { zh: PRODUCTS[0].titleZh, en: PRODUCTS[0].title };
const L = (lang) => (lang === 'en' ? T.en : T.zh);

/**
 * Every kind of screen, for the scans and screenshots: how to open it in a language and what
 * shows that it is ready. `lang` is 'zh-CN' or 'en'.
 */
export const SCREENS = [
  {
    name: 'home',
    path: '/',
    ready: (page, lang) => expect(page.getByRole('link', { name: lang === 'en' ? 'Grain & Oil' : '粮油', exact: true })).toBeVisible(),
  },
  {
    name: 'category',
    path: '/c/grain-oil',
    ready: (page) => expect(productTiles(page)).toHaveCount(11),
  },
  {
    name: 'product',
    path: '/p/1',
    ready: (page, lang) => expectTitle(page, lang === 'en' ? RICE.en : RICE.zh),
  },
  {
    name: 'search',
    path: '/search?q=rice',
    ready: (page) => expect(productTiles(page).first()).toBeVisible(),
  },
  {
    name: 'settings',
    path: '/settings',
    ready: (page, lang) => expectTitle(page, L(lang).settings.title),
  },
  {
    name: 'settings-remote',
    path: '/settings',
    ready: async (page, lang) => {
      await expectTitle(page, L(lang).settings.title);
      await page.getByText(L(lang).settings.api_remote, { exact: true }).click();
      await expect(page.getByLabel(L(lang).settings.api_url)).toBeVisible();
    },
  },
  {
    name: 'not-found',
    path: '/no/such/page',
    ready: (page, lang) => expectTitle(page, L(lang).not_found.title),
  },
  {
    name: 'caption',
    path: '/',
    // Headless Chromium has no voices: the speaker shows its words in the caption bar instead.
    ready: async (page, lang) => {
      await page.locator('.page-head').getByRole('button').click();
      await expect(page.locator('.caption')).toContainText(L(lang).speak.no_voice);
    },
  },
  {
    name: 'error',
    path: '/',
    setup: (page) => page.route('**/data/categories.json', (route) => route.fulfill({ status: 500, body: '{}' })),
    ready: (page, lang) => expect(errorPanel(page).getByRole('button', { name: L(lang).error.retry })).toBeVisible(),
  },
];

/** Opens a screen in a language (the language through `?lang=`, remembered by the app). */
export async function openScreen(page, screen, lang) {
  if (screen.setup) await screen.setup(page);
  const sep = screen.path.includes('?') ? '&' : '?';
  await page.goto(`${screen.path}${sep}lang=${lang}`);
  await screen.ready(page, lang);
}
