// Full-page screenshots of every screen in both languages at tablet (landscape and portrait) and
// phone size, for people to look at: test-results/screens/<size>-<lang>-<screen>.png. The only
// assertion is that nothing makes the page scroll sideways. The test command takes the phone, the
// narrowest screen, where a line too wide shows first (a11y.spec visits every screen at tablet size
// in both languages); `SCREENS=all` adds the tablet held both ways, for looking at.
import { test, expect, SCREENS, openScreen, horizontalOverflow } from './helpers.mjs';
import { mkdirSync } from 'node:fs';

const OUT = 'test-results/screens';
const SIZES = {
  tablet: { width: 1280, height: 800 },
  portrait: { width: 800, height: 1280 },
  phone: { width: 390, height: 844 },
};

/** Lets lazy pictures below the fold load, then waits for every picture to settle. */
async function settle(page) {
  await page.evaluate(async () => {
    const step = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await step();
    }
    window.scrollTo(0, 0);
    await step();
  });
  await expect
    .poll(() => page.locator('img').evaluateAll((imgs) => imgs.every((i) => i.complete)), { timeout: 5_000 })
    .toBe(true);
}

const sizes = process.env.SCREENS === 'all' ? Object.entries(SIZES) : [['phone', SIZES.phone]];
for (const [size, viewport] of sizes) {
  for (const lang of ['zh-CN', 'en']) {
    test(`screens at ${size} ${viewport.width}×${viewport.height} (${lang})`, async ({ page }) => {
      test.setTimeout(240_000);
      mkdirSync(OUT, { recursive: true });
      await page.setViewportSize(viewport);
      for (const screen of SCREENS) {
        await openScreen(page, screen, lang);
        await settle(page);
        await page.screenshot({ path: `${OUT}/${size}-${lang}-${screen.name}.png`, fullPage: true });
        const { scrollWidth, viewport: width } = await horizontalOverflow(page);
        expect.soft(scrollWidth, `${screen.name} scrolls sideways at ${size}`).toBeLessThanOrEqual(width);
        await page.unrouteAll({ behavior: 'ignoreErrors' });
      }
    });
  }
}

// What a villager who cannot read sees: the same screens with every letter made invisible, for
// people to look at (test-results/screens/no-text-<screen>.png). Pictures, icons, colours and
// shapes must still tell home from category, a product, the cart, the read-back and the parcels.
// (Icons keep a colour: they are drawn in the text colour, and a non-reader sees them.)
const NO_TEXT = ['home', 'category', 'product', 'cart', 'confirm', 'parcels', 'my-parcel'];
test.describe('without text', () => {
  // The style that hides the letters is injected by the test, past the app's own policy.
  test.use({ bypassCSP: true });
  test('the villager\'s screens with the text made invisible', async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync(OUT, { recursive: true });
  for (const name of NO_TEXT) {
    const screen = SCREENS.find((s) => s.name === name);
    await openScreen(page, screen, 'zh-CN');
    await settle(page);
    await page.addStyleTag({ content: '* { color: transparent !important; text-shadow: none !important; caret-color: transparent !important; } .icon, svg, svg * { color: #0b5d3b !important; }' });
    // The pictures are still there to be seen: every screen shows at least one.
    expect(await page.locator('main#main img, main svg').count(), name).toBeGreaterThan(0);
    await page.screenshot({ path: `${OUT}/no-text-${name}.png` });
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  }
});
});
