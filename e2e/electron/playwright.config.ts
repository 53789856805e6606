import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the PACKAGED Windows app (out/e2e/win-unpacked), run by
 * .github/workflows/windows-e2e.yml on windows-latest against the runner's real registry.
 * Read-only: nothing here writes a registry value or restarts an adapter.
 *
 * Cannot run on Linux CI (no Electron runtime, no Windows registry); the browser-preview
 * journeys in e2e/preview cover the UI there.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../reports/electron-artifacts',
  // One app instance at a time: the app holds a single-instance lock.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [
    ['list'],
    ['json', { outputFile: '../../reports/playwright-electron.json' }],
    ['html', { outputFolder: '../../reports/playwright-electron-html', open: 'never' }],
  ],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
