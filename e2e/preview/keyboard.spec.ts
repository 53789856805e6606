/** Faster hands: the page's shortcuts, each checked by what it changes. */

import { expect, pickAdapter, row, test } from './fixtures';

test('Ctrl+Enter opens the review with focus on Apply; Enter applies', async ({ app: page, preview }) => {
  await pickAdapter(page, /^Ethernet,/);
  await row(page, '*FlowControl').click();
  await page.getByRole('combobox', { name: 'Flow Control' }).click();
  await page.getByRole('option', { name: 'Tx Enabled', exact: true }).click();
  await expect(page.getByText('1 pending change')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  const apply = page.getByRole('dialog').getByRole('button', { name: 'Apply 1 change' });
  await expect(apply).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('notice-success')).toContainText('Changes applied');
  const r = await preview.api('adapters:get', { adapterId: '0007' });
  expect((r.value as { properties: { keyword: string; stored: unknown }[] }).properties.find((p) => p.keyword === '*FlowControl')?.stored).toEqual({
    type: 'REG_SZ',
    data: '1',
  });
});

test('typing on a closed drop-down picks the matching option: "9" selects 9014 Bytes', async ({ app: page }) => {
  await pickAdapter(page, /^Ethernet,/);
  await row(page, '*JumboPacket').click();
  const jumbo = page.getByRole('combobox', { name: 'Jumbo Packet' });
  await jumbo.focus();
  await page.keyboard.press('9');
  await expect(jumbo).toHaveText(/9014 Bytes/);
  await expect(jumbo).toHaveAttribute('aria-expanded', 'false');
  await expect(row(page, '*JumboPacket')).toContainText('9014 Bytes');
  await expect(page.getByText('1 pending change')).toBeVisible();
});

test('Space switches a two-option property; Escape drops the edit again', async ({ app: page }) => {
  await pickAdapter(page, /^Ethernet,/);
  const eee = row(page, '*EEE');
  await eee.click();
  await eee.focus();
  await expect(eee).toContainText('On');
  await page.keyboard.press('Space');
  await expect(eee).toContainText('Off');
  await expect(page.getByText('1 pending change')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(eee).toContainText('On');
  await expect(page.getByText('No pending changes')).toBeVisible();

  // Escape in the editor drops the edit made there.
  await page.getByRole('combobox', { name: 'Energy Efficient Ethernet' }).click();
  await page.getByRole('option', { name: 'Off', exact: true }).click();
  await expect(page.getByText('1 pending change')).toBeVisible();
  await page.getByRole('combobox', { name: 'Energy Efficient Ethernet' }).press('Escape');
  await expect(page.getByText('No pending changes')).toBeVisible();
});

test('History is reachable from the toolbar, and findings can list every adapter', async ({ app: page }) => {
  await page.getByRole('switch', { name: 'All adapters' }).check();
  const all = page.getByTestId('all-findings');
  await expect(all.getByRole('region', { name: 'SLOT 3 Port 1' })).toBeVisible();
  await expect(all.getByRole('region', { name: 'Ethernet 5' })).toContainText('which this driver does not list');
  await all.getByRole('button', { name: 'Ethernet 5' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ethernet 5' })).toBeVisible();

  await page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: 'History' }).click(); // collapse the section
  await expect(page.getByTestId('history')).toHaveCount(0);
  const toolbar = page.getByRole('toolbar', { name: 'Main' });
  const inToolbar = toolbar.getByRole('button', { name: 'History' });
  if (await inToolbar.isVisible()) await inToolbar.click();
  else {
    await toolbar.getByRole('button', { name: /^More commands/ }).click();
    await page.getByRole('menuitem', { name: 'History' }).click();
  }
  await expect(page.getByText('Nothing applied yet. Every Apply is recorded here with an Undo.')).toBeInViewport();
});
