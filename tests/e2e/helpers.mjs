// Shared pieces of the browser tests: a `test` that fails on any uncaught page error, the app's
// own texts (read from the locale files, so a test never guesses a string), and small helpers.
import { test as base, expect } from '@playwright/test';
import { startStandin } from '../standin/server.mjs';
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

/**
 * A count with its unit as the app writes and says it, from the locale files: "1 bag", "3 bags",
 * "3袋". `unit` is a catalog unit ("bag", "box", …).
 */
export function countWithUnit(lang, n, unit) {
  const t = T[lang];
  const key = unit === 'box' ? 'small_box' : unit;
  return fill(t.count.with_unit, { n, unit: (n === 1 ? t.unit : t.units)[key] });
}

/** Escapes a string for use inside a RegExp. */
export const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pickup code in groups of three, as messages write it: "440 142". */
export const codeGroups = (code) => code.match(/.{1,3}/g).join(' ');

/** A pickup code as the app says it: digit by digit, a pause between the groups of three. */
export function sayCode(lang, code) {
  const zh = '零一二三四五六七八九';
  const groups = code.match(/.{1,3}/g);
  return lang === 'zh'
    ? groups.map((g) => [...g].map((d) => zh[Number(d)]).join('')).join('，')
    : groups.map((g) => [...g].join(' ')).join(', ');
}

/** A title as the voice says it: short measures as words ("5L" → "5升" / "5 litres"). */
export function spokenTitle(lang, title) {
  const words = { kg: ['公斤', 'kilogram'], ml: ['毫升', 'millilitre'], g: ['克', 'gram'], l: ['升', 'litre'] };
  return title.replace(/(^|[^A-Za-z0-9])(\d+(?:\.\d+)?) ?(kg|ml|g|l)(?![A-Za-z])/gi, (_, pre, n, unit) => {
    const [zh, en] = words[unit.toLowerCase()];
    return lang === 'zh' ? `${pre}${n}${zh}` : `${pre}${n} ${en}${n === '1' ? '' : 's'}`;
  });
}

/**
 * The app's storage keys and schema version, written from src/store/keys.rs and db.rs by the host
 * tests (`cargo test`): the tests never spell the Rust storage schema themselves.
 */
export const SCHEMA = read('../support/storage-schema.json');

/** The storage key of a collection (`demo`: the demo station's); an unknown name throws. */
export function storageKey(name, { demo = false } = {}) {
  if (!(name in SCHEMA.collections)) throw new Error(`the app keeps no collection "${name}"`);
  return `${demo ? SCHEMA.demo_prefix : SCHEMA.prefix}${name}`;
}

/** A collection as the app stores it: `{v, items}` at the current schema version. */
export const envelope = (items) => JSON.stringify({ v: SCHEMA.version, items });

/** The settings key the app keeps in localStorage. */
export const SETTINGS_KEY = storageKey('settings');

/** Saves settings before the app starts, as the app stores them (one record in the envelope). */
export async function seedSettings(page, settings) {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [SETTINGS_KEY, envelope([settings])]);
}

/**
 * `test` with an automatic guard: every uncaught exception in the page (`pageerror`) fails the
 * test that caused it. `pageErrors` is also available to tests that want to look at them.
 * `api` is the DummyJSON stand-in (tests/standin/server.mjs) for tests against a remote backend:
 * one server per worker, started when a test first asks for it, its request log and faults
 * cleared before every test that uses it. `test.use({ standinOptions: { idempotent: true } })`
 * gives a file a stand-in that honours Idempotency-Key.
 */
