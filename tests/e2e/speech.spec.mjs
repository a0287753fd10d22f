// The speaker buttons: what is said, in which language, at which speed, with which voice — and a
// caption instead of silence on a tablet without voices. Headless Chromium has no voices, so an
// init script gives it fake ones and records what `speak()` is handed.
import { test, expect, T, fill, expectTitle, productTiles, main, openPartner, fakeSpeech, seedStation, villagerRecord, countWithUnit } from './helpers.mjs';

const ZH = { lang: 'zh-CN', name: 'zh', default: true };
const EN = { lang: 'en-US', name: 'en', default: false };

const spoken = (page) => page.evaluate(() => window.__spoken);

/** Waits for the next utterance and returns the last one. */
async function lastSaid(page, count) {
  await expect.poll(async () => (await spoken(page)).length).toBe(count);
  return (await spoken(page))[count - 1];
}

/** The speaker button next to the screen title. */
const headingSpeaker = (page) => page.locator('.page-head .speak-hint');

const caption = (page) => page.locator('.caption');

test('home speaker says the home hint in Chinese', async ({ page }) => {
  await fakeSpeech(page, [ZH, EN]);
  await page.goto('/');
  await expectTitle(page, T.zh.home.title);
  await expect(headingSpeaker(page)).toHaveAccessibleName(T.zh.speak.hint_label);
  await expect(headingSpeaker(page)).toContainText(T.zh.speak.button);
  await headingSpeaker(page).click();
  const said = await lastSaid(page, 1);
  expect(said).toEqual({ text: T.zh.home.hint, lang: 'zh-CN', rate: 1, voice: 'zh' });
  await expect(caption(page)).toHaveCount(0);
});

test('a product tile speaker says the name and the price in Chinese words', async ({ page }) => {
  await fakeSpeech(page, [ZH, EN]);
  await page.goto('/c/grain-oil');
  await expectTitle(page, '粮油');
  await page.getByRole('button', { name: fill(T.zh.product.speak_label, { title: '东北大米 10斤' }) }).click();
  expect(await lastSaid(page, 1)).toEqual({
    text: '东北大米 10斤，每袋三十九元九角。有货。',
    lang: 'zh-CN',
    rate: 1,
    voice: 'zh',
  });
  // The category hint names the category and its count.
  await headingSpeaker(page).click();
  expect((await lastSaid(page, 2)).text).toBe(fill(T.zh.category.hint, { name: '粮油', count: 11 }));
  // Low stock is said too.
  await page.getByRole('button', { name: fill(T.zh.product.speak_label, { title: '糯米 5斤' }) }).click();
  expect((await lastSaid(page, 3)).text).toBe('糯米 5斤，每袋二十二元九角。只剩 3袋。');
});

test('the product screen speaker says the product; in English with lang en', async ({ page }) => {
  await fakeSpeech(page, [ZH, EN]);
  await page.goto('/p/1');
  await expectTitle(page, '东北大米 10斤');
  await main(page).getByRole('button', { name: fill(T.zh.product.speak_label, { title: '东北大米 10斤' }) }).click();
  expect(await lastSaid(page, 1)).toEqual({ text: '东北大米 10斤，每袋三十九元九角。有货。 不能退货。', lang: 'zh-CN', rate: 1, voice: 'zh' });

  await page.getByRole('button', { name: 'English' }).click();
  await expectTitle(page, 'Northeast Rice 5kg');
  await main(page).getByRole('button', { name: fill(T.en.product.speak_label, { title: 'Northeast Rice 5kg' }) }).click();
  expect(await lastSaid(page, 2)).toEqual({
    text: 'Northeast Rice 5 kilograms, 39 yuan 90 fen per bag. In stock. No returns.',
    lang: 'en',
    rate: 1,
    voice: 'en',
  });
});

test('in English the home hint and tiles are said in English', async ({ page }) => {
  await fakeSpeech(page, [ZH, EN]);
  await page.goto('/?lang=en');
  await expectTitle(page, T.en.home.title);
  await headingSpeaker(page).click();
  expect(await lastSaid(page, 1)).toEqual({ text: T.en.home.hint, lang: 'en', rate: 1, voice: 'en' });

  await page.getByRole('link', { name: 'Grain & Oil', exact: true }).click();
  await expectTitle(page, 'Grain & Oil');
  await productTiles(page).first().getByRole('button', { name: fill(T.en.product.speak_label, { title: 'Northeast Rice 5kg' }) }).click();
  expect(await lastSaid(page, 2)).toEqual({
    text: 'Northeast Rice 5 kilograms, 39 yuan 90 fen per bag. In stock.',
    lang: 'en',
    rate: 1,
    voice: 'en',
  });
});

