/** A driver INF opened as a driver package preview: the page each device model would get, no Apply. */

import { join } from 'node:path';
import { FIXTURES, expect, pickAdapter, row, test } from './fixtures';

test('open a driver INF, see each model page with its defaults, and save a change as PowerShell only', async ({ app: page }) => {
  await page.getByTestId('open-reg-input').setInputFiles(join(FIXTURES, 'rt640x64.inf'));
  const banner = page.getByTestId('inf-banner');
  await expect(banner).toContainText('Driver package preview — rt640x64.inf');
  await expect(banner).toContainText('NTamd64.10.0.1..26100');
  const adapters = page.getByRole('listbox', { name: 'Adapters' }).getByRole('option');
  await expect(adapters).toHaveCount(2);
  await expect(adapters.first()).toContainText('[RTL8168.ndi]');

  await pickAdapter(page, /PCIe 2\.5GbE/);
  await expect(row(page, '*SpeedDuplex')).toContainText('Auto Negotiation');
  await row(page, '*SpeedDuplex').click();
  await page.getByRole('combobox', { name: 'Speed & Duplex' }).click();
  await expect(page.getByRole('option', { name: '2.5 Gbps Full Duplex' })).toBeVisible();
  await page.getByRole('option', { name: '2.5 Gbps Full Duplex' }).click();
  await expect(page.getByText('1 pending change')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Review and apply…' })).toHaveCount(0);
  await page.screenshot({ animations: 'disabled', path: test.info().outputPath('inf-preview.png') });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as PowerShell' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.ps1$/);
});

test.describe('preview started on an INF', () => {
  test.use({ sources: [join(FIXTURES, 'rt640x64.inf')] });

  test('--source FILE.inf opens straight on the driver package preview', async ({ app: page }) => {
    await expect(page.getByTestId('inf-banner')).toBeVisible();
    await expect(page.getByRole('grid', { name: /Advanced properties of Realtek® PCIe GbE Family Controller/ })).toBeVisible();
    await expect(row(page, '*JumboPacket')).toContainText('Disabled');
  });
});
