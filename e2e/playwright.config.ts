import { defineConfig } from '@playwright/test';

/**
 * End-to-end journeys against the browser preview (real renderer, real handlers, real HTTP).
 * Each test starts its own preview server with a fresh journal (see preview/fixtures.ts), so tests never
 * share state. Chromium is Debian's (`apt-get install chromium`); never `npx playwright install`.
 */
export default defineConfig({
  testDir: './preview',
  outputDir: '../reports/playwright-artifacts',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic'],
    },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
