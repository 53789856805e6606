import { defineConfig } from '@playwright/test';

/** `npm run bench:ui`: renderer size, time to an interactive property list, adapter switch time. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  timeout: 300_000,
  reporter: [['list']],
  outputDir: '../../reports/bench-ui-artifacts',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic'],
    },
  },
});
