/** Launch the packaged app for a spec, collecting console errors of both processes. */

import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';

const repoRoot = path.resolve(__dirname, '..', '..');

/** The e2e build: electron-builder --win dir -c e2e/electron/electron-builder.e2e.yml. */
export function packagedExecutable(): string {
  return path.resolve(repoRoot, process.env.NICPROPS_E2E_EXE ?? path.join('out', 'e2e', 'win-unpacked', 'NIC Advanced Properties.exe'));
}

export interface LaunchedApp {
  readonly app: ElectronApplication;
  readonly page: Page;
  /** Console errors and uncaught exceptions seen so far, main and renderer. */
  readonly errors: string[];
}

export async function launchApp(): Promise<LaunchedApp> {
  const errors: string[] = [];
  const app = await electron.launch({
    executablePath: packagedExecutable(),
    // No .reg argument: the app opens the live registry of this machine.
    args: [],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    timeout: 60_000,
  });
  app.on('console', (message) => {
    if (message.type() === 'error') errors.push(`[main] ${message.text()}`);
  });
  app.context().on('console', (message) => {
    if (message.type() === 'error') errors.push(`[renderer] ${message.text()}`);
  });
  app.context().on('weberror', (error) => errors.push(`[renderer] ${String(error.error())}`));
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page, errors };
}
