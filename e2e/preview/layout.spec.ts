/**
 * Nothing cut off where people run it (a laptop at 1024x700, a remote session at 1280x800): labels,
 * the pending bar, the toolbar on one row, one notice at a time. Screenshots for the README.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES, expect, pickAdapter, row, test } from './fixtures';

const SHOTS = 'reports/screenshots';
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
] as const;

/** Cells whose text is cut off (ellipsis) and that offer no tooltip to read it. */
async function truncatedWithoutTooltip(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="property-grid"] [role="gridcell"], [role="listbox"][aria-labelledby="adapters-heading"] [role="option"] *')
    .evaluateAll((els) =>
      els
        .filter((el) => el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).textOverflow === 'ellipsis')
        .filter((el) => !(el.getAttribute('title') || el.closest('[title]')))
        .map((el) => el.textContent ?? ''),
    );
}

for (const size of SIZES) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('labels are never cut off, other cut-off cells have a tooltip, IPv4 and IPv6 read apart', async ({ app: page }) => {
      for (const name of [/^Ethernet,/, /^Ethernet 2/, /^SLOT 3 Port 1/]) {
        await pickAdapter(page, name);
        const labels = page.locator('[data-testid="property-grid"] [data-column="label"]');
        const cut = await labels.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
        expect(cut, `cut-off labels on ${String(name)}`).toEqual([]);
        expect(await truncatedWithoutTooltip(page)).toEqual([]);
      }
      const v4 = row(page, '*TCPChecksumOffloadIPv4').locator('[data-column="label"]');
      const v6 = row(page, '*TCPChecksumOffloadIPv6').locator('[data-column="label"]');
      await expect(v4).toHaveText(/\(IPv4\)$/);
      await expect(v6).toHaveText(/\(IPv6\)$/);
    });

    test('the toolbar stays on one row and the pending bar stays in view', async ({ app: page }) => {
      const toolbar = page.getByRole('toolbar', { name: 'Main' });
      // One row: every visible item starts above the bottom of every other one.
      const boxes = await toolbar.locator(':scope > *').evaluateAll((els) =>
        els
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 1 && r.height > 1)
          .map((r) => ({ top: r.top, bottom: r.bottom })),
      );
      expect(boxes.length).toBeGreaterThan(2);
      expect(Math.max(...boxes.map((b) => b.top)), 'toolbar items on one row').toBeLessThan(Math.min(...boxes.map((b) => b.bottom)));
      if (size.width === 1024) {
        // What does not fit is in the More menu, not on a second row.
        await toolbar.getByRole('button', { name: /^More commands/ }).click();
        await expect(page.getByRole('menuitem', { name: 'Save as PowerShell' })).toBeVisible();
        await page.keyboard.press('Escape');
      }
      await pickAdapter(page, /^SLOT 3 Port 1/);
      await row(page, '*JumboPacket').click();
      await page.getByRole('spinbutton', { name: 'Jumbo Packet' }).fill('9000');
      await page.getByRole('spinbutton', { name: 'Jumbo Packet' }).press('Enter');
      await expect(page.getByText('1 pending change')).toBeVisible();
      await expect(page.getByTestId('pending-bar')).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('button', { name: 'Review and apply…' })).toBeInViewport({ ratio: 1 });
    });
  });
}

test.describe('one notice at a time', () => {
  test.use({ viewport: SIZES[0] });

  test('a later success replaces a stale error; older messages wait behind a button', async ({ app: page }) => {
    await page.getByTestId('open-reg-input').setInputFiles(join(FIXTURES, 'broken.reg'));
    await expect(page.getByTestId('notice-error')).toContainText('Could not open the file');
    await pickAdapter(page, /^Ethernet,/);
    await row(page, '*FlowControl').click();
    await page.getByRole('combobox', { name: 'Flow Control' }).click();
    await page.getByRole('option', { name: 'Disabled', exact: true }).click();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Apply 1 change' }).click();
    await expect(page.getByTestId('notice-success')).toContainText('Changes applied');
    await expect(page.getByRole('region', { name: 'Messages' }).locator('.fui-MessageBar')).toHaveCount(1);
    await expect(page.getByTestId('notice-error')).toHaveCount(0);
  });
});

test.describe('screenshots for the README', () => {
  for (const size of SIZES) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${size.width}x${size.height} ${scheme}`, async ({ page, preview }) => {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(preview.url);
        await pickAdapter(page, /^Ethernet,/);
        await row(page, '*JumboPacket').click();
        await page.getByRole('combobox', { name: 'Jumbo Packet' }).click();
        await page.getByRole('option', { name: '9014 Bytes' }).click();
        await row(page, '*TCPChecksumOffloadIPv4').click();
        await expect(page.getByText('1 pending change')).toBeVisible();
        await page.mouse.move(0, size.height - 1);
        await page.screenshot({ animations: 'disabled', path: `${SHOTS}/page-${size.width}x${size.height}-${scheme}.png` });
      });
    }
  }

  test('review with the findings a change adds, 1280x800 light', async ({ page, preview }) => {
    await page.setViewportSize(SIZES[1]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(preview.url);
    await pickAdapter(page, /^Ethernet 4/);
    await row(page, '*TCPChecksumOffloadIPv4').click();
    await page.getByRole('combobox', { name: 'TCP Checksum Offload (IPv4)' }).click();
    await page.getByRole('option', { name: 'Rx Enabled', exact: true }).click();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('dialog').locator('[data-impact="added"]')).toBeVisible();
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/review-1280x800-light.png` });
  });
});
