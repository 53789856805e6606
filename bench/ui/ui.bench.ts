/**
 * UI figures: renderer JS size — what the page loads to start (the target: < 250 kB gzip) and in all —,
 * navigation → interactive property list (demo and a generated 64 adapters x 60 properties source),
 * and the median time to switch adapters (target < 50 ms).
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateLargeSource } from '../generate-large-source';
import { startServer } from '../../e2e/preview/fixtures';
import { kB, rendererSizes, sum } from './renderer-size';

const ROOT = resolve(process.env.NICPROPS_ROOT ?? process.cwd());
const RUNS = 5;
const SWITCHES = 40;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

/** The renderer scripts the page requests from navigation until `done` resolves, as file names. */
async function scriptsLoadedDuring(page: Page, done: () => Promise<unknown>): Promise<string[]> {
  const names = new Set<string>();
  const onRequest = (r: { url(): string }) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/assets/') && path.endsWith('.js')) names.add(basename(path));
  };
  page.on('request', onRequest);
  try {
    await done();
  } finally {
    page.off('request', onRequest);
  }
  return [...names].sort();
}

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
  const sizes = rendererSizes(join(ROOT, 'dist', 'renderer'));
  const all = [...sizes.startup, ...sizes.onDemand];
  const lines = [
    `renderer JS at start-up (entry chunk + its static imports, ${files(sizes.startup.length)}): ${kB(sum(sizes.startup, 'raw'))} raw, ${kB(sum(sizes.startup, 'gzip'))} gzip (target < 250 kB gzip)`,
    `renderer JS in all (${files(all.length)}): ${kB(sum(all, 'raw'))} raw, ${kB(sum(all, 'gzip'))} gzip; loaded on first use: ${kB(sum(sizes.onDemand, 'gzip'))} gzip in ${sizes.onDemand.length} chunks`,
  ];

  const demo = await startServer([]);
  const dir = mkdtempSync(join(tmpdir(), 'nicprops-bench-'));
  const largeFile = join(dir, 'large-64x60.reg');
  writeFileSync(largeFile, generateLargeSource(64, 60), 'utf8');
  const large = await startServer([largeFile]);
  try {
    // The start-up figure is only true if the page needs nothing else before its list is interactive.
    const demoTimes: number[] = [];
    const loaded = await scriptsLoadedDuring(page, async () => demoTimes.push(await timeToInteractive(page, demo.url)));
    expect(loaded, 'scripts loaded before the property list was interactive').toEqual(sizes.startup.map((s) => s.file).sort());
    for (let i = 1; i < RUNS; i++) demoTimes.push(await timeToInteractive(page, demo.url));
    lines.push(`navigation → interactive property list, demo: median ${fmt(median(demoTimes))} (${RUNS} runs)`);
    const demoSwitch = await switchTimes(page, SWITCHES);

    const largeTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) largeTimes.push(await timeToInteractive(page, large.url));
    lines.push(`navigation → interactive property list, 64 adapters x 60 properties: median ${fmt(median(largeTimes))} (${RUNS} runs)`);
    await page.getByRole('checkbox', { name: 'Show hidden' }).check();
    const largeSwitch = await switchTimes(page, SWITCHES);
    const warm = await switchTimes(page, SWITCHES);
    lines.push(`adapter switch, demo: median ${fmt(median(demoSwitch))} (${SWITCHES} switches)`);
    lines.push(
      `adapter switch, 64x60 first visits (fetch + render): median ${fmt(median(largeSwitch))}; revisits: median ${fmt(median(warm))} (target < 50 ms)`,
    );
  } finally {
    demo.child.kill('SIGTERM');
    large.child.kill('SIGTERM');
    rmSync(demo.dir, { recursive: true, force: true });
    rmSync(large.dir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n${lines.join('\n')}\n`);
});
