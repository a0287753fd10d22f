// Browser end-to-end tests: the release build in dist/, served like a real host, driven in the
// Debian Chromium (Playwright never downloads a browser here). See tests/e2e/.
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run their suites side by side on one machine.
const port = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  // Prints the fault matrix written by faultmatrix.spec.mjs.
  globalTeardown: './tests/support/fault-matrix.mjs',
  timeout: 30_000,
  // Generous: a cold first load compiles ~1.2 MB of wasm on a 2-core machine.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 }, // a 10-inch tablet, landscape
    // The browser asks for English: the app must still start in Chinese, its own default.
    locale: 'en-US',
    // The service worker is tested on its own (offline.spec.mjs): elsewhere it would answer
    // requests the tests fake with page.route().
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node tests/support/serve.mjs ${port} dist`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
  },
});
