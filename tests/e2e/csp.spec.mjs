// Content-Security-Policy (scripts/csp.mjs): the host sends it (dist/_headers, served by
// tests/support/serve.mjs) and index.html carries it in a meta; every screen — embedded and remote
// backend, the PIN pad, the trainer's lesson spotlight — runs under it with no violation; and it is
// live: an injected inline script does not run, a foreign request is refused, and both are reported.
import { createHash } from 'node:crypto';
import {
  test, expect, SCREENS, openScreen, expectTitle, productTiles, main, T, STANDIN_PRODUCTS, openPartner,
} from './helpers.mjs';

/** Collects the page's CSP violation events (from the first script on) into window.__csp. */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}`,
        disposition: e.disposition,
      });
    });
  });
}
const violations = (page) => page.evaluate(() => window.__csp);

/**
 * Console errors that are not a failed download (the stand-in's pictures live on a CDN this
 * machine cannot reach: the app shows the pictogram instead). A CSP refusal is always kept.
 */
function consoleErrors(page) {
  const errors = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (/Content.Security.Policy|Refused to/i.test(text) || !/^Failed to load resource/.test(text)) errors.push(text);
  });
  return errors;
}

/** The policy the server sends with index.html, and the meta's, as directive → sources. */
function parsePolicy(text) {
  return Object.fromEntries(
    text.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]),
  );
}

test.describe('content security policy', () => {
  let errors;
  test.beforeEach(async ({ page }) => {
    errors = consoleErrors(page);
    await watchViolations(page);
  });
  test.afterEach(async ({ page }) => {
    // After each test's own checks: nothing refused on the way.
    expect(await violations(page).catch(() => []), 'CSP violations').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  });

  test('the header and the meta carry the policy; the loader hash matches the page', async ({ page, request }) => {
    const response = await page.goto('/');
    await expect(page.getByRole('link', { name: '粮油', exact: true })).toBeVisible();
    const header = response.headers()['content-security-policy'];
    expect(header, 'Content-Security-Policy header').toBeTruthy();
    const policy = parsePolicy(header);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(policy['script-src']).not.toContain("'unsafe-eval'");
    expect(policy['style-src']).not.toContain("'unsafe-inline'");
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    for (const d of ['manifest-src', 'worker-src']) expect(policy[d]).toEqual(["'self'"]);
    // The API: self and the build's own list, not "any https origin"; the referrer stays home.
    expect(policy['connect-src']).toEqual(["'self'", 'https://dummyjson.com', 'http://127.0.0.1:*', 'http://localhost:*']);
    expect(response.headers()['referrer-policy']).toBe('no-referrer');

    // The meta: the same policy but frame-ancestors (which a meta cannot carry), before any script.
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const { 'frame-ancestors': _, ...rest } = policy;
    expect(parsePolicy(meta)).toEqual(rest);
    // In the page as served (the only script is boot.js's, in the body, gone once the app runs).
    const served = await response.text();
    const metaAt = served.search(/<meta http-equiv="?Content-Security-Policy/i);
    const order = metaAt >= 0 && metaAt < served.indexOf('</head>') && metaAt < served.search(/<script\b/i);
    expect(order, 'the meta comes before the first script').toBe(true);

    // Each inline script of the page as served has its hash on the list; nothing else is hashed.
    const html = await response.text();
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, a]) => !/\bsrc\s*=/i.test(a));
    expect(inline.length).toBeGreaterThan(0);
    const hashes = inline.map(([, , body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
    expect(policy['script-src'].filter((s) => s.startsWith("'sha"))).toEqual(hashes);

    // The service worker's own fetches obey its script's header: sw.js has the policy too.
    const sw = await request.get('/sw.js');
    expect(sw.headers()['content-security-policy']).toBe(header);
    // _headers is the host's configuration: not served as a file.
    expect(await (await request.get('/_headers')).text()).not.toContain('Content-Security-Policy:');
  });

  for (const screen of SCREENS) {
    test(`${screen.name}: no violation`, async ({ page }) => {
      await openScreen(page, screen, 'zh-CN');
      // A moment for late pictures and effects (lazy images, the lesson spotlight's ticker).
      await page.waitForTimeout(400);
    });
  }

  test('the trainer spotlight is placed through the CSSOM, with no style attribute to allow', async ({ page }) => {
    const lesson = SCREENS.find((s) => s.name === 'lesson-step');
    await openScreen(page, lesson, 'zh-CN');
    const spot = page.locator('.lesson-spot');
    await expect.poll(() => spot.evaluate((el) => el.style.left)).toMatch(/^-?\d+px$/);
    // Applied, not just written: the computed box follows the attribute.
    const [attr, computed] = await spot.evaluate((el) => [el.style.left, getComputedStyle(el).left]);
    expect(computed).toBe(attr);
  });

  test('the policy is live: an injected inline script, style and foreign requests are refused and reported', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: '粮油', exact: true })).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { --injected: yes }';
      document.head.append(style);
      const img = new Image();
      const imgDone = new Promise((ok) => { img.onerror = () => ok('error'); img.onload = () => ok('load'); });
      img.src = 'http://192.0.2.1/x.png'; // plain http off the tablet: not a picture host
      let fetched;
      try { await fetch('http://192.0.2.1/products'); fetched = 'sent'; } catch { fetched = 'refused'; }
      // An https API the build does not list is refused too (before any DNS lookup).
      try { await fetch('https://api.example.org/products'); fetched += ' sent'; } catch { fetched += ' refused'; }
      const obj = document.createElement('object');
      obj.data = '/favicon.svg';
      document.body.append(obj);
      await new Promise((r) => setTimeout(r, 300));
      return {
        ran: window.__injected === true,
        styled: getComputedStyle(document.body).getPropertyValue('--injected') !== '',
        img: await imgDone,
        fetched,
      };
    });
    expect(outcome).toEqual({ ran: false, styled: false, img: 'error', fetched: 'refused refused' });
    const seen = await violations(page);
    const directives = new Set(seen.map((v) => v.directive));
    for (const d of ['script-src-elem', 'style-src-elem', 'img-src', 'connect-src', 'object-src']) {
      expect(directives, `a ${d} violation was reported`).toContain(d);
    }
    expect(seen.every((v) => v.disposition === 'enforce')).toBe(true);
    // This test wanted them: clear them (and their console lines) for the after-each check.
    await page.evaluate(() => { window.__csp = []; });
    errors.length = 0;
  });
});

test.describe('an API address the policy does not allow', () => {
  // The app reads its own policy: an address the browser would refuse is not chosen at all, and
  // the partner is told why, instead of meeting "no network" on every screen.
  test('in a link: ignored, said on the settings screen, the catalog keeps working', async ({ page }) => {
    const violationsSeen = [];
    page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violationsSeen.push(m.text()); });
    await page.goto(`/?api=${encodeURIComponent('https://api.example.org')}`);
    await expect(page.getByRole('link', { name: '粮油', exact: true })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('cunzhan.settings') ?? '')).not.toContain('example.org');
    await page.goto('/settings');
    await openPartner(page);
    await expect(page.getByRole('alert').filter({ hasText: T.zh.settings.api_param_not_allowed })).toHaveCount(0); // a new page load: the link is gone
    await page.goto(`/settings?api=${encodeURIComponent('https://api.example.org')}`);
    await openPartner(page);
    await expect(page.getByRole('alert').filter({ hasText: T.zh.settings.api_param_not_allowed })).toBeVisible();
    expect(violationsSeen, 'nothing was even tried').toEqual([]);
  });

  test('typed in settings: the partner is told, nothing is saved', async ({ page }) => {
    await page.goto('/settings');
    await openPartner(page);
    await page.getByText(T.zh.settings.api_remote, { exact: true }).click();
    await page.getByLabel(T.zh.settings.api_url).fill('https://api.example.org');
    await page.getByRole('button', { name: T.zh.settings.save, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: T.zh.settings.api_not_allowed })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('cunzhan.settings') ?? '')).not.toContain('example.org');
    // An allowed one is taken.
    await page.getByLabel(T.zh.settings.api_url).fill('https://dummyjson.com');
    await page.getByRole('button', { name: T.zh.settings.save, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: T.zh.settings.api_not_allowed })).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('cunzhan.settings'))).toContain('https://dummyjson.com');
  });
});

test.describe('content security policy, remote backend', () => {
  let api;
  let errors;
  test.beforeEach(async ({ page, api: standin }) => {
    api = standin;
    errors = consoleErrors(page);
    await watchViolations(page);
  });
  test.afterEach(async ({ page }) => {
    expect(await violations(page), 'CSP violations').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  });

  const withApi = (path) => `${path}${path.includes('?') ? '&' : '?'}api=${encodeURIComponent(api.url)}`;

  test('home, category, product and search against the stand-in: no violation', async ({ page }) => {
    const groceries = STANDIN_PRODUCTS.filter((p) => p.category === 'groceries');
    await page.goto(withApi('/'));
    await expectTitle(page, T.zh.home.title);
    await expect(page.getByRole('link', { name: 'Groceries', exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Groceries', exact: true }).click();
    await expect(productTiles(page)).toHaveCount(Math.min(groceries.length, 12));
    // The CDN pictures cannot load here: they fail as downloads (then the pictogram), not by policy.
    const pics = productTiles(page).locator('img');
    await expect.poll(() => pics.evaluateAll((imgs) => imgs.filter((i) => !i.complete || i.naturalWidth === 0).length)).toBe(0);
    await page.goto(`/p/${groceries[0].id}`);
    await expectTitle(page, groceries[0].title);
    const big = main(page).locator('article img').first();
    await expect.poll(() => big.getAttribute('src'), { timeout: 15_000 }).toContain('/img/c/');
    await page.goto('/search?q=phone');
    await expect(productTiles(page).first()).toBeVisible();
    expect(api.requests.some((r) => r.path === '/products/search')).toBe(true);
    await expect(main(page)).toBeVisible();
  });
});

test.describe('content security policy, service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the page the worker answers from its cache keeps the policy, header and meta', async ({ page, context }) => {
    await watchViolations(page);
    await page.goto('/');
    await expect(page.getByRole('link', { name: '粮油', exact: true })).toBeVisible();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
    await context.setOffline(true);
    const response = await page.goto('/c/grain-oil');
    await expect(productTiles(page)).toHaveCount(11);
    expect(response.fromServiceWorker()).toBe(true);
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    expect(await violations(page)).toEqual([]);
    await context.setOffline(false);
  });
});
