/** Screenshots (light, dark, high contrast) and axe-core scans of the main views. */

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, pickAdapter, row, test } from './fixtures';

const SHOTS = 'reports/screenshots';

async function seriousViolations(page: Page) {
  // Tabster (Fluent's focus manager) inserts aria-hidden <i tabindex=0 data-tabster-dummy> sentinels that
  // hand focus on at once; they are not content, so they are left out of the scan.
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} ${n.failureSummary ?? ''}`).slice(0, 3).join(' | ')}`);
}

/** A realistic state: an adapter, a selected property, one pending change. */
async function stage(page: Page) {
  await pickAdapter(page, /^Ethernet,/);
  await row(page, '*JumboPacket').click();
  await page.getByRole('combobox', { name: 'Jumbo Packet' }).click();
  await page.getByRole('option', { name: '9014 Bytes' }).click();
  await row(page, '*TCPChecksumOffloadIPv4').click();
  await expect(page.getByText('1 pending change')).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot and axe scan, ${scheme}`, async ({ page, preview }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(preview.url);
    await expect(page.getByTestId('property-grid')).toBeVisible();
    await stage(page);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/main-${scheme}.png` });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('switch', { name: 'Group by category' }).check();
    await expect(page.getByRole('rowgroup', { name: /Checksum offload/ })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/grouped-${scheme}.png` });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Review and apply…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/review-${scheme}.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('high contrast (forced colors) renders and passes axe', async ({ page, preview }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(preview.url);
  await expect(page.getByTestId('property-grid')).toBeVisible();
  await stage(page);
  await page.screenshot({ path: `${SHOTS}/main-high-contrast.png` });
  expect(await seriousViolations(page)).toEqual([]);
});

test('the number editor and registry-only section pass axe', async ({ app: page }) => {
  await pickAdapter(page, /^Ethernet 4/);
  await row(page, 'NetworkAddress').click();
  await page.screenshot({ path: `${SHOTS}/editor-light.png` });
  expect(await seriousViolations(page)).toEqual([]);
});
