/**
 * Screenshots (light, dark, high contrast) and axe-core scans of the main views.
 *
 * Built to stay fast on a loaded machine: one preview server and one page for the whole file (the
 * tests run in order on it, switching colour scheme with emulateMedia instead of reloading), axe
 * limited to the WCAG 2.x A/AA rules, and after the first full-page scan of a state only the part
 * that changed is scanned (the grouped list, the dialog). No fixed waits: each step waits for what
 * it needs to see.
 */

import { rmSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, pickAdapter, row, startServer, test } from './fixtures';

const SHOTS = 'reports/screenshots';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe.configure({ mode: 'serial' });

let server: { child: ChildProcess; url: string; dir: string };
let context: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }) => {
  server = await startServer([]);
  // AxeBuilder needs a page of a context made with newContext().
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  await page.goto(server.url);
  await expect(page.getByTestId('property-grid')).toBeVisible();
  // A realistic state: an adapter, a selected property with a finding, one pending change.
  await pickAdapter(page, /^Ethernet,/);
  await row(page, '*JumboPacket').click();
  await page.getByRole('combobox', { name: 'Jumbo Packet' }).click();
  await page.getByRole('option', { name: '9014 Bytes' }).click();
  await row(page, '*TCPChecksumOffloadIPv4').click();
  await expect(page.getByText('1 pending change')).toBeVisible();
  await page.mouse.move(0, 0);
});

test.afterAll(async () => {
  await context?.close();
  server?.child.kill('SIGTERM');
  if (server) rmSync(server.dir, { recursive: true, force: true });
});

/** Serious and critical WCAG violations in `within` (the whole page when omitted). */
async function seriousViolations(within?: string) {
  // Tabster (Fluent's focus manager) inserts aria-hidden <i tabindex=0 data-tabster-dummy> sentinels that
  // hand focus on at once; they are not content, so they are left out of the scan.
  let builder = new AxeBuilder({ page }).withTags(WCAG).exclude('[data-tabster-dummy]');
  if (within) builder = builder.include(within);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} ${n.failureSummary ?? ''}`)
          .slice(0, 3)
          .join(' | ')}`,
    );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: the page, the grouped list and the review dialog pass axe`, async () => {
    await page.emulateMedia({ colorScheme: scheme, forcedColors: 'none' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/main-${scheme}.png` });
    expect(await seriousViolations()).toEqual([]);

    await page.getByRole('switch', { name: 'Group by category' }).check();
    await expect(page.getByRole('rowgroup', { name: /Checksum offload/ })).toBeVisible();
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/grouped-${scheme}.png` });
    expect(await seriousViolations('[data-testid="property-grid"]')).toEqual([]);
    await page.getByRole('switch', { name: 'Group by category' }).uncheck();

    await page.getByRole('button', { name: 'Review and apply…' }).click();
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Apply 1 change' })).toBeFocused();
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/review-${scheme}.png` });
    expect(await seriousViolations('[role="dialog"]')).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
}

test('high contrast (forced colors) renders and passes axe', async () => {
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  await page.screenshot({ animations: 'disabled', path: `${SHOTS}/main-high-contrast.png` });
  expect(await seriousViolations()).toEqual([]);
});

test('the text editor of an optional property and the registry-only section pass axe', async () => {
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  await pickAdapter(page, /^Ethernet 4/);
  await row(page, 'NetworkAddress').click();
  await expect(page.getByRole('textbox', { name: 'Assign MAC' })).toBeVisible();
  await page.screenshot({ animations: 'disabled', path: `${SHOTS}/editor-light.png` });
  expect(await seriousViolations('[aria-label="Details"]')).toEqual([]);
  expect(await seriousViolations('main')).toEqual([]);
});