export const test = base.extend({
  standinOptions: [{}, { scope: 'worker', option: true }],
  standin: [
    async ({ standinOptions }, use) => {
      const server = await startStandin({ port: 0, ...standinOptions });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  api: async ({ standin }, use) => {
    standin.reset();
    standin.clearFaults();
    await use(standin);
  },
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

/** The orders the stand-in received (`POST /carts/add`), in the order they arrived. */
export const cartPosts = (api) => api.requests.filter((r) => r.method === 'POST' && r.path === '/carts/add');

/** How many times the stand-in received each order key (`Idempotency-Key`). */
export function postsPerKey(api) {
  const per = {};
  for (const r of cartPosts(api)) per[r.headers['idempotency-key']] = (per[r.headers['idempotency-key']] ?? 0) + 1;
  return per;
}

/** The app's main landmark (page content below the top bar); not the first screen's (#boot),
 * which shows before the app has started (public/boot.js). */
export const main = (page) => page.locator('main#main');

/** Waits until the app's screen title (h1) shows the given text. */
export async function expectTitle(page, text) {
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText(text);
}

/** The saved settings (the record inside the stored envelope), or null. */
export async function savedSettings(page) {
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) || 'null'), SETTINGS_KEY);
  return stored?.items?.[0] ?? null;
}

/** The product tiles of a list screen (each a list item holding a link). */
export const productTiles = (page) => page.locator('main#main ul.product-grid > li');

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
export const resultStatus = (page) => page.locator('main#main').getByRole('status').and(page.locator('.count'));

/** The title of product 1 in each language. */
const RICE = { zh: PRODUCTS[0].titleZh, en: PRODUCTS[0].title };
const L = (lang) => (lang === 'en' ? T.en : T.zh);

/** A villager's parcel link, written independently of the app (tests/support/parcel-link.mjs). */
import { parcelLinkPath } from '../support/parcel-link.mjs';

export { parcelLinkPath };

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
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expectTitle(page, L(lang).settings.title);
    },
  },
  {
    name: 'settings-remote',
    path: '/settings',
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expectTitle(page, L(lang).settings.title);
      await page.getByText(L(lang).settings.api_remote, { exact: true }).click();
      await expect(page.getByLabel(L(lang).settings.api_url)).toBeVisible();
    },
  },
  {
    // First use: the pad to set the PIN (no PIN stored on this tablet yet).
    name: 'pin-set',
    path: '/partner',
    setup: forgetPin,
    ready: (page, lang) => expectTitle(page, L(lang).partner.set_title),
  },
  {
    // The second step of setting it, after a too-simple first try was refused (its alert shown).
    name: 'pin-set-refused',
    path: '/partner',
    setup: forgetPin,
    ready: async (page, lang) => {
      await expectTitle(page, L(lang).partner.set_title);
      await typePin(page, '1111', lang);
      await expect(pinMessage(page)).toHaveText(L(lang).partner.too_simple);
    },
  },
  {
    // A PIN is set: the pad to unlock, after one wrong try (its alert shown).
    name: 'pin-unlock',
    path: '/partner',
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await page.reload();
      await expectTitle(page, L(lang).partner.unlock_title);
      await typePin(page, '9999', lang);
      await expect(pinMessage(page)).toHaveText(fill(L(lang).partner.wrong, { left: 4 }));
    },
  },
  {
    name: 'partner-home',
    path: '/partner',
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expectTitle(page, L(lang).partner.title);
    },
  },
  {
    name: 'villagers',
    path: '/villagers',
    setup: (page) => seedStation(page, demoStation()),
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expect(page.getByText('李大爷', { exact: true })).toBeVisible();
    },
  },
  {
    // The new-villager form after saving it empty and with a short phone number.
    name: 'villager-form',
    path: '/villagers/new',
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await page.getByLabel(L(lang).villagers.phone).fill('1381234');
      await page.getByRole('button', { name: L(lang).villagers.save }).click();
      await expect(page.getByText(L(lang).villagers.err_phone_length)).toBeVisible();
    },
  },
  {
    name: 'cart',
    path: '/cart',
    setup: (page) => seedStation(page, demoStation()),
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expect(page.locator('.cart-line')).toHaveCount(3);
    },
  },
  {
    name: 'confirm',
    path: '/confirm',
    setup: (page) => seedStation(page, demoStation()),
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expect(page.locator('.readback-line')).toHaveCount(3);
    },
  },
  {
    name: 'product-serving',
    path: '/partner',
    setup: (page) => seedStation(page, demoStation()),
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await page.locator('header').getByRole('link', { name: L(lang).nav.home }).click();
      await page.getByRole('link', { name: lang === 'en' ? 'Grain & Oil' : '粮油', exact: true }).click();
      await expect(productTiles(page).first().getByRole('button', { name: L(lang).cart.add_more })).toBeVisible();
    },
  },
  {
    name: 'orders',
    path: '/orders',
    setup: (page) => seedStation(page, demoStation()),
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expect(page.locator('.order-row')).toHaveCount(2);
    },
  },
  {
    name: 'order-waiting',
    path: '/orders/CZ-20261123-0043',
    setup: (page) => seedStation(page, demoStation()),
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expect(page.locator('.code-digits')).toHaveText('731904');
    },
  },
  {
    name: 'order-tracking',
    path: '/orders/CZ-20261120-2001',
    setup: (page) => seedStation(page, deliveryStation()),
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expect(page.locator('.stages li[aria-current="step"]')).toBeVisible();
    },
  },
  {
    name: 'order-return',
    path: '/orders/CZ-20261118-2004',
    setup: (page) => seedStation(page, deliveryStation()),
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expect(page.locator('.return-item')).toHaveCount(2);
    },
  },
  {
    name: 'station',
    path: '/station',
    setup: (page) => seedStation(page, deliveryStation()),
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expect(page.locator('.parcel-row')).toHaveCount(2);
      await page.locator('.parcel-row').first().getByRole('button', { name: L(lang).station.hand_over }).click();
      await expect(page.locator('.pin-pad')).toBeVisible();
    },
  },
  {
    name: 'courier',
    path: '/courier-parcels',
    setup: async (page) => {
      const now = Date.now();
      const day = 86_400_000;
      const parcel = (id, courier, tracking, villager_id, shelf, code, days) => ({
        id, courier, tracking, villager_id, shelf, code, arrived_at: now - days * day,
      });
      await seedStation(page, deliveryStation());
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKey('courier_parcels'), envelope([
        parcel('cp-1', 'zto', '731244550091', 'v-wang', 'A-3', '440142', 1),
        parcel('cp-2', 'sf', 'SF1234567890', 'v-li', 'B-1', '271828', 6),
        parcel('cp-3', 'jt', 'JT0099887766', 'v-zhao', 'C-2', '161803', 8),
      ])]);
    },
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expect(page.locator('.courier-list .parcel-row')).toHaveCount(3);
      await page.locator('.courier-list .parcel-row').first().getByRole('button', { name: L(lang).station.hand_over }).click();
      await expect(page.locator('.courier-list .pin-pad')).toBeVisible();
    },
  },
  {
    name: 'goods',
    path: '/goods',
    setup: (page) => seedGoods(page),
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expect(page.locator('.goods-row')).toHaveCount(2);
      await page.locator('.ledger-row').first().getByRole('button', { name: L(lang).produce.pay }).click();
      await expect(page.locator('.ledger-row [role="alertdialog"]')).toBeVisible();
    },
  },
  {
    name: 'new-goods',
    path: '/goods/new',
    setup: (page) => seedStation(page, deliveryStation()),
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await page.getByRole('button', { name: L(lang).produce.check }).click();
      await expect(page.locator('span.field-error').filter({ hasText: L(lang).produce.err_name })).toBeVisible();
    },
  },
  {
    name: 'produce',
    path: '/produce/L-eggs',
    setup: (page) => seedGoods(page),
    ready: (page) => expect(page.locator('.trace-card svg path')).toHaveCount(1),
  },
  {
    name: 'home-shelf',
    path: '/',
    setup: (page) => seedGoods(page),
    ready: (page) => expect(page.locator('.village-shelf .tile')).toHaveCount(2),
  },
  {
    name: 'commission',
    path: '/commission',
    setup: (page) => seedStation(page, deliveryStation()),
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expect(page.locator('.big-numbers dd').first()).toHaveText(/\d/);
    },
  },
  {
    name: 'backup',
    path: '/backup',
    setup: (page) => seedStation(page, deliveryStation()),
    ready: async (page, lang) => {
      await openPartner(page, { lang });
      await expect(page.getByTestId('backup-last')).toHaveText(L(lang).backup.never);
    },
  },
  {
    name: 'parcels',
    path: '/parcels',
    setup: (page) => seedStation(page, deliveryStation()),
    ready: (page) => expect(page.locator('main#main .tile')).toHaveCount(3),
  },
  {
    name: 'my-parcel',
    path: parcelLinkPath({
      order_id: 'CZ-20261130-4821', sent_at: Date.now() - 3 * 86_400_000, name: '王**', station: '李家村服务站',
      cash: 7_980, more: 1, items: [{ qty: 2, picture: 'bag-rice', category: 'grain-oil', title: '东北大米 10斤' }],
    }),
    ready: (page, lang) => expectTitle(page, L(lang).my_parcel.title),
  },
  {
    name: 'my-parcel-damaged',
    path: '/my-parcel#v1.AAAA',
    ready: (page, lang) => expect(page.locator('main#main .error-panel')).toContainText(L(lang).my_parcel.damaged),
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
      await page.locator('.page-head .speak-hint').click();
      await expect(page.locator('.caption')).toContainText(L(lang).speak.no_voice);
    },
  },
  {
    name: 'error',
    path: '/',
    setup: (page) => page.route('**/data/categories.json', (route) => route.fulfill({ status: 500, body: '{}' })),
    ready: (page, lang) => expect(errorPanel(page).getByRole('button', { name: L(lang).error.retry })).toBeVisible(),
  },
  {
    name: 'trainer-gate',
    path: '/trainer',
    ready: (page, lang) => expectTitle(page, L(lang).trainer.set_title),
  },
  {
    name: 'trainer-desk',
    path: '/trainer',
    setup: (page) => demoMode(page, { current: null }),
    ready: (page) => expect(page.locator('main#main .lesson-row')).toHaveCount(6),
  },
  {
    name: 'lesson-step',
    path: '/partner',
    setup: (page) => demoMode(page, { current: ['hand_over', 0] }),
    ready: async (page) => {
      await expect(page.locator('.lesson-card')).toBeVisible();
      await expect(page.locator('.lesson-spot')).toBeVisible();
    },
  },
];

