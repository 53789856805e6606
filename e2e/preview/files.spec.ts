/** Open `.reg` exports and save changes as `.reg`. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, expect, row, test } from './fixtures';

test('open a .reg file, change a value, and save the changes as .reg', async ({ app: page }) => {
  await page.getByTestId('open-reg-input').setInputFiles(join(FIXTURES, 'customer.reg'));
  await expect(page.getByTestId('source-badge')).toHaveText(/Showing customer\.reg — not this computer/);
  await expect(page.getByRole('listbox', { name: 'Adapters' }).getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: 'Customer LAN' })).toBeVisible();

  await row(page, '*LsoV2IPv4').click();
  await page.getByRole('combobox', { name: 'Large Send Offload V2 (IPv4)' }).click();
  await page.getByRole('option', { name: 'Disabled', exact: true }).click();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as .reg' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.reg$/);
  // The page says which file was saved and what is in it.
  const saved = page.getByTestId('notice-success');
  await expect(saved).toContainText(`Saved ${download.suggestedFilename()}`);
  await expect(saved).toContainText('1 change for Customer LAN, as a .reg file. Your browser saved it to its downloads folder.');
  const bytes = readFileSync(await download.path());
  expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
  const text = bytes.subarray(2).toString('utf16le');
  expect(text.startsWith('Windows Registry Editor Version 5.00\r\n; NIC Advanced Properties: 1 change')).toBe(true);
  expect(text).toContain('; Customer LAN (Contoso Gigabit Network Connection, instance 0003):');
  expect(text).toContain(';   Large Send Offload V2 (IPv4) (*LsoV2IPv4): Enabled [REG_SZ "1"] -> Disabled [REG_SZ "0"]');
  expect(text).toContain('\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0003]');
  expect(text).toContain('"*LsoV2IPv4"="0"');
  expect(text).toContain('\r\n');
});

test('a bad .reg file is reported by name and line; the previous source stays', async ({ app: page }) => {
  await page.getByTestId('open-reg-input').setInputFiles(join(FIXTURES, 'broken.reg'));
  const bar = page.getByTestId('notice-error');
  await expect(bar).toContainText('Could not open the file');
  await expect(bar).toContainText('broken.reg');
  await expect(bar).toContainText(/line \d+/);
  await expect(page.getByTestId('source-badge')).toHaveText('Demo data — not this computer');
  await expect(page.getByRole('listbox', { name: 'Adapters' }).getByRole('option')).not.toHaveCount(1);
});
