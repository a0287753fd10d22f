// The fault matrix: every call the app makes to a remote DummyJSON-dialect backend, under every
// fault a village link or a busy shop produces. Each cell is one test on a fresh page against the
// local stand-in (tests/standin), with the fault put on the wire by the browser itself
// (page.route): a 500, a 429 with Retry-After, a body cut off half-way, an answer 10 s late, no
// answer at all, the network dropping at the moment of the request, and a name that does not
// resolve. A cell passes when the screen ends in a clear state — the page's content, or the error
// panel with its translated message and a way out that works — and, for the order, when the order
// is kept on the tablet, says why it waits, and reaches the shop exactly once with one key.
// Each cell writes its outcome; tests/support/fault-matrix.mjs prints the matrix after the run.
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  test, expect, T, fill, esc, expectTitle, productTiles, errorPanel, main, openPartner, STANDIN_PRODUCTS,
  cartLine, villagerRecord, seedStation, storedOrders, cartPosts
} from './helpers.mjs';
import { MATRIX_DIR, CALLS, FAULTS } from '../support/fault-matrix.mjs';

// The stand-in: helpers.mjs's `api` fixture, bound here for this file's helper functions.
let api;
test.beforeEach(({ api: standin }) => {
  api = standin;
});

// Cells are independent pages: spread them over both workers.
test.describe.configure({ mode: 'parallel' });

const t = T.zh;
/** What the fake busy server asks for: long enough that a retry that ignores it shows. */
const RETRY_AFTER_S = 4;
/** A slow answer: later than the app's patience for a loading line, sooner than its 12 s limit. */
const SLOW_MS = 10_000;
/** The app gives up on a request after 12 s. */
const TIMEOUT_MS = 12_000;


const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** A message template with its `{{ var }}` as "any number". */
const withNumber = (template) => new RegExp(esc(template).replace(/\\\{\\\{ \w+ \\\}\\\}/, '\\d+'));

/**
 * Puts `fault` on every request of `call` until `clear()` (a 429 answers once: a busy moment).
 * `hits` records each request of the call the browser made (time, idempotency key).
 */
async function injectFault(page, context, call, fault) {
  const origin = new URL(api.url).origin;
  const sw = { on: true, hits: [], clear: async () => {
    sw.on = false;
    if (fault === 'offline') await context.setOffline(false);
  } };
  const cors = { 'Access-Control-Allow-Origin': '*' };
  await page.route((url) => url.origin === origin && call.matches(url.pathname), async (route) => {
    const request = route.request();
    if (request.method() !== call.method) return route.fallback();
    sw.hits.push({ at: Date.now(), key: request.headers()['idempotency-key'] ?? null });
    if (!sw.on) return route.fallback();
    switch (fault) {
      case '500':
        return route.fulfill({ status: 500, headers: cors, contentType: 'application/json', body: '{"message":"Internal"}' });
      case '429':
        sw.on = false;
        return route.fulfill({
          status: 429,
          headers: { ...cors, 'Retry-After': String(RETRY_AFTER_S), 'Access-Control-Expose-Headers': 'Retry-After' },
          contentType: 'application/json',
          body: '{"message":"request limit exceeded, please wait a few seconds"}',
        });
      case 'malformed':
        return route.fulfill({ status: 200, headers: cors, contentType: 'application/json', body: '{"products":[{"id":1,"title":"Ri' });
      case 'slow':
        await sleep(SLOW_MS);
        return route.fallback();
      case 'hang':
        return new Promise(() => {}); // never answered: the app must give up by itself
      case 'offline':
        await context.setOffline(true);
        return route.abort('internetdisconnected');
      case 'dns':
        return route.abort('namenotresolved');
      default:
        throw new Error(`unknown fault ${fault}`);
    }
  });
  return sw;
}

