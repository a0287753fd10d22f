// Partner mode behind the PIN: setting it on first use (typed twice, with the app's refusals),
// unlocking, five wrong tries locking entry for a minute (counted down, kept across a reload),
// the stored record holding only a salted hash, locking by hand, by reload and by idle time —
// while the villagers' catalog stays open — and the messages said aloud in the screen's language.
// Time is moved on with Playwright's clock (installed before the app loads), never waited out.
import {
  test, expect, T, fill, esc, expectTitle, main, productTiles, openPartner, typePin, padKey, pinPad,
  pinEntry, pinMessage, savedPartner, fakeSpeech, installClock,
} from './helpers.mjs';

const PIN = '2580';
const LANGS = [
  { lang: 'zh', t: T.zh, query: '' },
  { lang: 'en', t: T.en, query: '?lang=en' },
];

/** The top bar's partner link. */
const partnerLink = (page, t) => page.locator('header').getByRole('link', { name: t.partner.title, exact: true });

/** Every key of the pad (10 digits, Delete, OK). */
const padKeys = (page) => pinPad(page).getByRole('button');

/** The countdown message for a number of seconds. */
const lockedText = (t, seconds) => fill(t.partner.locked, { seconds });

/** Matches the countdown message for any number of seconds; returns the number shown. */
async function secondsShown(page, t) {
  const text = (await pinMessage(page).textContent()).trim();
  const [before, after] = t.partner.locked.split(/\{\{\s*seconds\s*\}\}/);
  const m = text.match(new RegExp(`^${esc(before)}(\\d+)${esc(after)}$`));
  expect(m, `countdown message, got "${text}"`).toBeTruthy();
  return Number(m[1]);
}

/** Sets the PIN on a fresh tablet, then reloads so that partner mode is locked again. */
async function setPinAndReload(page, t, lang, query = '') {
  await page.goto(`/partner${query}`);
  await expectTitle(page, t.partner.set_title);
  await openPartner(page, { pin: PIN, lang });
  await expectTitle(page, t.partner.title);
  await page.reload();
  await expectTitle(page, t.partner.unlock_title);
}

