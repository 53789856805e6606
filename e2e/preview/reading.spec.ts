/** Opening exports taken elsewhere: an offline SYSTEM hive, several control sets, a partial export. */

import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { FIXTURES, expect, test } from './fixtures';

test('an offline SYSTEM hive opens on the control set Select\\Current names, with "Kind unknown" for an adapter without Characteristics', async ({
  app: page,
}) => {
  await page.getByTestId('open-reg-input').setInputFiles(join(FIXTURES, 'offline-hive.reg'));
  await expect(page.getByTestId('source-badge')).toHaveText('Showing offline-hive.reg (ControlSet002 of HKEY_LOCAL_MACHINE\\CUSTOMER) — not this computer');
  const list = page.getByRole('listbox', { name: 'Adapters' });
  await expect(list.getByRole('option')).toHaveCount(2);
  const partial = list.getByRole('option', { name: /Partial Fabrikam NIC/ });
  await expect(partial.getByText('Kind unknown', { exact: true })).toBeVisible();
  await expect(partial.getByText('Physical', { exact: true })).toHaveCount(0);
  const full = list.getByRole('option', { name: /Full Contoso NIC/ });
  await expect(full.getByText('Physical', { exact: true })).toBeVisible();
  await expect(full.getByText('Kind unknown', { exact: true })).toHaveCount(0);
  await list.screenshot({ animations: 'disabled', path: test.info().outputPath('adapters-kind-unknown.png') });
  const scan = await new AxeBuilder({ page }).include('[role="listbox"]').exclude('[data-tabster-dummy]').analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('a file with two control sets and no Select\\Current asks which one, and the previous source stays', async ({ app: page }) => {
  await page.getByTestId('open-reg-input').setInputFiles(join(FIXTURES, 'two-control-sets.reg'));
  const bar = page.getByTestId('notice-error');
  await expect(bar).toContainText('Could not open the file');
  await expect(bar).toContainText('two-control-sets.reg holds ControlSet001 and ControlSet002 and no Select\\Current value naming one of them');
  await expect(bar).toContainText('--control-set 1 or --control-set 2');
  await expect(page.getByTestId('source-badge')).toHaveText('Demo data — not this computer');
});