/** The message the error panel (or the order's waiting line) must show for each fault. */
const MESSAGE = {
  500: fill(t.error.server, { status: 500 }),
  429: fill(t.error.busy_wait, { seconds: RETRY_AFTER_S }),
  malformed: t.error.decode,
  hang: t.error.timeout,
  offline: t.error.offline,
  dns: t.error.offline,
};

function record(call, fault, outcome) {
  mkdirSync(MATRIX_DIR, { recursive: true });
  writeFileSync(`${MATRIX_DIR}/${call}--${fault}.json`, JSON.stringify({ call, fault, outcome }));
}

// --- the screens' reads ---------------------------------------------------------------------------

const groceries = STANDIN_PRODUCTS.filter((p) => p.category === 'groceries');
const phones = STANDIN_PRODUCTS.filter((p) => `${p.title} ${p.description}`.toLowerCase().includes('phone'));
const product = STANDIN_PRODUCTS[3];

/** How each read is asked for and what its screen shows when it has its data. */
const SCREENS = {
  categories: {
    path: '/',
    ready: (page) => expect(page.getByRole('link', { name: 'Groceries', exact: true })).toBeVisible(),
  },
  list: {
    path: '/c/groceries',
    ready: (page) => expect(productTiles(page)).toHaveCount(Math.min(groceries.length, 12)),
  },
  search: {
    path: '/search?q=phone',
    ready: (page) => expect(productTiles(page)).toHaveCount(Math.min(phones.length, 12)),
  },
  product: {
    path: `/p/${product.id}`,
    ready: (page) => expectTitle(page, product.title),
  },
};

async function readCell(page, context, call, fault) {
  const screen = SCREENS[call.id];
  const sw = await injectFault(page, context, call, fault);
  const start = Date.now();
  await page.goto(`${screen.path}${screen.path.includes('?') ? '&' : '?'}api=${encodeURIComponent(api.url)}`);
  const panel = errorPanel(page);

  if (fault === 'slow') {
    // The loading line owns up to the slow link, then the data arrives; nothing is asked twice.
    await expect(main(page).getByRole('status').getByText(t.loading_slow)).toBeVisible({ timeout: SLOW_MS });
    await screen.ready(page);
    await expect(panel).toHaveCount(0);
    expect(sw.hits, 'one request, not a second while the first is slow').toHaveLength(1);
    return `✓ slow→shown ${secs(Date.now() - start)}`;
  }

  await expect(panel).toBeVisible({ timeout: TIMEOUT_MS + 4_000 });
  await expect(panel.getByRole('heading', { name: t.error.title })).toBeVisible();
  await expect(panel).toContainText(MESSAGE[fault]);
  // From the request (not the page load, which a busy 2-core machine can stretch).
  const shownAfter = Date.now() - sw.hits[0].at;

  if (fault === '429') {
    // Retry-After honoured: the button counts down, disabled, and the screen comes back by itself.
    await expect(panel.getByRole('button', { name: withNumber(t.error.retry_in) })).toBeDisabled();
    await screen.ready(page);
    expect(sw.hits).toHaveLength(2);
    const waited = sw.hits[1].at - sw.hits[0].at;
    expect(waited, 'no request before the server said').toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000);
    return `✓ waited ${secs(waited)}`;
  }

  if (fault === 'hang') expect(shownAfter, 'gave up after the 12 s limit, not much later').toBeLessThan(TIMEOUT_MS + 2_000);
  // Tapping "try again" while the fault lasts keeps the panel (and the page alive).
  const before = sw.hits.length;
  if (fault !== 'hang') {
    await panel.getByRole('button', { name: t.error.retry }).click();
    await expect.poll(() => sw.hits.length).toBeGreaterThan(before);
    await expect(errorPanel(page)).toContainText(MESSAGE[fault]);
  }
  await sw.clear();
  await errorPanel(page).getByRole('button', { name: t.error.retry }).click();
  await screen.ready(page);
  await expect(errorPanel(page)).toHaveCount(0);
  return fault === 'hang' ? `✓ ${secs(shownAfter)}→retry` : '✓ said→retry';
}