/**
 * Starts the app in trainer mode on an empty demo station with one trainee (小周) at the tablet,
 * optionally in the middle of a lesson (`current`: [lesson code, step index]).
 */
export async function demoMode(page, { current = null } = {}) {
  const keys = {
    mode: SCHEMA.mode_key,
    trainees: storageKey('trainees', { demo: true }),
    prefs: storageKey('trainer_prefs', { demo: true }),
  };
  await page.addInitScript(({ current, keys, v }) => {
    const put = (key, items) => localStorage.setItem(key, JSON.stringify({ v, items }));
    localStorage.setItem(keys.mode, 'demo');
    // Once per page and data set: a reload keeps what the app changed, a new set replaces it.
    const tag = JSON.stringify(current);
    if (sessionStorage.getItem('demo-seeded') === tag) return;
    sessionStorage.setItem('demo-seeded', tag);
    put(keys.trainees, [{ name: '小周', done: ['find_product'], current }]);
    put(keys.prefs, [{ presenter: false, trainee: '小周' }]);
  }, { current, keys, v: SCHEMA.version });
}

/** The trainer's PIN the trainer tests set on first use. */
export const TRAINER_PIN = '1470';

/**
 * From the real station (in Chinese): the trainer PIN (set on first use, typed twice), then
 * "open the demo": the demo station with its villagers, carts and orders, on the trainer's desk.
 */
