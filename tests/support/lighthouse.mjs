// Lighthouse (12.8, mobile, simulated throttling) on the built app, plus the installability and
// offline checks Lighthouse 12 no longer makes. Prints the category scores and the checks; exits
// non-zero when accessibility < 0.95, best practices < 0.9, Chromium reports an installability
// error, a PWA-relevant audit fails, or the app does not start offline. Performance is printed
// only: on a throttled simulated phone it measures the machine as much as the app.
//
// Lighthouse 12 removed the PWA category with its installable-manifest, service-worker,
// splash-screen, themed-omnibox, maskable-icon and offline audits. What remains of them (see
// node_modules/lighthouse/core/config/default-config.js) is `viewport`, `is-on-https` and
// `redirects-http` (not applicable on 127.0.0.1, a secure context). The rest is asked of Chromium
// directly over CDP: Page.getInstallabilityErrors, and the worker controlling the page after a
// reload and serving it with the server stopped.
//
// Usage: node tests/support/lighthouse.mjs [dist dir]     (Debian's /usr/bin/chromium)
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';

const dist = process.argv[2] || 'dist';
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const GATES = { accessibility: 0.95, 'best-practices': 0.9 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PWA_AUDITS = ['viewport', 'is-on-https', 'redirects-http'];
/** A hung browser must not hold CI: the whole run normally takes well under a minute. */
const DEADLINE_MS = 150_000;

const failures = [];
const started = Date.now();
let server = await startServer({ root: dist, port: 0 });
const url = `${server.url}/`;
const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS, logLevel: 'silent' });
const deadline = setTimeout(() => {
  console.error(`lighthouse: no result after ${DEADLINE_MS / 1000} s`);
  chrome.kill();
  process.exit(1);
}, DEADLINE_MS);

try {
  // --- Lighthouse --------------------------------------------------------------------------------
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  const lhr = result.lhr;
  if (lhr.runtimeError) failures.push(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  for (const w of lhr.runWarnings) console.warn(`warning: ${w}`);

  console.log(`\nLighthouse ${lhr.lighthouseVersion} on ${url} (${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling)`);
  console.table(
    CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score ?? null;
      const min = GATES[id];
      const ok = min === undefined ? 'not gated' : score !== null && score >= min ? 'pass' : 'FAIL';
      if (ok === 'FAIL') failures.push(`${id} score ${score} < ${min}`);
      return { category: id, score: score === null ? 'error' : Math.round(score * 100), minimum: min === undefined ? '-' : min * 100, result: ok };
    }),
  );
  // What cost points outside performance, so a failure can be acted on without the HTML report.
  for (const id of CATEGORIES.filter((c) => c !== 'performance')) {
    const lost = (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => `${ref.id} (${lhr.audits[ref.id].title})`);
    if (lost.length) console.log(`${id}: below full marks on ${lost.join('; ')}`);
  }
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
    .map((id) => `${id} ${lhr.audits[id]?.displayValue ?? '?'}`);
  console.log(`performance metrics: ${metrics.join(', ')}`);

  const pwaRows = PWA_AUDITS.map((id) => {
    const audit = lhr.audits[id];
    if (!audit) {
      failures.push(`audit ${id} missing from this Lighthouse`);
      return { check: `audit ${id}`, result: 'MISSING' };
    }
    const na = audit.scoreDisplayMode === 'notApplicable';
    const ok = na || audit.score === 1;
    if (!ok) failures.push(`audit ${id}: ${audit.title} ${audit.explanation ?? ''}`.trim());
    return { check: `audit ${id}`, result: na ? 'n/a (localhost)' : ok ? 'pass' : 'FAIL' };
  });

  // --- Installability and offline start, asked of Chromium directly -----------------------------
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const context = browser.contexts()[0];
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // A first visit: nothing left over from Lighthouse's run.
  await cdp.send('Storage.clearDataForOrigin', { origin: server.url, storageTypes: 'all' });
  await page.goto(url);
  const controlled = () => page.evaluate(() => !!navigator.serviceWorker.controller);
  const waitControlled = () => page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 20_000 }).then(() => true, () => false);
  await waitControlled();
  // The app is up (its first screen's heading, inside the app's own <main>) before the browser is asked about it.
  await page.locator('main h1').waitFor({ timeout: 20_000 });
  const manifest = await cdp.send('Page.getAppManifest');
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  const installErrors = installabilityErrors.map((e) => [e.errorId, ...e.errorArguments.map((a) => `${a.name}=${a.value}`)].join(' '));
  if (installErrors.length) failures.push(`installability errors: ${installErrors.join('; ')}`);
  const manifestErrors = (manifest.errors ?? []).filter((e) => e.critical).map((e) => e.message);
  if (manifestErrors.length) failures.push(`manifest errors: ${manifestErrors.join('; ')}`);

  await page.reload();
  const afterReload = (await waitControlled()) && (await controlled());
  if (!afterReload) failures.push('no service worker controls the page after a reload');

  // Offline start: the server stopped, the start URL reloaded from the worker alone.
  await server.close();
  server = null;
  // (No worker: the reload itself fails with a refused connection.)
  await page.reload().catch(() => {});
  const offline = await page.locator('main h1').waitFor({ timeout: 20_000 }).then(() => true, () => false);
  if (!offline) failures.push('the start URL does not open with the server stopped');
  await browser.close().catch(() => {});

  console.table([
    ...pwaRows,
    { check: 'CDP Page.getInstallabilityErrors', result: installErrors.length ? `FAIL: ${installErrors.join('; ')}` : 'pass (none)' },
    { check: 'manifest parsed by Chromium', result: manifestErrors.length ? `FAIL: ${manifestErrors.join('; ')}` : `pass (${manifest.url.replace(server?.url ?? /^https?:\/\/[^/]+/, '')})` },
    { check: 'service worker controls after reload', result: afterReload ? 'pass' : 'FAIL' },
    { check: 'start URL opens, server stopped', result: offline ? 'pass' : 'FAIL' },
  ]);
} catch (e) {
  failures.push(`run failed: ${e?.stack || e}`);
} finally {
  clearTimeout(deadline);
  await server?.close();
  chrome.kill();
}

console.log(`lighthouse checks took ${Math.round((Date.now() - started) / 1000)} s`);
if (failures.length) {
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exit(1);
}
console.log('lighthouse: all gated checks pass');
