// Browser end-to-end tests: the release build in dist/, served like a real host, driven in the
// Debian Chromium (Playwright never downloads a browser here). See tests/e2e/.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 8_000 },
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1280, height: 800 }, // a 10-inch tablet, landscape
    // The browser asks for English: the app must still start in Chinese, its own default.
    locale: 'en-US',
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
    command: 'node tests/support/serve.mjs 4173 dist',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: false,
  },
});