export async function enterDemo(page) {
  const t = T.zh;
  await page.goto('/trainer');
  const title = page.locator('main#main').getByRole('heading', { level: 1 });
  await expect(title).toHaveText(new RegExp(`^(${t.trainer.set_title}|${t.trainer.unlock_title})$`));
  const setting = (await title.textContent()).trim() === t.trainer.set_title;
  await typePin(page, TRAINER_PIN);
  if (setting) {
    await expect(title).toHaveText(t.partner.repeat);
    await typePin(page, TRAINER_PIN);
  }
  await main(page).getByRole('button', { name: t.trainer.enter }).click();
  await expect(page.locator('.demo-band')).toContainText(t.trainer.band);
  await expectTitle(page, t.trainer.title);
}

/** Opens a screen in a language (the language through `?lang=`, remembered by the app). */
export async function openScreen(page, screen, lang) {
  if (screen.setup) await screen.setup(page);
  // The language goes in the query, before any fragment (a parcel link's card).
  const [path, fragment] = screen.path.split('#');
  const sep = path.includes('?') ? '&' : '?';
  await page.goto(`${path}${sep}lang=${lang}${fragment === undefined ? '' : `#${fragment}`}`);
  await screen.ready(page, lang);
}

/** The key the partner record (PIN hash, wrong-try count, idle minutes) is kept under. */
export const PARTNER_KEY = storageKey('partner');

/** The partner record as stored (`{v, items: [record]}`), or null. */
export async function savedPartner(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) || 'null'), PARTNER_KEY);
}

