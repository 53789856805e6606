/**
 * The fleet report page in Chromium, opened from disk as an administrator would: the chart is
 * drawn and the tables sort, with the page's Content-Security-Policy refusing nothing the page
 * needs (its one hashed script and style) — and the page reaches no network.
 */

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

// Tests run from the project root (as the preview fixtures assume).
const root = path.resolve(process.env.NICPROPS_ROOT ?? process.cwd());
const DEMO = path.join(root, 'electron', 'sources', 'demo', 'demo.reg');

let work = '';
let cli = '';
let report = '';

test.beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'nicprops-fleet-page-'));
  // A private CLI build, so a parallel build of dist/cli cannot pull it away.
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  cli = path.join(mkdtempSync(path.join(root, 'dist', 'cli-e2e-')), 'nicprops.cjs');
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'cli', '--outfile', cli], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);

  // The demo is itself a whole machine's export; variations of it stand for other machines.
  const exports = path.join(work, 'exports');
  mkdirSync(exports);
  const demo = readFileSync(DEMO, 'utf8');
  copyFileSync(DEMO, path.join(exports, 'HV-001.reg'));
  copyFileSync(DEMO, path.join(exports, 'HV-002.reg'));
  writeFileSync(path.join(exports, 'HV-003.reg'), demo.replaceAll('"*RscIPv4"="1"', '"*RscIPv4"="0"'));
  writeFileSync(path.join(exports, 'HV-004 <img src=x onerror=alert(1)>.reg'), demo.replace('"*LsoV2IPv4"="1"', '"*LsoV2IPv4"="0"'));
  writeFileSync(path.join(exports, 'HV-005.reg'), 'not an export');
  const profile = path.join(work, 'baseline.json');
  writeFileSync(
    profile,
    JSON.stringify({
      formatVersion: 1,
      name: 'Intel baseline',
      match: { componentId: ['pci\\ven_8086&dev_15bb*'] },
      settings: [{ keyword: '*LsoV2IPv4', value: '1' }],
    }),
  );

  report = path.join(work, 'fleet.html');
  const run = spawnSync(process.execPath, [cli, 'fleet', exports, '--profile', profile, '--keyword', '*RscIPv4', '--out', report], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(11);
});

test.afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(path.dirname(cli), { recursive: true, force: true });
});

test('the fleet report draws its chart and sorts its tables under its own strict policy, offline', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP refused ${e.violatedDirective} ${e.blockedURI}`));
  });

  await page.goto(pathToFileURL(report).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Fleet report: Intel baseline' })).toBeVisible();

  // The chart: a canvas Chart.js has drawn bars on.
  const canvas = page.locator('#findings-chart');
  await expect(canvas).toBeVisible();
  const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return { width: c.width, height: c.height, painted: n };
  });
  expect(painted.width).toBeGreaterThan(200);
  expect(painted.painted).toBeGreaterThan(1000);

  await page.screenshot({ animations: 'disabled', path: path.join(root, 'reports', 'fleet-report.png') });

  // The hostile machine name is text in a cell, not an element.
  await expect(page.locator('#machines td', { hasText: 'HV-004 <img src=x onerror=alert(1)>' }).first()).toBeVisible();
  expect(await page.locator('body script').count()).toBe(1);

  // Sorting: errors, descending after a second click; the heading says how it is sorted.
  const machines = page.locator('#machines');
  const errorsHeading = machines.locator('thead th').nth(4);
  await errorsHeading.getByRole('button', { name: 'Errors' }).click();
  await expect(errorsHeading).toHaveAttribute('aria-sort', 'ascending');
  await errorsHeading.getByRole('button', { name: 'Errors' }).click();
  await expect(errorsHeading).toHaveAttribute('aria-sort', 'descending');
  const errors = await machines.locator('tbody tr td:nth-child(5)').allTextContents();
  expect(errors.map(Number)).toEqual([...errors.map(Number)].sort((a, b) => b - a));
  expect(Number(errors[0])).toBeGreaterThan(0);

  // Which hosts have RSC off: the asked-for keyword has its own column.
  await expect(machines.locator('thead th').nth(6)).toHaveText('*RscIPv4');

  await machines.scrollIntoViewIfNeeded();
  await page.screenshot({ animations: 'disabled', path: path.join(root, 'reports', 'fleet-report-sorted.png') });
  expect(problems).toEqual([]);
  expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
});
