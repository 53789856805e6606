/** One journey per bug of issue 9 §3, each reaching the feature it fixes. */

import type { Request } from '@playwright/test';
import { expect, pickAdapter, row, test } from './fixtures';

interface Details {
  properties: { keyword: string; stored: { type: string; data: unknown } | null }[];
}

async function storedOf(preview: { api: (c: string, b?: unknown) => Promise<{ ok: boolean; value?: unknown }> }, adapterId: string, keyword: string) {
  const r = await preview.api('adapters:get', { adapterId });
  return (r.value as Details).properties.find((p) => p.keyword === keyword)?.stored ?? null;
}

test('an optional text property without a default can be given a value (NetworkAddress)', async ({ app: page, preview }) => {
  await pickAdapter(page, /^Ethernet,/);
  expect(await storedOf(preview, '0007', 'NetworkAddress')).toBeNull();
  await row(page, 'NetworkAddress').click();
  const box = page.getByRole('textbox', { name: 'Locally Administered Address' });
  await expect(page.getByRole('radio', { name: 'Not Present' })).toBeChecked();
  await expect(box).toBeDisabled();
  await page.getByRole('radio', { name: 'Value' }).check();
  await expect(box).toBeEnabled();
  await expect(box).toBeFocused();
  await box.fill('02aabbccddee');
  await expect(box).toHaveValue('02AABBCCDDEE');
  await expect(row(page, 'NetworkAddress')).toContainText('02AABBCCDDEE');
  await page.getByRole('button', { name: 'Review and apply…' }).click();
  await expect(page.getByRole('dialog')).toContainText('absent → REG_SZ "02AABBCCDDEE"');
  await page.getByRole('dialog').getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(page.getByTestId('notice-success')).toContainText('Changes applied');
  expect(await storedOf(preview, '0007', 'NetworkAddress')).toEqual({ type: 'REG_SZ', data: '02AABBCCDDEE' });
});

test('a value stored as REG_BINARY is shown as stored, with its status and a fix', async ({ app: page }) => {
  await pickAdapter(page, /^Ethernet 5/);
  const eee = row(page, '*EEE');
  await expect(eee).toContainText('Stored as REG_BINARY 01 00 00 00');
  await expect(eee).not.toContainText('Not Present');
  await expect(eee.getByRole('img', { name: /^Warning: .*REG_BINARY/ })).toBeVisible();
  await eee.click();
  const own = page.getByTestId('editor-findings');
  await expect(page.getByRole('combobox', { name: 'Energy-Efficient Ethernet' })).toContainText('Stored as REG_BINARY 01 00 00 00');
  await expect(own).toContainText('Energy-Efficient Ethernet: stored as REG_BINARY');
  await own.getByRole('button', { name: 'Turn Energy-Efficient Ethernet on' }).click();
  await expect(page.getByText('1 pending change')).toBeVisible();
});

test('history marks undone entries and their undo, and offers Undo only where it can run', async ({ app: page }) => {
  await pickAdapter(page, /^Ethernet,/);
  await row(page, '*EEE').click();
  await page.getByRole('combobox', { name: 'Energy Efficient Ethernet' }).click();
  await page.getByRole('option', { name: 'Off', exact: true }).click();
  await page.getByRole('button', { name: 'Review and apply…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(page.getByTestId('notice-success')).toContainText('Changes applied');

  const history = page.getByTestId('history');
  const applied = history.locator('[data-entry-id]').first();
  await applied.getByRole('button', { name: /^Undo/ }).click();
  // Undo has the same review as Apply, with the adapter restart choice where the source allows it.
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Undo the change of');
  await expect(dialog).toContainText('not this computer’s registry, so no adapter is restarted');
  await dialog.getByRole('button', { name: 'Undo 1 change' }).click();
  await expect(page.getByTestId('notice-success')).toContainText('Undone');

  await expect(history.locator('[data-entry-id]')).toHaveCount(2);
  const undone = history.locator('[data-state="undone"]');
  await expect(undone).toHaveCount(1);
  await expect(undone).toContainText('Undone');
  await expect(undone.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
  const undoEntry = history.locator('[data-entry-id]').filter({ hasText: 'Undo of' });
  await expect(undoEntry).toHaveCount(1);
  await expect(undoEntry.getByRole('button', { name: /^Undo/ })).toHaveCount(1);
});

test('after Apply the source is read once: only the changed adapter, no second full reload', async ({ app: page }) => {
  await pickAdapter(page, /^Ethernet,/);
  // Let the background read of the other adapters finish first: it is not part of Apply.
  const list = page.getByRole('listbox', { name: 'Adapters' });
  await expect.poll(async () => (await list.getAttribute('data-details-loaded')) === (await list.getAttribute('data-adapter-count'))).toBe(true);
  await row(page, '*FlowControl').click();
  await page.getByRole('combobox', { name: 'Flow Control' }).click();
  await page.getByRole('option', { name: 'Rx Enabled', exact: true }).click();
  await page.getByRole('button', { name: 'Review and apply…' }).click();
  const calls: string[] = [];
  const record = (r: Request) => {
    const m = /\/api\/([^/?]+)$/.exec(r.url());
    if (m?.[1]) calls.push(m[1]);
  };
  page.on('request', record);
  await page.getByRole('dialog').getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(page.getByTestId('notice-success')).toContainText('Changes applied');
  await expect(row(page, '*FlowControl')).toContainText('REG_SZ "2"');
  page.off('request', record);
  expect(calls.filter((c) => c !== 'history:list')).toEqual(['changes:apply', 'adapters:get']);
  expect(calls).not.toContain('adapters:list');
});