test('the slow speech-rate settings slow the voice down, and are kept', async ({ page }) => {
  await fakeSpeech(page, [ZH, EN]);
  await page.goto('/settings');
  await openPartner(page);
  await expectTitle(page, T.zh.settings.title);
  await expect(page.getByRole('radio', { name: T.zh.settings.rate_normal })).toBeChecked();

  await page.getByText(T.zh.settings.rate_slow, { exact: true }).click();
  await expect(page.getByRole('radio', { name: T.zh.settings.rate_slow })).toBeChecked();
  await headingSpeaker(page).click();
  const slow = await lastSaid(page, 1);
  expect(slow.text).toBe(T.zh.settings.hint);
  expect(slow.rate).toBeCloseTo(0.8, 5);

  await page.getByRole('radio', { name: T.zh.settings.rate_slower }).check();
  // The settings screen's own "try it" speaker.
  await main(page).locator('fieldset').filter({ hasText: T.zh.settings.speech_rate }).getByRole('button').click();
  const slower = await lastSaid(page, 2);
  expect(slower.text).toBe(T.zh.settings.test_voice_text);
  expect(slower.rate).toBeCloseTo(0.6, 5);

  // Kept after a reload, and used on every screen.
  await page.goto('/c/grain-oil');
  await expectTitle(page, '粮油');
  await page.getByRole('button', { name: fill(T.zh.product.speak_label, { title: '东北大米 10斤' }) }).click();
  expect((await lastSaid(page, 1)).rate).toBeCloseTo(0.6, 5);
});

test('with no voices a caption shows the text and nothing is spoken or thrown', async ({ page }) => {
  await fakeSpeech(page, []);
  await page.goto('/');
  await expectTitle(page, T.zh.home.title);
  await headingSpeaker(page).click();
  const status = page.getByRole('status').filter({ has: caption(page) });
  await expect(status).toBeVisible();
  await expect(status).toContainText(T.zh.speak.no_voice);
  await expect(status).toContainText(T.zh.home.hint);

  await page.getByRole('link', { name: '粮油', exact: true }).click();
  await page.getByRole('button', { name: fill(T.zh.product.speak_label, { title: '东北大米 10斤' }) }).click();
  await expect(status).toContainText('东北大米 10斤，每袋三十九元九角。有货。');
  await expect(status).not.toContainText(T.zh.home.hint);

  await caption(page).getByRole('button', { name: T.zh.speak.close }).click();
  await expect(caption(page)).toHaveCount(0);
  expect(await spoken(page)).toEqual([]);
});

test('with the real (voiceless) headless engine a caption appears too', async ({ page }) => {
  await page.goto('/?lang=en');
  await expectTitle(page, T.en.home.title);
  await headingSpeaker(page).click();
  await expect(caption(page)).toContainText(T.en.speak.no_voice);
  await expect(caption(page)).toContainText(T.en.home.hint);
});

test('a voice tagged cmn counts as Chinese (not the pinyin one)', async ({ page }) => {
  await fakeSpeech(page, [
    { lang: 'en-US', name: 'english', default: true },
    { lang: 'cmn-latn-pinyin', name: 'pinyin' },
    { lang: 'cmn', name: 'mandarin' },
  ]);
  await page.goto('/');
  await expectTitle(page, T.zh.home.title);
  await headingSpeaker(page).click();
  expect(await lastSaid(page, 1)).toEqual({ text: T.zh.home.hint, lang: 'zh-CN', rate: 1, voice: 'mandarin' });
  await expect(caption(page)).toHaveCount(0);
});

test('an English-only tablet shows Chinese as a caption instead of reading it with the wrong voice', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'en-US', name: 'english', default: true }]);
  await page.goto('/');
  await expectTitle(page, T.zh.home.title);
  await headingSpeaker(page).click();
  await expect(caption(page)).toContainText(T.zh.home.hint);
  expect(await spoken(page)).toEqual([]);
  // English still speaks.
  await page.getByRole('button', { name: 'English' }).click();
  await headingSpeaker(page).click();
  expect(await lastSaid(page, 1)).toEqual({ text: T.en.home.hint, lang: 'en', rate: 1, voice: 'english' });
});