/** Removes a stored PIN, if the page is already on the app (a fresh page has none anyway). */
export async function forgetPin(page) {
  if (!/^https?:/.test(page.url())) return;
  await page.evaluate((key) => localStorage.removeItem(key), PARTNER_KEY);
}

/** The PIN screen (shown instead of a partner screen while partner mode is closed). */
export const pinEntry = (page) => page.locator('main#main section.pin-entry');

/** The number pad. */
export const pinPad = (page) => page.locator('main#main .pin-pad');

/** A key of the pad: a digit, 'delete' or 'ok'. */
export function padKey(page, key, lang = 'zh') {
  const t = L(lang).partner;
  const name = key === 'ok' ? t.ok : key === 'delete' ? t.delete : key;
  return pinPad(page).getByRole('button', { name, exact: true });
}

/** The PIN screen's message (wrong PIN, too simple, locked…), a role=alert paragraph. */
export const pinMessage = (page) => pinEntry(page).locator('p.pin-message[role="alert"]');

/** Types digits on the pad by tapping its buttons, then taps OK. */
export async function typePin(page, pin, lang = 'zh') {
  for (const d of pin) await padKey(page, d, lang).click();
  await padKey(page, 'ok', lang).click();
}

/**
 * Opens partner mode from a gated screen (/partner, /settings) already on the page: sets the PIN
 * on first use (typed twice) or unlocks with it, then waits for the gate to go away.
 * `lang` is 'zh'/'zh-CN' or 'en' (the language the screen is in).
 */
export async function openPartner(page, { pin = '2580', lang = 'zh' } = {}) {
  const t = L(lang).partner;
  const title = page.locator('main#main').getByRole('heading', { level: 1 });
  await expect(title).toHaveText(new RegExp(`^(${esc(t.set_title)}|${esc(t.unlock_title)})$`));
  const setting = (await title.textContent()).trim() === t.set_title;
  await typePin(page, pin, lang);
  if (setting) {
    await expect(title).toHaveText(t.repeat);
    await typePin(page, pin, lang);
  }
  await expect(pinEntry(page)).toHaveCount(0);
}

