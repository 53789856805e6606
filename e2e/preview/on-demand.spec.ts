/**
 * Code loaded on first use: the page starts with the entry script and its static imports alone;
 * the dialogs and the Profiles / Fix all / Report code load when first wanted, and a load that fails
 * says so in one notice and works on the next try.
 */

import type { Page } from '@playwright/test';
import { expect, pickAdapter, row, test } from './fixtures';

/** Names of the renderer scripts the page requests while it is open. */
function recordScripts(page: Page): Set<string> {
  const names = new Set<string>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/assets/') && path.endsWith('.js')) names.add(path.slice(path.lastIndexOf('/') + 1));
  });
  return names;
}

/** The scripts index.html loads itself: the module script and its modulepreload links. */
async function startupScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[type="module"][src], link[rel="modulepreload"][href]')].map((e) => {
      const url = e instanceof HTMLScriptElement ? e.src : e.href;
      return url.slice(url.lastIndexOf('/') + 1);
    }),
  );
}

test('the page starts without the dialogs; Compare… and the review load their code when first wanted', async ({ page, preview }) => {
  const loaded = recordScripts(page);
  await page.goto(preview.url);
  await pickAdapter(page, /^Ethernet,/);
  await expect(row(page, '*FlowControl')).toBeVisible();
  const startup = await startupScripts(page);
  expect(startup.length).toBeGreaterThan(0);
  expect([...loaded].sort()).toEqual([...startup].sort());

  await page.getByRole('button', { name: 'Compare…' }).click();
  await expect(page.getByTestId('compare-dialog')).toBeVisible();
  const afterCompare = loaded.size;
  expect(afterCompare).toBeGreaterThan(startup.length);
  await page.getByTestId('compare-dialog').getByRole('button', { name: 'Close' }).click();

  // The first pending change fetches the review's code, before the review is asked for.
  await row(page, '*FlowControl').click();
  await page.getByRole('combobox', { name: 'Flow Control' }).click();
  await page.getByRole('option', { name: 'Tx Enabled', exact: true }).click();
  await expect.poll(() => loaded.size).toBeGreaterThan(afterCompare);
  const beforeReview = loaded.size;
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Apply 1 change' })).toBeFocused();
  expect(loaded.size).toBe(beforeReview);
});

test('a dialog whose code cannot be loaded says so, leaves the page as it was, and opens on the next try', async ({ app: page }) => {
  await pickAdapter(page, /^Ethernet,/);
  // The preview server gone, or the app's files changed under it: the dialog's script cannot be fetched.
  await page.route(/\/assets\/compare-dialog-[^/]*\.js$/, (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: 'Compare…' }).click();
  const notice = page.getByTestId('notice-error');
  await expect(notice).toContainText('Could not load the Compare dialog');
  await expect(notice).toContainText('could not be fetched from the preview server; reload the page and try again');
  await expect(page.getByTestId('compare-dialog')).toHaveCount(0);
  await expect(page.getByRole('grid', { name: /Advanced properties of/ })).toBeVisible();
  await page.screenshot({ animations: 'disabled', path: 'reports/screenshots/load-failed-notice.png' });

  await page.unroute(/\/assets\/compare-dialog-[^/]*\.js$/);
  await page.getByRole('button', { name: 'Compare…' }).click();
  await expect(page.getByTestId('compare-dialog')).toBeVisible();
});

test('Fix all whose code cannot be loaded says so and changes nothing', async ({ app: page }) => {
  await pickAdapter(page, /^Ethernet,/);
  await page.route(/\/assets\/profile-actions-[^/]*\.js$/, (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: 'Fix all' }).click();
  await expect(page.getByTestId('notice-error')).toContainText('Could not load Fix all');
  await expect(page.getByTestId('pending-bar')).toContainText('No pending changes');
  await expect(page.getByTestId('review-dialog')).toHaveCount(0);
});
