// The tablet's clock can be wrong, and gets corrected: a lockout never outlasts its minute and
// the idle lock never stretches, whichever way the clock jumped. The page clock stands in for the
// tablet's: setSystemTime moves the date and time as a person changing it in the settings would
// (timers and the steady clock go on at their pace).
import { test, expect, T, fill, esc, main, expectTitle, openPartner, installClock, pinMessage, typePin, padKey, fakeSpeech } from './helpers.mjs';

const t = T.zh;
const PIN = '2580';
const YEAR = 365 * 24 * 3_600_000;

async function setPinAndReload(page) {
  await page.goto('/partner');
  await expectTitle(page, t.partner.set_title);
  await openPartner(page, { pin: PIN });
  await expectTitle(page, t.partner.title);
  await page.reload();
  await expectTitle(page, t.partner.unlock_title);
}

/** Five wrong PINs while the tablet's clock is a year ahead: the pad locks. Returns the real time. */
async function lockUnderAClockAYearAhead(page) {
  const real = Date.now();
  await installClock(page, { time: real + YEAR });
  await setPinAndReload(page);
  for (let i = 0; i < 5; i++) await typePin(page, '9999');
  await expect(pinMessage(page)).toHaveText(fill(t.partner.locked, { seconds: 60 }));
  await expect(padKey(page, 'ok')).toBeDisabled();
  return real;
}

test('five wrong PINs under a clock a year ahead, then the clock corrected: locked for its minute at most', async ({ page }) => {
  const real = await lockUnderAClockAYearAhead(page);

  // The clock is put right, a year back, and the tablet restarts the app: the stored lock end is
  // a year away, beyond what one lock can last, so it is over; the right PIN opens partner mode.
  await page.clock.setSystemTime(real);
  await page.reload();
  await expectTitle(page, t.partner.unlock_title);
  await expect(padKey(page, 'ok')).toBeEnabled();
  await expect(pinMessage(page)).not.toContainText(t.partner.locked.split('{{')[0]);
  await typePin(page, PIN);
  await expectTitle(page, t.partner.title);
});

test('the clock corrected while the lock shows: the lock ends after its minute, not a year', async ({ page }) => {
  const real = await lockUnderAClockAYearAhead(page);
  await page.clock.setSystemTime(real);
  await page.clock.runFor(1_100);
  const shown = Number((await pinMessage(page).textContent()).match(/\d+/)[0]);
  expect(shown).toBeLessThanOrEqual(60);
  await page.clock.runFor(60_000);
  await expect(padKey(page, 'ok')).toBeEnabled();
  await expect(pinMessage(page)).not.toContainText(t.partner.locked.split('{{')[0]);
  await typePin(page, PIN);
  await expectTitle(page, t.partner.title);
});

test('a lock made under the right clock still lasts its minute when the clock jumps back', async ({ page }) => {
  const real = Date.now();
  await installClock(page, { time: real });
  await setPinAndReload(page);
  for (let i = 0; i < 5; i++) await typePin(page, '9999');
  await expect(pinMessage(page)).toHaveText(fill(t.partner.locked, { seconds: 60 }));
  // Set back an hour: still locked, for no more than the minute.
  await page.clock.setSystemTime(real - 3_600_000);
  await page.clock.runFor(1_100);
  await expect(pinMessage(page)).toHaveText(new RegExp(esc(t.partner.locked.split('{{')[0])));
  const shown = Number((await pinMessage(page).textContent()).match(/\d+/)[0]);
  expect(shown).toBeLessThanOrEqual(60);
});

test('partner mode open, the clock set back a day: the idle lock still comes after its minutes', async ({ page }) => {
  const real = Date.now();
  await installClock(page, { time: real });
  await page.goto('/villagers');
  await openPartner(page, { pin: PIN });
  await expectTitle(page, t.villagers.title);
  await page.clock.runFor(500);
  // Someone sets the tablet's clock back a day; nobody touches it afterwards.
  await page.clock.setSystemTime(real - 24 * 3_600_000);
  await page.clock.runFor('04:00');
  await expectTitle(page, t.villagers.title);
  await page.clock.runFor('01:10');
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText(t.partner.unlock_title);
});

