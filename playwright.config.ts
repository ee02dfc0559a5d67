import { defineConfig } from '@playwright/test';

// The end-to-end tests drive the release build (dist/, from `trunk build --release`) in
// Debian's Chromium. Playwright never downloads a browser here.
const port = 8181;
const embedHostPort = 8183;

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    timezoneId: 'Europe/Oslo',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node tests/e2e/serve-dist.mjs ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // The demo page of a site that embeds the app, on an origin of its own.
      command: `node tests/e2e/serve-dist.mjs ${embedHostPort} embed-demo`,
      url: `http://127.0.0.1:${embedHostPort}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
