// Takes screenshots of the built app at tablet and phone size, in both languages, for review.
// Usage: node tests/support/shoot.mjs [out dir] [paths…]
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] || 'target/shots';
const paths = process.argv.slice(3).length ? process.argv.slice(3) : ['/', '/c/grain-oil', '/p/1', '/search?q=米', '/partner'];
mkdirSync(out, { recursive: true });
const server = await startServer({ root: 'dist' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const sizes = { tablet: { width: 1280, height: 800 }, portrait: { width: 800, height: 1280 }, phone: { width: 390, height: 844 } };
const which = (process.env.SIZES || 'tablet').split(',');
try {
  for (const lang of ['zh-CN', 'en']) {
    for (const size of which) {
      const page = await browser.newPage({ viewport: sizes[size] });
      page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
      page.on('pageerror', (e) => console.log('pageerror:', e.message));
      for (const p of paths) {
        const sep = p.includes('?') ? '&' : '?';
        await page.goto(`${server.url}${p}${sep}lang=${lang}`);
        await page.waitForTimeout(1200);
        const name = `${out}/${size}-${lang}-${p.replace(/[^a-z0-9]+/gi, '_')}.png`;
        await page.screenshot({ path: name, fullPage: !!process.env.FULL });
        console.log(name);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