for (const { lang, t, query } of LANGS) {
  test.describe(`partner PIN (${lang})`, () => {
    test('first use: refusals are explained, then the PIN typed twice opens the partner home', async ({ page }) => {
      await page.goto(`/partner${query}`);
      await expectTitle(page, t.partner.set_title);
      await expect(main(page).getByText(t.partner.set_hint)).toBeVisible();
      await expect(padKeys(page)).toHaveCount(12);
      for (const d of '0123456789') await expect(padKey(page, d, lang)).toBeEnabled();
      await expect(padKey(page, 'delete', lang)).toBeEnabled();
      await expect(padKey(page, 'ok', lang)).toBeEnabled();
      await expect(pinMessage(page)).toHaveText('');

      // Too short.
      await typePin(page, '258', lang);
      await expect(pinMessage(page)).toHaveText(t.partner.bad_format);
      await expectTitle(page, t.partner.set_title);
      // Too simple, each kind.
      for (const simple of ['1111', '1234', '4321']) {
        await typePin(page, simple, lang);
        await expect(pinMessage(page)).toHaveText(t.partner.too_simple);
        await expectTitle(page, t.partner.set_title);
      }
      // The two entries differ: back to the first step, with the reason.
      await typePin(page, PIN, lang);
      await expectTitle(page, t.partner.repeat);
      await expect(pinMessage(page)).toHaveText('');
      await typePin(page, '2581', lang);
      await expect(pinMessage(page)).toHaveText(t.partner.mismatch);
      await expectTitle(page, t.partner.set_title);
      expect(await savedPartner(page)).toBeNull();

      // Delete takes back the last digit: 25809 ⌫ is 2580.
      for (const d of '25809') await padKey(page, d, lang).click();
      await padKey(page, 'delete', lang).click();
      await padKey(page, 'ok', lang).click();
      await expectTitle(page, t.partner.repeat);
      await typePin(page, PIN, lang);

      // Partner home: settings and lock.
      await expectTitle(page, t.partner.title);
      await expect(pinEntry(page)).toHaveCount(0);
      await expect(main(page).getByRole('link', { name: t.partner.settings, exact: true })).toHaveAttribute('href', '/settings');
      await expect(main(page).getByRole('button', { name: t.partner.lock, exact: true })).toBeVisible();
      await main(page).getByRole('link', { name: t.partner.settings, exact: true }).click();
      await expectTitle(page, t.settings.title);
      await expect(page).toHaveURL(/\/settings$/);
    });

    test('reload locks; wrong PINs count down, the fifth locks for a minute (kept across a reload)', async ({ page }) => {
      await installClock(page);
      await setPinAndReload(page, t, lang, query);
      await expect(main(page).getByText(t.partner.unlock_hint)).toBeVisible();

      for (const left of [4, 3, 2, 1]) {
        await typePin(page, '9999', lang);
        await expect(pinMessage(page)).toHaveText(fill(t.partner.wrong, { left }));
        await expectTitle(page, t.partner.unlock_title);
      }
      expect((await savedPartner(page)).items[0].failures).toBe(4);

      await typePin(page, '9999', lang);
      await expect(pinMessage(page)).toHaveText(lockedText(t, 60));
      for (const key of await padKeys(page).all()) await expect(key).toBeDisabled();
      expect((await savedPartner(page)).items[0].locked_until).toBeGreaterThan(Date.now() - 5_000);

      // The seconds count down.
      await page.clock.fastForward(10_000);
      await expect.poll(() => secondsShown(page, t)).toBeLessThanOrEqual(50);
      expect(await secondsShown(page, t)).toBeGreaterThanOrEqual(45);

      // A reload does not lift the lock.
      await page.reload();
      await expectTitle(page, t.partner.unlock_title);
      await expect(pinMessage(page)).toHaveText(new RegExp(esc(t.partner.locked.split('{{')[0])));
      const afterReload = await secondsShown(page, t);
      expect(afterReload).toBeLessThanOrEqual(50);
      expect(afterReload).toBeGreaterThan(30);
      for (const key of await padKeys(page).all()) await expect(key).toBeDisabled();

      // Past the minute the keys work again and the right PIN opens partner mode.
      await page.clock.fastForward(61_000);
      await expect(padKey(page, 'ok', lang)).toBeEnabled();
      await expect(pinMessage(page)).not.toContainText(t.partner.locked.split('{{')[0]);
      await typePin(page, PIN, lang);
      await expectTitle(page, t.partner.title);
      expect((await savedPartner(page)).items[0].failures).toBe(0);
    });

    test('the right PIN opens at once; Lock closes partner mode again', async ({ page }) => {
      await setPinAndReload(page, t, lang, query);
      await openPartner(page, { lang });
      await expectTitle(page, t.partner.title);
      await main(page).getByRole('button', { name: t.partner.lock, exact: true }).click();
      await expectTitle(page, t.partner.unlock_title);
      await expect(padKeys(page)).toHaveCount(12);
      // Settings are behind the same gate.
      await page.goto(`/settings${query}`);
      await expectTitle(page, t.partner.unlock_title);
      await openPartner(page, { lang });
      await expectTitle(page, t.settings.title);
    });

    test('the top bar link is the partner link; its lock icon opens with partner mode', async ({ page }) => {
      await page.goto(`/${query}`);
      await expectTitle(page, t.home.title);
      const link = partnerLink(page, t);
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', '/partner');
      const lockedIcon = await link.locator('svg').innerHTML();
      await link.click();
      await expect(page).toHaveURL(/\/partner$/);
      await openPartner(page, { lang });
      await expectTitle(page, t.partner.title);
      await expect.poll(() => link.locator('svg').innerHTML()).not.toBe(lockedIcon);
      await main(page).getByRole('button', { name: t.partner.lock, exact: true }).click();
      await expect.poll(() => link.locator('svg').innerHTML()).toBe(lockedIcon);
    });

    test('a wrong PIN is said aloud in the screen\'s language (and shown)', async ({ page }) => {
      await fakeSpeech(page, [
        { lang: 'zh-CN', name: 'zh', default: true },
        { lang: 'en-US', name: 'en' },
      ]);
      await setPinAndReload(page, t, lang, query);
      await typePin(page, '9999', lang);
      const text = fill(t.partner.wrong, { left: 4 });
      await expect(pinMessage(page)).toHaveText(text);
      await expect.poll(() => page.evaluate(() => window.__spoken.length)).toBe(1);
      const said = (await page.evaluate(() => window.__spoken))[0];
      expect(said).toEqual({ text, lang: lang === 'en' ? 'en' : 'zh-CN', rate: 1, voice: lang });
      // Spoken by a voice: no caption needed.
      await expect(page.locator('.caption')).toHaveCount(0);
    });
  });
}

