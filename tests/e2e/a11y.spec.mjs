// Accessibility on every screen, in both languages: an axe-core scan with no serious or critical
// violation, every tap target at least 64×64 CSS px (the project's rule for older villagers), and
// no line so wide that the tablet's page scrolls sideways.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, SCREENS, openScreen, horizontalOverflow, parcelLinkPath } from './helpers.mjs';

const MIN_TARGET = 64;

/** Visible links, buttons, text inputs and radio labels smaller than the minimum target. */
function smallTargets(page) {
  return page.evaluate((min) => {
    const selector = [
      'a[href]',
      'button',
      '[role="button"]',
      'input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"])',
      'label:has(input[type="radio"])',
      'label:has(input[type="checkbox"])',
      'select',
      'textarea',
    ].join(',');
    const out = [];
    for (const el of document.querySelectorAll(selector)) {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none' || rect.width === 0 || rect.height === 0) continue;
      // Inside a label that is itself checked: count the label, not its parts.
      if (el.matches('input') && el.closest('label:has(input[type="radio"])')) continue;
      if (rect.width < min || rect.height < min) {
        const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('placeholder') || el.outerHTML.slice(0, 80)).trim().replace(/\s+/g, ' ');
        out.push(`${el.tagName.toLowerCase()} "${text}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
      }
    }
    return out;
  }, MIN_TARGET);
}

for (const lang of ['zh-CN', 'en']) {
  test.describe(`a11y (${lang})`, () => {
    for (const screen of SCREENS) {
      test(`${screen.name}: no serious/critical axe violation, targets ≥ ${MIN_TARGET} px, no sideways scroll`, async ({ page }) => {
        await openScreen(page, screen, lang);
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`);
        if (report.length) console.log(`[${lang} ${screen.name}] axe:\n  ${report.join('\n  ')}`);
        const minor = results.violations.filter((v) => !bad.includes(v));
        if (minor.length) console.log(`[${lang} ${screen.name}] minor axe findings: ${minor.map((v) => `${v.impact} ${v.id}`).join(', ')}`);

        const small = await smallTargets(page);
        if (small.length) console.log(`[${lang} ${screen.name}] targets under ${MIN_TARGET} px:\n  ${small.join('\n  ')}`);

        expect.soft(report, 'serious or critical axe violations').toEqual([]);
        expect.soft(small, `tap targets under ${MIN_TARGET}×${MIN_TARGET} px`).toEqual([]);
        const { scrollWidth, viewport } = await horizontalOverflow(page);
        expect.soft(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(viewport);
      });
    }
  });
}

// The first screens (public/boot.js), before the app has arrived: the same rules, on the tablet
// and on a villager's phone.
for (const lang of ['zh-CN', 'en']) {
  test.describe(`a11y of the first screens, before the app (${lang})`, () => {
    const parcel = parcelLinkPath({
      order_id: 'CZ-20261130-4821', sent_at: Date.UTC(2026, 10, 30), name: '王**', station: '李家村服务站', cash: 7_980, more: 1,
      items: [{ qty: 2, picture: 'bag-rice', category: 'grain-oil', title: '东北大米 10斤' }, { qty: 1, picture: '', category: 'seeds', title: '玉米种子' }],
    });
    for (const [name, path] of [['home', '/'], ['category', '/c/grain-oil'], ['product', '/p/2'], ['parcels', '/parcels'], ['parcel link', parcel]]) {
      test(`${name}: no serious/critical axe violation, targets ≥ ${MIN_TARGET} px, no sideways scroll on tablet or phone`, async ({ page }) => {
        await page.route('**/*.wasm', () => new Promise(() => {}));
        const [where, card] = path.split('#');
        await page.goto(`${where}?lang=${lang}${card ? `#${card}` : ''}`);
        await expect(page.locator('#boot h1')).toBeVisible();
        await expect(page.locator('#boot')).toHaveAttribute('data-screen', /^(home|list|product|parcels|parcel)$/);
        const results = await new AxeBuilder({ page }).include('#boot').analyze();
        const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect.soft(bad.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect.soft(await smallTargets(page), `tap targets under ${MIN_TARGET}×${MIN_TARGET} px`).toEqual([]);
        for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
          await page.setViewportSize(size);
          const { scrollWidth, viewport } = await horizontalOverflow(page);
          expect.soft(scrollWidth, `the page scrolls sideways at ${size.width} px`).toBeLessThanOrEqual(viewport);
        }
      });
    }
  });
}
