/**
 * The packaged app on a real Windows machine (GitHub's windows-latest runner): it starts, shows
 * this computer's adapters from the live registry, shows an adapter's Advanced properties, and
 * keeps its security settings. Read-only: no value is written, no adapter restarted.
 */

import { expect, test } from '@playwright/test';
import type { Api } from '../../electron/preload/index';
import { launchApp, type LaunchedApp } from './app-launch';

type ApiWindow = Window & { api: Api };

let launched: LaunchedApp;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  launched = await launchApp();
});

test.afterAll(async () => {
  await launched?.app.close();
});

test('opens one window titled after the product, packaged and from app://', async () => {
  const { app, page } = launched;
  await expect(page).toHaveTitle(/NIC Advanced Properties/);
  expect(await app.evaluate(({ app: electronApp }) => electronApp.isPackaged)).toBe(true);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isVisible())).toBe(true);
  expect(new URL(page.url()).protocol).toBe('app:');
});

test('runs the renderer isolated and sandboxed, with only window.api exposed', async () => {
  const { page } = launched;
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    module: typeof (window as unknown as { module?: unknown }).module,
    apiKeys: Object.keys((window as unknown as ApiWindow).api).sort(),
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    apiKeys: ['adapters', 'app', 'changes', 'globals', 'history', 'onMenuCommand', 'source'],
  });
});

test('serves the page with the strict CSP header', async () => {
  const csp = await launched.page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
});

test('refuses navigation away from the app and new windows', async () => {
  const { app, page } = launched;
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(1_000);
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('reads this computer: the live registry, at least one adapter', async () => {
  const { page } = launched;
  const info = await page.evaluate(() => (window as unknown as ApiWindow).api.source.info({}));
  expect(info).toMatchObject({ ok: true, value: { kind: 'live', notThisComputer: false, runtime: 'electron' } });

  const list = await page.evaluate(() => (window as unknown as ApiWindow).api.adapters.list({}));
  expect(list.ok).toBe(true);
  if (!list.ok) return;
  expect(list.value.length).toBeGreaterThan(0);

  const options = page.getByRole('listbox', { name: 'Adapters' }).getByRole('option');
  await expect(options).not.toHaveCount(0);
});

test("shows an adapter's Advanced properties from the registry", async () => {
  const { page } = launched;
  const list = await page.evaluate(() => (window as unknown as ApiWindow).api.adapters.list({}));
  if (!list.ok) throw new Error(list.error.message);

  // The first adapter in the list (as shown, hidden ones filtered) that has Advanced properties.
  const shownIds = await page
    .getByRole('listbox', { name: 'Adapters' })
    .getByRole('option')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-adapter-id')));
  const adapter = shownIds.map((id) => list.value.find((a) => a.id === id)).find((a) => a && a.propertyCount > 0);
  // Windows runners have a Hyper-V or Azure network adapter with Advanced properties: finding none
  // is a failure of enumeration, not a reason to skip.
  if (!adapter) throw new Error('No listed adapter has Advanced properties (Ndi\\params); the runner has at least one.');

  const details = await page.evaluate((adapterId) => (window as unknown as ApiWindow).api.adapters.get({ adapterId }), adapter.id);
  if (!details.ok) throw new Error(details.error.message);
  expect(details.value.properties.length).toBe(adapter.propertyCount);

  const option = page.locator(`[role="option"][data-adapter-id="${adapter.id}"]`);
  await option.click();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  const title = adapter.connectionName ?? adapter.description ?? `Adapter ${adapter.id}`;
  const grid = page.getByRole('grid', { name: `Advanced properties of ${title}` });
  await expect(grid).toBeVisible();
  // Rows are sorted by label like Windows; the first one is rendered even in a virtual list.
  const first = [...details.value.properties].sort((a, b) => (a.label ?? a.keyword).localeCompare(b.label ?? b.keyword))[0]!;
  await expect(grid.locator(`[role="row"][data-keyword="${first.keyword}"]`)).toBeVisible();
});

test('refuses malformed requests in the main process (schema check), writing nothing', async () => {
  const { page } = launched;
  const results = await page.evaluate(async () => {
    const api = (window as unknown as ApiWindow).api;
    const unsafe = api as unknown as { adapters: { get(r: unknown): Promise<unknown> }; changes: { apply(r: unknown): Promise<unknown> } };
    return Promise.all([
      unsafe.adapters.get({ adapterId: '..\\..\\SOFTWARE' }),
      unsafe.adapters.get({ adapterId: '0000', path: 'HKLM\\SOFTWARE' }),
      unsafe.changes.apply({ items: [], restartAdapters: false }),
    ]);
  });
  for (const result of results) {
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  }
});

test('exports a change as a .reg file without touching the registry', async () => {
  const { page } = launched;
  const outcome = await page.evaluate(async () => {
    const api = (window as unknown as ApiWindow).api;
    const list = await api.adapters.list({});
    if (!list.ok) return { error: list.error.message };
    const target = list.value.find((a) => a.propertyCount > 0);
    if (!target) return { skipped: true };
    const details = await api.adapters.get({ adapterId: target.id });
    if (!details.ok) return { error: details.error.message };
    const property = details.value.properties.find((p) => p.effective !== null);
    if (!property) return { skipped: true };
    const exported = await api.changes.export({
      changes: [{ scope: 'adapter', adapterId: target.id, keyword: property.keyword, value: property.effective }],
      format: 'reg',
    });
    const after = await api.adapters.get({ adapterId: target.id });
    const history = await api.history.list({});
    return {
      exported: exported.ok ? exported.value.suggestedName : exported.error.message,
      unchanged: after.ok && JSON.stringify(after.value.properties) === JSON.stringify(details.value.properties),
      historyOk: history.ok,
    };
  });
  expect(outcome, 'an adapter with an effective property value exists on the runner').not.toHaveProperty('skipped');
  expect(outcome).toMatchObject({ exported: expect.stringMatching(/\.reg$/), unchanged: true, historyOk: true });
});

test('logged no console errors in either process', async () => {
  const { page, errors } = launched;
  // A fresh load with the listeners attached from the first byte.
  await page.reload();
  await expect(page.getByRole('listbox', { name: 'Adapters' }).getByRole('option')).not.toHaveCount(0);
  expect(errors).toEqual([]);
});