test('with no voice the wrong-PIN message is in words above the pad, not a caption over it', async ({ page }) => {
  await setPinAndReload(page, T.zh, 'zh');
  await typePin(page, '9999');
  const text = fill(T.zh.partner.wrong, { left: 4 });
  await expect(pinMessage(page)).toHaveText(text);
  // The words are already on screen; a caption bar would only cover the pad's bottom row.
  await expect(page.locator('.caption')).toHaveCount(0);
  await expect(page.getByRole('button', { name: T.zh.partner.ok })).toBeInViewport();
});

test('the stored record holds a salted hash in hex, never the PIN', async ({ page }) => {
  await page.goto('/partner');
  await openPartner(page, { pin: '905713' });
  await expectTitle(page, T.zh.partner.title);
  const raw = await page.evaluate(() => localStorage.getItem('cunzhan.partner'));
  expect(raw).not.toContain('905713');
  const stored = JSON.parse(raw);
  expect(stored.items).toHaveLength(1);
  const record = stored.items[0];
  expect(record.salt).toMatch(/^[0-9a-f]{32}$/);
  expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(record.rounds).toBeGreaterThanOrEqual(100_000);
  // No field of the record holds the PIN (or a part of it that long) as its value.
  for (const value of Object.values(record)) expect(String(value)).not.toContain('905713');
  expect(Object.keys(record).some((k) => /pin/i.test(k) && !/hash/i.test(k))).toBe(false);
  // The same PIN on another tablet (new salt) gives another hash.
  await page.evaluate(() => localStorage.removeItem('cunzhan.partner'));
  await page.reload();
  await openPartner(page, { pin: '905713' });
  const again = (await savedPartner(page)).items[0];
  expect(again.salt).not.toBe(record.salt);
  expect(again.hash).not.toBe(record.hash);
});

test('while the PIN is being checked a "checking" status shows and the keys wait', async ({ page }) => {
  // Slow the browser's hashing down so that the in-between state can be seen.
  await page.addInitScript(() => {
    const subtle = crypto.subtle;
    const derive = subtle.deriveBits.bind(subtle);
    subtle.deriveBits = (...args) => new Promise((r) => setTimeout(r, 1_500)).then(() => derive(...args));
  });
  await setPinAndReload(page, T.zh, 'zh');
  await typePin(page, '9999');
  const status = pinEntry(page).getByRole('status');
  await expect(status).toHaveText(T.zh.partner.checking);
  await expect(padKey(page, '1')).toBeDisabled();
  await expect(pinMessage(page)).toHaveText(fill(T.zh.partner.wrong, { left: 4 }));
  await expect(status).toHaveText('');
  await expect(padKey(page, '1')).toBeEnabled();
});

test('a reload locks partner mode again; the settings are behind the gate too', async ({ page }) => {
  await page.goto('/settings');
  await expectTitle(page, T.zh.partner.set_title);
  await openPartner(page);
  await expectTitle(page, T.zh.settings.title);
  await page.reload();
  await expectTitle(page, T.zh.partner.unlock_title);
  await expect(main(page).getByRole('radio')).toHaveCount(0);
  await openPartner(page);
  await expectTitle(page, T.zh.settings.title);
});