/** Fakes the voices and records every utterance into window.__spoken. */
export async function fakeSpeech(page, voices) {
  await page.addInitScript((voices) => {
    const synth = window.speechSynthesis;
    // Real SpeechSynthesisVoice objects cannot be made; these pass `instanceof` and carry the fields.
    const list = voices.map((v) =>
      Object.create(SpeechSynthesisVoice.prototype, {
        lang: { value: v.lang, enumerable: true },
        name: { value: v.name, enumerable: true },
        default: { value: !!v.default, enumerable: true },
        localService: { value: true, enumerable: true },
        voiceURI: { value: v.name, enumerable: true },
      }),
    );
    // The real setter rejects fake voices: keep whatever the app picks so the test can see it.
    Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
      configurable: true,
      get() { return this.__voice ?? null; },
      set(v) { this.__voice = v; },
    });
    window.__spoken = [];
    Object.defineProperty(synth, 'getVoices', { value: () => list.slice(), configurable: true });
    // Idle unless a test sets window.__busy (then the app must cancel before speaking).
    window.__cancels = 0;
    Object.defineProperty(synth, 'speaking', { get: () => !!window.__busy, configurable: true });
    Object.defineProperty(synth, 'pending', { get: () => false, configurable: true });
    Object.defineProperty(synth, 'cancel', { value: () => { window.__cancels += 1; }, configurable: true });
    Object.defineProperty(synth, 'speak', {
      configurable: true,
      value: (u) => {
        window.__spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice ? u.voice.name : null });
      },
    });
  }, voices);
}

/**
 * Installs Playwright's fake clock (call before `goto`), with timer ids kept small as a browser's
 * are. The fake clock numbers its timers from 10¹²; the app (wasm) keeps a timer id as a 32-bit
 * integer, so clearing one of those would silently miss it — e.g. an activity would not restart
 * the idle timer. The shim hands out small ids and maps them back.
 */
export async function installClock(page, options) {
  await page.clock.install(options);
  await page.addInitScript(() => {
    const ids = new Map();
    let next = 1;
    const wrapSet = (set) => function (...args) {
      const id = next++;
      ids.set(id, set.apply(this, args));
      return id;
    };
    const wrapClear = (clear) => function (id) {
      const real = ids.get(id);
      ids.delete(id);
      return clear.call(this, real ?? id);
    };
    const clear = window.clearTimeout;
    window.setTimeout = wrapSet(window.setTimeout);
    window.setInterval = wrapSet(window.setInterval);
    window.clearTimeout = wrapClear(clear);
    window.clearInterval = wrapClear(window.clearInterval);
  });
}

/** What a villager pays per unit of a catalog product, in fen (discount rounded half up per unit). */
export function paidFen(p) {
  const fen = Math.round(p.price * 100);
  const bp = Math.round((p.discountPercentage || 0) * 100);
  return Math.floor((fen * (10_000 - bp) + 5_000) / 10_000);
}

/** `¥12.30`, as the app prints fen. */
export const yuan = (fen) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** A cart line as the app stores it, for a catalog product. */
export function cartLine(p, qty = 1) {
  const unit = (p.unit || 'piece').replace(/^./, (c) => c.toUpperCase());
  return {
    product_id: p.id,
    title: { en: p.title, zh: p.titleZh ?? null },
    category: p.category,
    picture: p.thumbnail ?? null,
    unit,
    list_price: Math.round(p.price * 100),
    discount_bp: Math.round((p.discountPercentage || 0) * 100),
    stock: p.stock,
    min_order: p.minimumOrderQuantity || 1,
    qty,
    return_policy: p.returnPolicy ?? null,
  };
}

/** A villager record as the app stores it. */
export const villagerRecord = (id, name, avatar = 0, extra = {}) => ({
  id, name, village: '一组', phone: '13812345678', avatar, archived: false, ...extra,
});

/**
 * Makes every write of one storage key fail as a full storage does (QuotaExceededError) until
 * `window.__restore()` is called in the page.
 */
