// Full-page screenshots of every screen in both languages at tablet (landscape and portrait) and
// phone size, for people to look at: test-results/screens/<size>-<lang>-<screen>.png. The only
// assertion is that nothing makes the page scroll sideways.
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

for (const [size, viewport] of Object.entries(SIZES)) {
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
