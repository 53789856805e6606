/**
 * UI figures: renderer JS size (raw, gzip), navigation → interactive property list (demo and a generated
 * 64 adapters x 60 properties source), and the median time to switch adapters. Targets: < 250 kB gzip,
 * switch < 50 ms median.
 */

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { generateLargeSource } from '../generate-large-source';
import { startServer } from '../../e2e/preview/fixtures';

const ROOT = resolve(process.env.NICPROPS_ROOT ?? process.cwd());
const RUNS = 5;
const SWITCHES = 40;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/** From navigation start to a property list whose first row can be selected. */
async function timeToInteractive(page: Page, url: string): Promise<number> {
  const t0 = Date.now();
  await page.goto(url);
  const first = page.locator('[role="row"][data-keyword]').first();
  await first.waitFor();
  await first.click();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  return Date.now() - t0;
}

/** Median time, measured in the page, from clicking an adapter to its property list painted. */
async function switchTimes(page: Page, count: number): Promise<number[]> {
  const ids = await page.locator('[role="option"][data-adapter-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-adapter-id') ?? ''));
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = ids[(i + 1) % ids.length] ?? '';
    const ms = await page.evaluate(
      (target) =>
        new Promise<number>((done) => {
          const t0 = performance.now();
          const ready = () => {
            const grid = document.querySelector('[data-testid="property-grid"]');
            return grid?.getAttribute('data-adapter-id') === target && grid.querySelector('[role="row"][data-keyword]') !== null;
          };
          (document.querySelector(`[data-adapter-id="${target}"][role="option"]`) as HTMLElement).click();
          const poll = () => {
            if (ready()) requestAnimationFrame(() => done(performance.now() - t0));
            else requestAnimationFrame(poll);
          };
          poll();
        }),
      id,
    );
    times.push(ms);
  }
  return times;
}

test('renderer size, time to interactive, adapter switch', async ({ page }) => {
  const assets = join(ROOT, 'dist', 'renderer', 'assets');
  let raw = 0;
  let gz = 0;
  for (const f of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const bytes = readFileSync(join(assets, f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  const lines = [`renderer JS: ${(raw / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gzip (target < 250 kB gzip)`];

  const demo = await startServer([]);
  const dir = mkdtempSync(join(tmpdir(), 'nicprops-bench-'));
  const largeFile = join(dir, 'large-64x60.reg');
  writeFileSync(largeFile, generateLargeSource(64, 60), 'utf8');
  const large = await startServer([largeFile]);
  try {
    const demoTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) demoTimes.push(await timeToInteractive(page, demo.url));
    lines.push(`navigation → interactive property list, demo: median ${fmt(median(demoTimes))} (${RUNS} runs)`);
    const demoSwitch = await switchTimes(page, SWITCHES);

    const largeTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) largeTimes.push(await timeToInteractive(page, large.url));
    lines.push(`navigation → interactive property list, 64 adapters x 60 properties: median ${fmt(median(largeTimes))} (${RUNS} runs)`);
    await page.getByRole('checkbox', { name: 'Show hidden' }).check();
    const largeSwitch = await switchTimes(page, SWITCHES);
    const warm = await switchTimes(page, SWITCHES);
    lines.push(`adapter switch, demo: median ${fmt(median(demoSwitch))} (${SWITCHES} switches)`);
    lines.push(`adapter switch, 64x60 first visits (fetch + render): median ${fmt(median(largeSwitch))}; revisits: median ${fmt(median(warm))} (target < 50 ms)`);
  } finally {
    demo.child.kill('SIGTERM');
    large.child.kill('SIGTERM');
    rmSync(demo.dir, { recursive: true, force: true });
    rmSync(large.dir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n${lines.join('\n')}\n`);
});