export async function failWrites(page, key) {
  await page.evaluate((key) => {
    const set = Storage.prototype.setItem;
    window.__restore = () => { Storage.prototype.setItem = set; };
    Storage.prototype.setItem = function (k, v) {
      if (k === key) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  }, key);
}

/** A produce listing as the app stores it (sent: it stays on the tablet). */
export const listingRecord = (id, seller, nameZh, pricePerUnit, quantity, extra = {}) => ({
  id, remote_id: null, seller_id: seller.id, name_zh: nameZh, name_en: null, unit: 'Jin',
  price_per_unit: pricePerUnit, quantity, made_on: 20_420, village: seller.village, photo: null,
  listed_at: Date.UTC(2026, 10, 23, 2), category: 'grain-oil', key: `key-${id}`, send: { Sent: { at: 1 } }, ...extra,
});

/** The delivery station with two listings of villagers' goods and a sale of the first. */
export async function seedGoods(page) {
  const station = deliveryStation();
  await seedStation(page, station);
  const [wang, li] = station.villagers;
  const eggs = listingRecord('L-eggs', wang, '土鸡蛋', 850, 27, { name_en: 'Free-range eggs' });
  const honey = listingRecord('L-honey', li, '野蜂蜜', 4500, 6, { unit: 'Bottle', name_en: 'Wild honey' });
  const sale = { listing_id: 'L-eggs', seller_id: wang.id, qty: 3, buyer: 'walk_in', at: Date.UTC(2026, 10, 24, 3), amount: 2550 };
  await page.addInitScript(([entries]) => {
    for (const [key, value] of entries) if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
  }, [[[storageKey('produce_listings'), envelope([eggs, honey])], [storageKey('produce_sales'), envelope([sale])]]]);
}

/** An order record as the app stores it. */
export function orderRecord({ id, villager, lines, code = '480219', send, placedAt = Date.UTC(2026, 10, 23, 6, 5), shippedAt = null }) {
  return {
    id,
    key: `key-${id}`,
    villager_id: villager.id,
    villager_name: villager.name,
    avatar: villager.avatar,
    placed_at: placedAt,
    lines,
    pickup_code: code,
    send: send ?? { Sent: { at: placedAt + 1000 } },
    remote_cart: null,
    mismatches: [],
    shipped_at: shippedAt,
  };
}

/**
 * Seeds the station's collections before the app starts (on every load of this page), in the
 * stored envelope `{v, items}`: `{villagers, carts, orders, serving}` (serving is a villager id).
 */
export async function seedStation(page, { villagers = [], carts = [], orders = [], serving = null, clock = null } = {}) {
  const keys = Object.fromEntries(['villagers', 'carts', 'orders', 'serving', 'clock'].map((n) => [n, storageKey(n)]));
  await page.addInitScript(({ data, keys, v }) => {
    // Once per page and data set: a reload keeps what the app changed, a new set replaces it.
    const tag = JSON.stringify(data);
    if (sessionStorage.getItem('seeded') === tag) return;
    sessionStorage.setItem('seeded', tag);
    const put = (name, items) => localStorage.setItem(keys[name], JSON.stringify({ v, items }));
    put('villagers', data.villagers);
    put('carts', data.carts);
    put('orders', data.orders);
    put('serving', data.serving ? [data.serving] : []);
    // The station clock: {real_base, sim_base, speed}, so a test's dates are fixed.
    if (data.clock) put('clock', [data.clock]);
  }, { data: { villagers, carts, orders, serving, clock }, keys, v: SCHEMA.version });
}

/** Every value the app keeps in localStorage, joined (to look for personal data). */
export async function storedText(page) {
  return page.evaluate((prefix) =>
    Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => localStorage.getItem(k)).join('\n'), SCHEMA.prefix);
}

/** The orders as stored. */
export async function storedOrders(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) || '{"items":[]}').items, storageKey('orders'));
}

