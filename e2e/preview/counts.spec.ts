/** One count, one severity: the adapter chip, the Findings header, the findings and the row icons agree on every demo adapter. */

import type { Locator, Page } from '@playwright/test';
import { expect, pickAdapter, row, test } from './fixtures';

const RANK: Record<string, number> = { error: 3, warning: 2, info: 1 };

async function counts(badges: Locator): Promise<{ errors: number; warnings: number }> {
  if ((await badges.count()) === 0) return { errors: 0, warnings: 0 };
  return { errors: Number(await badges.getAttribute('data-errors')), warnings: Number(await badges.getAttribute('data-warnings')) };
}

/** What the Findings list says: counts per severity and the worst severity per keyword. */
async function listed(page: Page) {
  const items = await page
    .getByTestId('findings')
    .locator(':scope > li')
    .evaluateAll((lis) =>
      lis.map((li) => ({ severity: li.getAttribute('data-severity') ?? '', keywords: (li.getAttribute('data-keywords') ?? '').split('\n') })),
    );
  const worst = new Map<string, string>();
  for (const f of items)
    for (const k of f.keywords) if ((RANK[f.severity] ?? 0) > (RANK[worst.get(k.toLowerCase()) ?? ''] ?? 0)) worst.set(k.toLowerCase(), f.severity);
  return { errors: items.filter((f) => f.severity === 'error').length, warnings: items.filter((f) => f.severity === 'warning').length, worst };
}

async function expectAgreement(page: Page, adapterId: string) {
  const chip = await counts(page.locator(`[role="option"][data-adapter-id="${adapterId}"] [data-testid="adapter-counts"]`));
  const header = await counts(page.getByTestId('findings-counts'));
  const list = await listed(page);
  expect(header, `Findings header of ${adapterId}`).toEqual(chip);
  expect({ errors: list.errors, warnings: list.warnings }, `Findings list of ${adapterId}`).toEqual(chip);
  // Every row's icon is the worst finding naming its keyword; rows no finding names have none.
  const rows = await page
    .locator('[data-testid="property-grid"] [role="row"][data-keyword]')
    .evaluateAll((els) =>
      els.map((el) => ({ keyword: el.getAttribute('data-keyword') ?? '', status: el.querySelector('[data-status]')?.getAttribute('data-status') ?? 'ok' })),
    );
  for (const r of rows) expect(r.status, `row ${r.keyword} of ${adapterId}`).toBe(list.worst.get(r.keyword.toLowerCase()) ?? 'ok');
}

test('counts agree on every demo adapter, with and without a pending change', async ({ app: page }) => {
  await page.getByRole('checkbox', { name: 'Show hidden adapters' }).check();
  const options = page.getByRole('listbox', { name: 'Adapters' }).getByRole('option');
  const ids = await options.evaluateAll((els) => els.map((el) => el.getAttribute('data-adapter-id') ?? ''));
  expect(ids).toHaveLength(8);
  for (const id of ids) {
    await page.locator(`[role="option"][data-adapter-id="${id}"]`).click();
    await expect(page.getByTestId('property-grid')).toHaveAttribute('data-adapter-id', id);
    await expectAgreement(page, id);
  }

  // A pending change that adds a warning is counted the same way everywhere.
  await pickAdapter(page, /^Ethernet 4/);
  const before = await counts(page.getByTestId('findings-counts'));
  await row(page, '*TCPChecksumOffloadIPv4').click();
  await page.getByRole('combobox', { name: 'TCP Checksum Offload (IPv4)' }).click();
  await page.getByRole('option', { name: 'Rx Enabled', exact: true }).click();
  await expect(page.getByTestId('findings-counts')).toHaveAttribute('data-warnings', String(before.warnings + 1));
  await expectAgreement(page, '0012');
  await expect(page.getByText('Includes pending changes.')).toBeVisible();
});