/**
 * Lets the app's handling of the last input finish in its own time before the clock jumps: the
 * idle timer takes input events throttled (a trailing call 50 ms later), which a jump would
 * otherwise run only after it, as if the tablet had been touched at its end.
 */
async function settleInput(page) {
  await page.clock.runFor(500);
}

/** After partner mode locked, the villagers' catalog still opens without a PIN. */
async function expectCatalogOpenWithoutPin(page) {
  await page.getByRole('link', { name: T.zh.nav.home }).click();
  await expectTitle(page, T.zh.home.title);
  await page.getByRole('link', { name: '粮油', exact: true }).click();
  await expectTitle(page, '粮油');
  await expect(productTiles(page)).toHaveCount(11);
}

test.describe('idle lock', () => {
  test('after the minutes just chosen in settings without a touch partner mode locks; the catalog stays open', async ({ page }) => {
    await installClock(page);
    await page.goto('/settings');
    await openPartner(page);
    await expectTitle(page, T.zh.settings.title);
    const idle = main(page).locator('fieldset').filter({ hasText: T.zh.partner.idle });
    await expect(idle.getByRole('radio', { name: fill(T.zh.partner.idle_minutes, { n: 5 }) })).toBeChecked();
    await idle.getByText(fill(T.zh.partner.idle_minutes, { n: 1 }), { exact: true }).click();
    await expect(idle.getByRole('radio', { name: fill(T.zh.partner.idle_minutes, { n: 1 }) })).toBeChecked();
    expect((await savedPartner(page)).items[0].idle_minutes).toBe(1);

    // Just short of the minute: still open.
    await settleInput(page);
    await page.clock.fastForward(50_000);
    await expectTitle(page, T.zh.settings.title);
    // Past it: locked.
    await page.clock.fastForward(11_000);
    await expectTitle(page, T.zh.partner.unlock_title);

    await expectCatalogOpenWithoutPin(page);
    await page.goto('/partner');
    await expectTitle(page, T.zh.partner.unlock_title);
  });

  test('the chosen minutes are kept after a reload and apply: locked, while the catalog stays open', async ({ page }) => {
    await installClock(page);
    await page.goto('/settings');
    await openPartner(page);
    const idle = main(page).locator('fieldset').filter({ hasText: T.zh.partner.idle });
    await idle.getByText(fill(T.zh.partner.idle_minutes, { n: 2 }), { exact: true }).click();
    await expect(idle.getByRole('radio', { name: fill(T.zh.partner.idle_minutes, { n: 2 }) })).toBeChecked();
    await page.reload();
    await openPartner(page);
    await expect(idle.getByRole('radio', { name: fill(T.zh.partner.idle_minutes, { n: 2 }) })).toBeChecked();
    await settleInput(page);
    await page.clock.fastForward(110_000);
    await expectTitle(page, T.zh.settings.title);
    await page.clock.fastForward(11_000);
    await expectTitle(page, T.zh.partner.unlock_title);

    await expectCatalogOpenWithoutPin(page);
    await page.getByRole('link', { name: T.zh.partner.title, exact: true }).click();
    await expectTitle(page, T.zh.partner.unlock_title);
  });

  test('by default partner mode locks after 5 minutes without a touch; a touch starts the time again', async ({ page }) => {
    await installClock(page);
    await page.goto('/partner?lang=en');
    await openPartner(page, { lang: 'en' });
    await expectTitle(page, T.en.partner.title);
    await settleInput(page);
    await page.clock.fastForward('04:00');
    await expectTitle(page, T.en.partner.title);
    // A touch (mouse move) restarts the idle time.
    await page.mouse.move(200, 300);
    await page.mouse.move(400, 500);
    await settleInput(page);
    await page.clock.fastForward('04:00');
    await expectTitle(page, T.en.partner.title);
    await page.clock.fastForward('01:10');
    await expectTitle(page, T.en.partner.unlock_title);
  });
});