/** A seeded station: two villagers, Wang served with three products in her cart, one sent order of Li's and one waiting. */
export function demoStation() {
  const wang = villagerRecord('v-wang', '王阿姨', 0);
  const li = villagerRecord('v-li', '李大爷', 1, { village: '二组', phone: null });
  const [rice, flour, oil] = [PRODUCTS[0], PRODUCTS[2], PRODUCTS[4]];
  return {
    wang, li, products: [rice, flour, oil],
    villagers: [wang, li],
    carts: [{ villager_id: wang.id, key: 'cart-key-wang', cart: { lines: [cartLine(rice, 2), cartLine(flour), cartLine(oil)] } }],
    orders: [
      orderRecord({ id: 'CZ-20261123-0042', villager: li, lines: [cartLine(PRODUCTS[1], 1)] }),
      orderRecord({
        id: 'CZ-20261123-0043', villager: li, code: '731904', lines: [cartLine(PRODUCTS[3], 3)],
        // Not due before 2100: it stays waiting on screen (a real one would be retried).
        send: { Waiting: { attempts: 2, next_at: 4102444800000, last_error: 'offline' } },
      }),
    ],
    serving: wang.id,
  };
}

/** A station some days on: parcels on the way, waiting (one for 5+ days), picked up (returnable). */
export function deliveryStation(now = Date.now()) {
  const day = 86_400_000;
  const wang = villagerRecord('v-wang', '王阿姨', 0);
  const li = villagerRecord('v-li', '李大爷', 1);
  const zhao = villagerRecord('v-zhao', '赵奶奶', 5);
  const p = (id) => PRODUCTS.find((x) => x.id === id);
  return {
    villagers: [wang, li, zhao],
    orders: [
      orderRecord({ id: 'CZ-20261120-2001', villager: wang, lines: [cartLine(p(23), 1)], shippedAt: now - 1 * day + 3_600_000 }),
      orderRecord({ id: 'CZ-20261119-2002', villager: li, code: '271828', lines: [cartLine(p(5), 1), cartLine(p(3), 2)], shippedAt: now - 3.5 * day }),
      orderRecord({ id: 'CZ-20261116-2003', villager: zhao, code: '161803', lines: [cartLine(p(4), 3)], shippedAt: now - 7.5 * day }),
      {
        ...orderRecord({ id: 'CZ-20261118-2004', villager: wang, code: '314159', lines: [cartLine(p(24), 1), cartLine(p(1), 1)], shippedAt: now - 4 * day }),
        picked_up_at: now - 1 * day,
      },
    ],
  };
}

/** How many of a product one tap on "add" puts in the cart (its minimum order). */
export const minQty = (product) => product.minimumOrderQuantity || 1;

/**
 * From the villagers list (Chinese screens, remote backend with the stand-in's Groceries): serves
 * `name` — unless they are being served already — and puts `product` in their cart from its tile.
 */
export async function serveAndAdd(page, name, product) {
  const t = T.zh;
  const bar = page.locator('aside.serving-bar');
  const row = main(page).locator('.villager-row').filter({ hasText: name });
  await expect(row).toBeVisible();
  const serve = row.getByRole('button', { name: t.villagers.serve });
  if (await serve.isVisible()) await serve.click();
  await expect(bar).toContainText(fill(t.serving.now, { name }));
  await page.getByRole('link', { name: t.nav.home }).click();
  await page.getByRole('link', { name: 'Groceries', exact: true }).click();
  await productTiles(page).filter({ hasText: product.title }).getByRole('button', { name: t.cart.add, exact: true }).click();
  await expect(bar).toContainText(fill(t.serving.cart, { count: minQty(product) }));
}

/** From the serving bar: the served villager's cart, the read-back, ✓; the pickup code shows. */
export async function confirmServed(page, product) {
  const t = T.zh;
  await page.locator('aside.serving-bar').getByRole('link', { name: fill(t.serving.cart, { count: minQty(product) }) }).click();
  await main(page).getByRole('link', { name: t.cart.to_confirm }).click();
  await expectTitle(page, t.confirm.title);
  await main(page).getByRole('button', { name: t.confirm.ok }).click();
  await expect(main(page).locator('.code-digits')).toHaveText(/^\d{6}$/);
}
