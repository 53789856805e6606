/** What a person does on the Advanced page, and what ends up in the source. */

import { expect, pickAdapter, row, test } from './fixtures';

interface Details {
  properties: { keyword: string; stored: { type: string; data: unknown } | null }[];
}

async function storedOf(preview: { api: (c: string, b?: unknown) => Promise<{ ok: boolean; value?: unknown }> }, adapterId: string, keyword: string) {
  const r = await preview.api('adapters:get', { adapterId });
  expect(r.ok).toBe(true);
  return (r.value as Details).properties.find((p) => p.keyword === keyword)?.stored ?? null;
}

test('open the app and pick an adapter', async ({ app: page }) => {
  await expect(page.getByTestId('source-badge')).toHaveText('Demo data — not this computer');
  const adapters = page.getByRole('listbox', { name: 'Adapters' });
  await expect(adapters.getByRole('option')).not.toHaveCount(0);
  await pickAdapter(page, /^Wi-Fi/);
  await expect(page.getByRole('grid', { name: 'Advanced properties of Wi-Fi' })).toBeVisible();
  // Keyboard: arrow down moves to the next adapter.
  await adapters.getByRole('option', { name: /^Wi-Fi/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(adapters.getByRole('option', { selected: true })).not.toHaveAccessibleName(/^Wi-Fi/);
});

test('change an enum through the dropdown, review the diff, apply, and read it back', async ({ app: page, preview }) => {
  await pickAdapter(page, /^Ethernet,/);
  await row(page, '*FlowControl').click();
  await page.getByRole('combobox', { name: 'Flow Control' }).click();
  await page.getByRole('option', { name: 'Rx Enabled', exact: true }).click();
  await expect(row(page, '*FlowControl')).toContainText('Rx Enabled');
  await expect(page.getByText('1 pending change')).toBeVisible();

  await page.getByRole('button', { name: 'Review and apply…' }).click();
  const dialog = page.getByRole('dialog');
  const diff = dialog.getByRole('row').filter({ hasText: '*FlowControl' });
  await expect(diff).toContainText('Rx & Tx Enabled');
  await expect(diff).toContainText('Rx Enabled');
  await expect(diff).toContainText('REG_SZ "3" → REG_SZ "2"');
  await dialog.getByRole('button', { name: /^Apply 1 change/ }).click();

  await expect(page.getByText('Changes applied')).toBeVisible();
  await expect(page.getByText('No pending changes')).toBeVisible();
  await expect(row(page, '*FlowControl')).toContainText('Rx Enabled');
  await expect(row(page, '*FlowControl')).toContainText('REG_SZ "2"');
  expect(await storedOf(preview, '0007', '*FlowControl')).toEqual({ type: 'REG_SZ', data: '2' });

  await page.reload();
  await pickAdapter(page, /^Ethernet,/);
  await expect(row(page, '*FlowControl')).toContainText('Rx Enabled');
});

test('an out-of-range number gets a message and nothing is written', async ({ app: page, preview }) => {
  const before = await storedOf(preview, '0007', '*ReceiveBuffers');
  await pickAdapter(page, /^Ethernet,/);
  await row(page, '*ReceiveBuffers').click();
  const spin = page.getByRole('spinbutton', { name: 'Receive Buffers' });
  await spin.fill('5000');
  await spin.press('Enter');
  await expect(page.getByText(/must be between 80 and 2048; 5000 is out of range/)).toBeVisible();
  await expect(page.getByText('No pending changes')).toBeVisible();
  await spin.fill('83');
  await spin.press('Enter');
  await expect(page.getByText(/steps of 8 from 80; 83 is not one of them/)).toBeVisible();
  await expect(page.getByText('No pending changes')).toBeVisible();
  expect(await storedOf(preview, '0007', '*ReceiveBuffers')).toEqual(before);
  expect((await preview.api('history:list')).value).toEqual([]);
});

test('set an optional property to Not Present and see the value deleted', async ({ app: page, preview }) => {
  await pickAdapter(page, /^Ethernet 4/);
  expect(await storedOf(preview, '0012', 'NetworkAddress')).not.toBeNull();
  await row(page, 'NetworkAddress').click();
  await page.getByRole('radio', { name: 'Not Present' }).check();
  await expect(row(page, 'NetworkAddress')).toContainText('Not Present');
  await page.getByRole('button', { name: 'Review and apply…' }).click();
  await expect(page.getByRole('dialog')).toContainText('→ absent');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Apply/ })
    .click();
  await expect(page.getByText('Changes applied')).toBeVisible();
  await expect(row(page, 'NetworkAddress')).toContainText('absent');
  expect(await storedOf(preview, '0012', 'NetworkAddress')).toBeNull();
});

test('TCP checksum Tx off while LSO is on: the finding appears, Fix clears it', async ({ app: page }) => {
  // Ethernet 4 (granular checksum keywords only) starts with TCP checksum Rx & Tx and LSOv2 on: no R3 yet.
  await pickAdapter(page, /^Ethernet 4/);
  const findings = page.getByTestId('findings');
  const r3 = findings.locator('[data-finding-id="R3.a"]');
  await expect(findings).toBeVisible();
  await expect(r3).toHaveCount(0);
  await expect(row(page, '*LsoV2IPv4').getByRole('img', { name: /^(Warning|Error)/ })).toHaveCount(0);

  await row(page, '*TCPChecksumOffloadIPv4').click();
  await page.getByRole('combobox', { name: 'TCP Checksum Offload (IPv4)' }).click();
  await page.getByRole('option', { name: 'Rx Enabled', exact: true }).click();
  await expect(r3).toBeVisible();
  await expect(r3).toContainText(/Large Send Offload v2 \(IPv4\) is on/i);
  await expect(row(page, '*LsoV2IPv4').getByRole('img', { name: /^(Warning|Error)/ })).toBeVisible();

  // Two remedies are offered; the first turns checksum Tx back on.
  await expect(r3.getByRole('button', { name: 'Turn Large Send Offload V2 (IPv4) off' })).toBeVisible();
  await r3.getByRole('button', { name: 'Set TCP Checksum Offload (IPv4) to Rx & Tx Enabled' }).click();
  await expect(r3).toHaveCount(0);
  await expect(row(page, '*LsoV2IPv4').getByRole('img', { name: /^(Warning|Error)/ })).toHaveCount(0);
});

test('undo from history', async ({ app: page, preview }) => {
  await pickAdapter(page, /^Ethernet,/);
  await row(page, '*EEE').click();
  await page.getByRole('combobox', { name: 'Energy Efficient Ethernet' }).click();
  await page.getByRole('option', { name: 'Off', exact: true }).click();
  await page.getByRole('button', { name: 'Review and apply…' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Apply/ })
    .click();
  await expect(page.getByText('Changes applied')).toBeVisible();
  expect(await storedOf(preview, '0007', '*EEE')).toEqual({ type: 'REG_SZ', data: '0' });

  const history = page.getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText('Energy Efficient Ethernet');
  await history.getByRole('button', { name: /^Undo/ }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo 1 change' }).click();
  await expect(page.getByTestId('notice-success')).toContainText('Undone');
  await expect(row(page, '*EEE')).toContainText('On');
  expect(await storedOf(preview, '0007', '*EEE')).toEqual({ type: 'REG_SZ', data: '1' });
});