// --- the order --------------------------------------------------------------------------------------

const [a, b] = [STANDIN_PRODUCTS[5], STANDIN_PRODUCTS[2]];
const CART_KEY = 'cart-key-matrix';
function orderStation() {
  const wang = villagerRecord('v-wang', '王阿姨', 0);
  return {
    villagers: [wang],
    carts: [{ villager_id: wang.id, key: CART_KEY, cart: { lines: [cartLine(a, 2), cartLine(b, 1)] } }],
    serving: wang.id,
  };
}
/** The shop's copies of the one order this cell places. */
const orderPosts = () => cartPosts(api).filter((r) => r.headers['idempotency-key'] === CART_KEY);

async function orderCell(page, context, call, fault) {
  await seedStation(page, orderStation());
  await page.goto(`/confirm?api=${encodeURIComponent(api.url)}`);
  await openPartner(page);
  const sw = await injectFault(page, context, call, fault);
  const start = Date.now();
  const status = main(page).locator('.order-status');
  const sendNow = status.getByRole('button', { name: t.orders.retry });
  await main(page).getByRole('button', { name: t.confirm.ok }).click();
  await expect(status.locator('.status')).toHaveText(t.orders.waiting);
  let outcome;

  if (fault === 'slow') {
    // In flight for 10 s: the flusher (every 3 s) and "send now" must not send it a second time.
    await expect.poll(() => sw.hits.length).toBe(1);
    await sendNow.click();
    await expect(status.locator('.status')).toHaveText(t.orders.sent, { timeout: SLOW_MS + 5_000 });
    outcome = `✓ sent once ${secs(Date.now() - start)}`;
  } else {
    // Kept on the tablet, with the reason in words (the server's wait is in the entry's time,
    // not in the stored reason).
    const reason = fault === '429' ? t.error.busy : MESSAGE[fault];
    await expect(status).toContainText(reason, { timeout: TIMEOUT_MS + 4_000 });
    expect(await storedOrders(page)).toHaveLength(1);
    if (fault === '429') {
      // "Send now" right away must not go before the server's Retry-After either.
      await sendNow.click();
      await expect(status.locator('.status')).toHaveText(t.orders.sent, { timeout: RETRY_AFTER_S * 1000 + 8_000 });
      const waited = sw.hits[1].at - sw.hits[0].at;
      expect(waited, 'no resend before the server said').toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000);
      outcome = `✓ waited ${secs(waited)}`;
    } else {
      if (fault !== 'hang') await expect.poll(() => sw.hits.length, { timeout: 10_000 }).toBeGreaterThan(1); // retried while it lasts
      await sw.clear();
      // Back online, the browser's "online" event sends it; otherwise the partner taps "send
      // now" (unless the flusher's own retry got there first and the button is gone).
      if (fault !== 'offline') await sendNow.click({ timeout: 3_000 }).catch(() => {});
      await expect(status.locator('.status')).toHaveText(t.orders.sent, { timeout: 15_000 });
      outcome = `✓ kept→sent once`;
    }
  }
  // Exactly one order reached the shop, every attempt under the cart's one key, and nothing
  // more goes out on later flushes.
  expect(new Set(sw.hits.map((h) => h.key))).toEqual(new Set([CART_KEY]));
  expect(orderPosts()).toHaveLength(1);
  await page.waitForTimeout(3_500);
  expect(orderPosts()).toHaveLength(1);
  expect(await storedOrders(page)).toHaveLength(1);
  return outcome;
}

for (const call of CALLS) {
  for (const fault of FAULTS) {
    test(`${call.label} × ${fault.label}`, async ({ page, context }) => {
      test.setTimeout(60_000);
      const outcome = call.id === 'order'
        ? await orderCell(page, context, call, fault.id)
        : await readCell(page, context, call, fault.id);
      record(call.id, fault.id, outcome);
    });
  }
}
