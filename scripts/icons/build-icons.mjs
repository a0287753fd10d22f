// Draws the app icons (192, 512, and maskable 512) in the local Chromium and writes them to
// public/icons/. Run by hand when the icon changes; the PNGs are committed.
//   node scripts/icons/build-icons.mjs
import { chromium } from '@playwright/test';

const OUT = new URL('../../public/icons/', import.meta.url);
// "村" on the brand green; the maskable variant keeps the character inside the central 80 %.
const html = (size, maskable) => `<!doctype html><meta charset="utf-8">
<body style="margin:0">
<div style="width:${size}px;height:${size}px;background:#0b5d3b;border-radius:${maskable ? 0 : size * 0.18}px;
  display:flex;align-items:center;justify-content:center;color:#fff;
  font:700 ${Math.round(size * (maskable ? 0.5 : 0.62))}px 'Noto Sans CJK SC','Noto Sans SC',sans-serif">村</div>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true]]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(html(size, maskable));
  await page.screenshot({ path: new URL(name, OUT).pathname, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();
console.log('icons written to public/icons/');
