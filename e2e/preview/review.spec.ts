/** The review step: what a write does to the findings, a second question when it adds an error, Undo after Apply. */

import { join } from 'node:path';
import { FIXTURES, expect, pickAdapter, row, test } from './fixtures';

test('the review shows the findings a change adds and clears, per adapter', async ({ app: page }) => {
  await pickAdapter(page, /^Ethernet 4/);
  await row(page, '*TCPChecksumOffloadIPv4').click();
  await page.getByRole('combobox', { name: 'TCP Checksum Offload (IPv4)' }).click();
  await page.getByRole('option', { name: 'Rx Enabled', exact: true }).click();
  await page.getByRole('button', { name: 'Review and apply…' }).click();
  const impact = page.getByRole('dialog').getByTestId('review-impact');
  const added = impact.locator('[data-adapter-id="0012"] [data-impact="added"]');
  await expect(added).toHaveCount(1);
  await expect(added).toHaveAttribute('data-finding-id', 'R3.a');
  await expect(added).toContainText('Large Send Offload V2 (IPv4) is on, but TCP Checksum Offload (IPv4) does not transmit');

  // Back, fix it the other way (LSO off): the review now shows nothing added.
  await page.getByRole('dialog').getByRole('button', { name: 'Back' }).click();
  await page.getByTestId('editor-findings').getByRole('button', { name: 'Turn Large Send Offload V2 (IPv4) off' }).click();
  await expect(page.getByText('2 pending changes')).toBeVisible();
  await page.getByRole('button', { name: 'Review and apply…' }).click();
  await expect(impact).toContainText('No finding is added or cleared.');
});

test.describe('a change that adds an error', () => {
  test.use({ sources: [join(FIXTURES, 'speed-error.reg')] });

  test('is applied only after a second confirmation', async ({ app: page, preview }) => {
    await row(page, '*SpeedDuplex').click();
    await page.getByRole('combobox', { name: 'Speed & Duplex' }).click();
    await page.getByRole('option', { name: '500 Mbps Full Duplex (vendor)' }).click();
    await page.getByRole('button', { name: 'Review and apply…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('[data-impact="added"][data-finding-id="R28"]')).toBeVisible();
    await dialog.getByRole('button', { name: 'Apply 1 change' }).click();
    // Nothing written yet: the dialog asks again, naming the error.
    await expect(dialog.getByTestId('confirm-error')).toContainText('This adds an error');
    await expect(dialog.getByTestId('confirm-error')).toContainText('Windows does not accept');
    expect(
      ((await preview.api('adapters:get', { adapterId: '0004' })).value as { properties: { keyword: string; stored: unknown }[] }).properties.find(
        (p) => p.keyword === '*SpeedDuplex',
      )?.stored,
    ).toEqual({ type: 'REG_SZ', data: '0' });
    await expect(dialog.getByRole('button', { name: 'Apply anyway' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Apply anyway' }).click();
    await expect(page.getByTestId('notice-success')).toContainText('Changes applied');
    expect(
      ((await preview.api('adapters:get', { adapterId: '0004' })).value as { properties: { keyword: string; stored: unknown }[] }).properties.find(
        (p) => p.keyword === '*SpeedDuplex',
      )?.stored,
    ).toEqual({ type: 'REG_SZ', data: '500' });
  });
});

test('after Apply the notice offers Undo, through the same review', async ({ app: page, preview }) => {
  await pickAdapter(page, /^Ethernet,/);
  await row(page, '*FlowControl').click();
  await page.getByRole('combobox', { name: 'Flow Control' }).click();
  await page.getByRole('option', { name: 'Disabled', exact: true }).click();
  await page.getByRole('button', { name: 'Review and apply…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Apply 1 change' }).click();
  const notice = page.getByTestId('notice-success');
  await expect(notice).toContainText('Changes applied');
  await notice.getByRole('button', { name: 'Undo' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Undo the change of');
  await expect(dialog.getByRole('row').filter({ hasText: '*FlowControl' })).toContainText('REG_SZ "0" → REG_SZ "3"');
  await dialog.getByRole('button', { name: 'Undo 1 change' }).click();
  await expect(notice).toContainText('Undone');
  expect(
    ((await preview.api('adapters:get', { adapterId: '0007' })).value as { properties: { keyword: string; stored: unknown }[] }).properties.find(
      (p) => p.keyword === '*FlowControl',
    )?.stored,
  ).toEqual({ type: 'REG_SZ', data: '3' });
});
