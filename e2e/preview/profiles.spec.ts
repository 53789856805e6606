/**
 * Compare, copy, presets + undo, Fix all and reports in the page, on the two-driver lab fixture
 * (electron/cli/test-fixtures/two-drivers.reg) and the demo. Screenshots land in reports/screenshots.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, pickAdapter, row, test, type Preview } from './fixtures';

const SHOTS = 'reports/screenshots';
const LAB = join(process.cwd(), 'electron', 'cli', 'test-fixtures', 'two-drivers.reg');
const LAB_LATER = join(process.cwd(), 'electron', 'cli', 'test-fixtures', 'two-drivers-later.reg');

interface Details {
  properties: { keyword: string; stored: { type: string; data: unknown } | null }[];
}

async function stored(preview: Preview, adapterId: string, keyword: string) {
  const r = await preview.api<Details>('adapters:get', { adapterId });
  return r.value?.properties.find((p) => p.keyword === keyword)?.stored ?? null;
}

test.describe('on the lab machine', () => {
  test.use({ sources: [LAB] });

  test('All offloads off, applied and undone: the QA round trip', async ({ app: page, preview }) => {
    await pickAdapter(page, /^SLOT 1 Port 1/);
    await page.getByRole('button', { name: 'Profiles' }).click();
    await page.getByTestId('menu-preset-all-offloads-off').click();
    // The result is pending changes, shown in the review.
    const review = page.getByTestId('review-dialog');
    await expect(review).toBeVisible();
    await expect(review.getByRole('row').filter({ hasText: '*TCPChecksumOffloadIPv4' })).toContainText('Disabled');
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/preset-review.png` });
    await review.getByRole('button', { name: /^Apply 11 changes/ }).click();
    await expect(page.getByTestId('notice-success').getByText('Changes applied')).toBeVisible();
    expect(await stored(preview, '0001', '*LsoV2IPv4')).toEqual({ type: 'REG_SZ', data: '0' });
    expect(await stored(preview, '0001', '*JumboPacket')).toEqual({ type: 'REG_SZ', data: '9014' });

    await page.getByRole('button', { name: 'Undo' }).first().click();
    await page
      .getByTestId('review-dialog')
      .getByRole('button', { name: /^Undo 11 changes/ })
      .click();
    await expect(page.getByTestId('notice-success').getByText('Undone')).toBeVisible();
    expect(await stored(preview, '0001', '*LsoV2IPv4')).toEqual({ type: 'REG_SZ', data: '1' });
  });

  test('a preset on a driver that lacks a value leaves that keyword alone and says so', async ({ app: page }) => {
    await pickAdapter(page, /^Ethernet 2/);
    await page.getByRole('button', { name: 'Profiles' }).click();
    await page.getByTestId('menu-preset-all-offloads-off').click();
    await page.getByTestId('review-dialog').getByRole('button', { name: 'Back' }).click();
    const message = page.getByRole('region', { name: 'Messages' });
    await expect(message).toContainText('All offloads off');
    await expect(message).toContainText('2 settings left as they are');
    await expect(row(page, '*TCPChecksumOffloadIPv4')).toContainText('Disabled');
    await expect(row(page, '*UDPChecksumOffloadIPv4')).toContainText('Rx & Tx Enabled');
  });

  test('compare with the other port, then copy one value and all of them into pending changes', async ({ app: page }) => {
    await pickAdapter(page, /^SLOT 1 Port 2/);
    await page.getByRole('button', { name: 'Compare…' }).click();
    const dialog = page.getByTestId('compare-dialog');
    await dialog.getByRole('combobox', { name: 'With another adapter' }).click();
    // The dropdown's own option (title and instance), never the adapter list's option behind the dialog.
    await page.getByRole('option', { name: 'SLOT 1 Port 1 (0001)', exact: true }).click();
    await expect(dialog.getByTestId('compare-summary')).toContainText('6 of 18 keywords differ');
    const tcp = dialog.locator('tr[data-keyword="*TCPChecksumOffloadIPv4"]');
    await expect(tcp).toContainText('Disabled');
    await expect(tcp).toContainText('Rx & Tx Enabled');
    await expect(dialog).toContainText('Findings only on this adapter');
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/compare.png` });
    await tcp.getByRole('button', { name: /^Copy TCP Checksum Offload \(IPv4\)/ }).click();
    await expect(dialog).toContainText('1 value copied into the pending changes');
    // Copy all: every differing value but the other adapter's own address.
    await expect(dialog.getByTestId('copy-all-left-out')).toHaveText(/^Network Address is left out of Copy all/);
    await dialog.getByRole('button', { name: /^Copy all 5 differing values/ }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(row(page, '*JumboPacket')).toContainText('9014');
    await expect(page.getByText('5 pending changes')).toBeVisible();
    await expect(row(page, 'NetworkAddress')).toContainText('Not Present');
  });

  test('compare with the same adapter in a later export: the driver update shows as metadata', async ({ app: page }) => {
    await pickAdapter(page, /^SLOT 1 Port 1/);
    await page.getByRole('button', { name: 'Compare…' }).click();
    const dialog = page.getByTestId('compare-dialog');
    await dialog.getByTestId('compare-file-input').setInputFiles(LAB_LATER);
    await expect(dialog.getByTestId('compare-summary')).toContainText('matched by NetCfgInstanceId');
    await expect(dialog.locator('tr[data-keyword="*JumboPacket"]')).toContainText('Driver metadata differs: default 1514 → 9014');
    await expect(dialog.locator('tr[data-keyword="*UsoIPv4"]')).toContainText('Only on this adapter');
  });

  test('copy settings to the other driver: a preview with what is not copied and why, then pending changes there', async ({ app: page }) => {
    await pickAdapter(page, /^SLOT 1 Port 1/);
    await page.getByRole('button', { name: 'Profiles' }).click();
    await page.getByTestId('menu-copy-to').click();
    const dialog = page.getByTestId('copy-to-dialog');
    await dialog.getByRole('combobox', { name: 'To adapter' }).click();
    await page.getByRole('option', { name: 'Ethernet 2 (0002)', exact: true }).click();
    const plan = dialog.getByTestId('copy-plan');
    await expect(plan).toContainText('5 values will change');
    await expect(plan).toContainText('Jumbo Packet must be between 1514 and 9000; 9014 is out of range.');
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/copy-to.png` });
    await dialog.getByRole('button', { name: 'Add 5 pending changes' }).click();
    await expect(page.getByRole('listbox', { name: 'Adapters' }).getByRole('option', { selected: true })).toHaveAccessibleName(/^Ethernet 2/);
    await expect(row(page, '*LsoV2IPv4')).toContainText('Enabled');
  });

  test('Fix all: every finding fixed in one review, the alternative chosen where the first conflicts', async ({ app: page, preview }) => {
    await pickAdapter(page, /^SLOT 1 Port 2/);
    await page.getByRole('button', { name: 'Fix all' }).click();
    const review = page.getByTestId('review-dialog');
    await expect(review).toBeVisible();
    await page.screenshot({ animations: 'disabled', path: `${SHOTS}/fix-all-review.png` });
    await review.getByRole('button', { name: /^Apply 3 changes/ }).click();
    await expect(page.getByTestId('notice-success').getByText('Changes applied')).toBeVisible();
    expect(await stored(preview, '0003', '*RscIPv4')).toEqual({ type: 'REG_SZ', data: '0' });
    expect(await stored(preview, '0003', '*TCPChecksumOffloadIPv4')).toEqual({ type: 'REG_SZ', data: '1' });
    // No error or warning left: the count badge is gone, here and in the back end's list.
    await expect(page.getByTestId('findings-counts')).toHaveCount(0);
    const list = await preview.api<{ id: string; errorCount: number; warningCount: number }[]>('adapters:list');
    expect(list.value?.find((a) => a.id === '0003')).toMatchObject({ errorCount: 0, warningCount: 0 });
  });

  test('save the adapter as a profile and apply it to the other port', async ({ app: page }) => {
    await pickAdapter(page, /^SLOT 1 Port 1/);
    await page.getByRole('button', { name: 'Profiles' }).click();
    await page.getByTestId('menu-save-profile').click();
    const dialog = page.getByTestId('save-profile-dialog');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Port baseline');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    const file = await (await download).path();
    const profile = JSON.parse(readFileSync(file, 'utf8')) as { name: string; settings: unknown[] };
    expect(profile.name).toBe('Port baseline');
    expect(profile.settings).toHaveLength(17);
    await expect(page.getByRole('region', { name: 'Messages' })).toContainText('Left out: NetworkAddress');

    await pickAdapter(page, /^SLOT 1 Port 2/);
    await page.getByTestId('profile-input').setInputFiles(file);
    const review = page.getByTestId('review-dialog');
    await expect(review).toBeVisible();
    await expect(review.getByRole('button', { name: /^Apply 5 changes/ })).toBeVisible();
  });
});

test('save the report as one HTML page and copy it as Markdown', async ({ app: page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByTestId('menu-save-report-html').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^nic-report-\d{12}\.html$/);
  const file = test.info().outputPath(saved.suggestedFilename());
  await saved.saveAs(file);
  const html = readFileSync(file, 'utf8');
  expect(html).toContain("default-src 'none'");
  await expect(page.getByRole('region', { name: 'Messages' })).toContainText('one self-contained HTML page');

  // The saved page, opened as a file: styled (its hash matches the policy), no script, printable.
  const report = await context.newPage();
  await report.goto(`file://${file}`);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Network adapter report: demo data');
  await expect(report.locator('table').first()).toHaveCSS('border-collapse', 'collapse');
  await report.screenshot({ animations: 'disabled', path: `${SHOTS}/report-html.png` });
  await report.emulateMedia({ media: 'print' });
  await report.screenshot({ animations: 'disabled', path: `${SHOTS}/report-print.png` });
  await report.close();

  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.getByTestId('menu-copy-report-adapter').click();
  await expect(page.getByRole('region', { name: 'Messages' })).toContainText('on the clipboard as Markdown');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^# Network adapter report: demo data\n/);
  expect(text).toContain('## Ethernet (instance 0007)');
});
