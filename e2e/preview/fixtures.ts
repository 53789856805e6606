/**
 * A preview server per test: `node dist/preview/server.cjs --port 0 --journal <tmp> [--source f.reg…]`.
 * `PREVIEW_SERVER` / `PREVIEW_RENDERER_DIR` override the paths (e.g. to test a build elsewhere).
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export interface Preview {
  readonly url: string;
  readonly token: string;
  /** POST /api/<channel> with the token, as the renderer does. */
  api<T = unknown>(channel: string, body?: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }>;
}

/** The repository root: tests run from it (npm scripts do). */
const ROOT = resolve(process.env.NICPROPS_ROOT ?? process.cwd());
/** Files used by the journeys. */
export const FIXTURES = join(ROOT, 'e2e', 'preview', 'fixtures');
const SERVER = process.env.PREVIEW_SERVER ?? join(ROOT, 'dist', 'preview', 'server.cjs');

export async function startServer(sources: readonly string[]): Promise<{ child: ChildProcess; url: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'nicprops-e2e-'));
  const args = [SERVER, '--port', '0', '--journal', join(dir, 'journal')];
  if (process.env.PREVIEW_RENDERER_DIR) args.push('--renderer-dir', process.env.PREVIEW_RENDERER_DIR);
  for (const s of sources) args.push('--source', s);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`preview server did not start:\n${out}`)), 15_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`preview server exited with ${code}:\n${out}`));
    });
  });
  return { child, url, dir };
}

export const test = base.extend<{ sources: string[]; preview: Preview; app: Page }>({
  sources: [[], { option: true }],
  preview: async ({ sources, playwright }, use) => {
    const { child, url, dir } = await startServer(sources);
    const request = await playwright.request.newContext();
    const html = await (await request.get(url)).text();
    const token = /name="nicprops-token" content="([^"]+)"/.exec(html)?.[1] ?? '';
    await use({
      url,
      token,
      async api(channel, body = {}) {
        const r = await request.post(`${url}api/${channel}`, { data: body, headers: { 'X-Nicprops-Token': token } });
        return r.json();
      },
    });
    await request.dispose();
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  },
  /** The app open on the first adapter, property list ready. */
  app: async ({ page, preview }, use) => {
    await page.goto(preview.url);
    await expect(page.getByRole('grid', { name: /Advanced properties of/ })).toBeVisible();
    await use(page);
  },
});

export { expect };

/** The row of a property in the Advanced list, by keyword. */
export function row(page: Page, keyword: string) {
  return page.locator(`[role="row"][data-keyword="${keyword}"]`);
}

/** Select an adapter in the left list by its visible name. */
export async function pickAdapter(page: Page, name: RegExp | string) {
  const option = page.getByRole('listbox', { name: 'Adapters' }).getByRole('option', { name });
  await option.click();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('property-grid')).toBeVisible();
}