test('a second tap while speaking stops the old sentence before the new one', async ({ page }) => {
  await fakeSpeech(page, [ZH, EN]);
  await page.goto('/c/grain-oil');
  await expectTitle(page, '粮油');
  await page.evaluate(() => { window.__busy = true; });
  await page.getByRole('button', { name: fill(T.zh.product.speak_label, { title: '菜籽油 5L' }) }).click();
  const said = await lastSaid(page, 1);
  expect(said.text).toMatch(/^菜籽油 5升，每桶六十九元九角。/);
  expect(await page.evaluate(() => window.__cancels)).toBe(1);
});

test('adding answers aloud, and a refusal says why (the stock is reached)', async ({ page }) => {
  await fakeSpeech(page, [ZH, EN]);
  const wang = villagerRecord('v-wang', '王阿姨', 0);
  await seedStation(page, { villagers: [wang], serving: wang.id });
  await page.goto('/partner');
  await openPartner(page);
  // 糯米 5斤 (3 bags left), reached as the partner would: home, 粮油, its tile.
  await page.locator('header').getByRole('link', { name: T.zh.nav.home }).click();
  await page.getByRole('link', { name: '粮油', exact: true }).click();
  await productTiles(page).filter({ hasText: '糯米 5斤' }).getByRole('link').click();
  await expectTitle(page, '糯米 5斤');
  const add = main(page).locator('.add-btn');
  await add.click();
  expect((await spoken(page)).at(-1).text).toBe(fill(T.zh.cart.said_added, { title: '糯米 5斤', qty: countWithUnit('zh', 1, 'bag') }));
  await add.click();
  await add.click();
  expect((await spoken(page)).at(-1).text).toBe(fill(T.zh.cart.said_added, { title: '糯米 5斤', qty: countWithUnit('zh', 3, 'bag') }));
  await add.click();
  const why = fill(T.zh.cart.err_stock, { stock: countWithUnit('zh', 3, 'bag') });
  await expect(main(page).locator('.add-to-cart [role="alert"]')).toHaveText(why);
  expect((await spoken(page)).at(-1).text).toBe(fill(T.zh.cart.said_refused, { title: '糯米 5斤', why }));
});

test('one tap on the snail: the words again, slower, and every speaker after stays slow until tapped again', async ({ page }) => {
  await fakeSpeech(page, [ZH, EN]);
  await page.goto('/');
  await expectTitle(page, T.zh.home.title);
  const snail = page.locator('.page-head').getByRole('button', { name: T.zh.speak.slower });
  await expect(snail).toHaveAttribute('aria-pressed', 'false');
  await snail.click();
  const said = await lastSaid(page, 1);
  expect(said.text).toBe(T.zh.home.hint);
  expect(said.rate).toBeCloseTo(0.8, 5);
  await expect(snail).toHaveAttribute('aria-pressed', 'true');
  // Another screen, another speaker: still slow — and after a reload (no PIN asked).
  await page.getByRole('link', { name: '粮油', exact: true }).click();
  await expectTitle(page, '粮油');
  await page.reload();
  await expectTitle(page, '粮油');
  await page.getByRole('button', { name: fill(T.zh.product.speak_label, { title: '东北大米 10斤' }) }).click();
  expect((await lastSaid(page, 1)).rate).toBeCloseTo(0.8, 5);
  // Tapped again: back to the usual speed, nothing said.
  const snail2 = page.locator('.page-head').getByRole('button', { name: T.zh.speak.slower });
  await expect(snail2).toHaveAttribute('aria-pressed', 'true');
  await snail2.click();
  await expect(snail2).toHaveAttribute('aria-pressed', 'false');
  await headingSpeaker(page).click();
  expect((await lastSaid(page, 2)).rate).toBe(1);
});

test('settings say whether the tablet can speak Chinese, and how to add a voice when it cannot', async ({ page, browser }) => {
  // Headless Chromium has no voice, like many cheap tablets.
  await page.goto('/settings');
  await openPartner(page);
  await expectTitle(page, T.zh.settings.title);
  const section = main(page).locator('.voice-check');
  await expect(section).toContainText(T.zh.settings.voice_none);
  await expect(section.locator('.voice-steps li')).toHaveCount(3);
  await expect(section.locator('svg').first()).toBeVisible();
  // A Chinese voice installed: "check again" says so.
  await page.evaluate(() => {
    const v = Object.create(SpeechSynthesisVoice.prototype, {
      lang: { value: 'zh-CN' }, name: { value: 'zh' }, default: { value: true }, localService: { value: true }, voiceURI: { value: 'zh' },
    });
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [v], configurable: true });
  });
  await section.getByRole('button', { name: T.zh.settings.voice_check }).click();
  await expect(section).toContainText(T.zh.settings.voice_ok);
  await expect(section.locator('.voice-steps')).toHaveCount(0);
});