test('partner mode open, the clock set ahead a year: it does not lock before its minutes', async ({ page }) => {
  const real = Date.now();
  await installClock(page, { time: real });
  await page.goto('/villagers');
  await openPartner(page, { pin: PIN });
  await expectTitle(page, t.villagers.title);
  await page.clock.runFor(500);
  await page.clock.setSystemTime(real + YEAR);
  await page.clock.runFor('01:00');
  await expectTitle(page, t.villagers.title);
  await page.clock.runFor('04:10');
  await expectTitle(page, t.partner.unlock_title);
});

test('the idle lock is announced 15 s ahead, in words and voice; a touch keeps partner mode open', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'zh-CN', name: 'Chinese' }]);
  await installClock(page);
  await page.goto('/villagers');
  await openPartner(page, { pin: PIN });
  await expectTitle(page, t.villagers.title);
  await page.clock.runFor(500);
  const warning = page.locator('.idle-warning');
  await page.clock.runFor('04:40');
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(8_000);
  await expect(warning).toBeVisible();
  await expect(warning).toHaveRole('alert');
  const seconds = Number((await warning.textContent()).match(/\d+/)[0]);
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(15);
  expect(await page.evaluate(() => window.__spoken.map((u) => u.text))).toContain(t.partner.idle_warning_say);
  // A touch: the warning goes, partner mode stays.
  await page.mouse.move(300, 400);
  await page.mouse.move(500, 500);
  await page.clock.runFor(1_500);
  await expect(warning).toHaveCount(0);
  await expectTitle(page, t.villagers.title);
  // Left alone again: warned, then locked.
  await page.clock.runFor('04:50');
  await expect(warning).toBeVisible();
  await page.clock.runFor(16_000);
  await expectTitle(page, t.partner.unlock_title);
  await expect(warning).toHaveCount(0);
});

test('while the tablet is speaking (a read-back being listened to) it does not lock', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'zh-CN', name: 'Chinese' }]);
  await installClock(page);
  await page.goto('/villagers');
  await openPartner(page, { pin: PIN });
  await expectTitle(page, t.villagers.title);
  await page.evaluate(() => { window.__busy = true; });
  await page.clock.runFor('07:00');
  await expectTitle(page, t.villagers.title);
  await expect(page.locator('.idle-warning')).toHaveCount(0);
  await page.evaluate(() => { window.__busy = false; });
  await page.clock.runFor('05:10');
  await expectTitle(page, t.partner.unlock_title);
});

test('a station clock set while the date was a year ahead moves on once the date is corrected (never back)', async ({ page }) => {
  const real = Date.now();
  // Set at x1 while the tablet said next year; the tablet's date has been put right since.
  await page.addInitScript((clock) => {
    if (!localStorage.getItem('cunzhan.clock')) localStorage.setItem('cunzhan.clock', JSON.stringify({ v: 1, items: [clock] }));
  }, { real_base: real + YEAR, sim_base: real + YEAR, speed: 1 });
  await page.goto('/');
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('cunzhan.clock')).items[0]);
  // Set again at the real time, keeping the station's time where it stood.
  await expect.poll(async () => (await stored()).real_base, { timeout: 10_000 }).toBeLessThan(real + YEAR / 2);
  const first = await stored();
  expect(first.real_base).toBeGreaterThanOrEqual(real);
  expect(first.real_base).toBeLessThanOrEqual(Date.now());
  expect(first.sim_base).toBe(real + YEAR);
  expect(first.speed).toBe(1);
  // And it goes on: a reload a little later finds it where it should be, not set again.
  await page.waitForTimeout(1_500);
  await page.reload();
  await page.waitForTimeout(1_500);
  expect(await stored()).toEqual(first);
});
