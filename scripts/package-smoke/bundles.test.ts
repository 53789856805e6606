/**
 * The built bundles, not the sources: dist/main/index.cjs starts against a fake `electron`,
 * registers every channel before loading app://renderer, answers with the inlined demo data
 * and serves dist/renderer with the CSP header; dist/preload/index.cjs requires nothing but
 * `electron` and exposes only window.api. Builds dist/ first when it is missing.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { ensureBuilt } from './ensure-built';

const root = path.resolve(__dirname, '..', '..');
const runner = path.join(__dirname, 'run-bundle-with-fake-electron.cjs');
const userData = mkdtempSync(path.join(tmpdir(), 'nicprops-bundle-test-'));

function run(kind: 'main' | 'preload'): Record<string, unknown> {
  const child = spawnSync(process.execPath, [runner, kind, userData], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  if (child.status !== 0) throw new Error(`${kind} bundle failed:\n${child.stderr}`);
  const lastLine = child.stdout.trim().split('\n').at(-1)!;
  return JSON.parse(lastLine) as Record<string, unknown>;
}

beforeAll(ensureBuilt, 600_000);

afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('dist/main/index.cjs', () => {
  it('starts, answers every channel and serves the renderer', () => {
    const result = run('main') as {
      log: string[];
      channels: string[];
      info: unknown;
      adapterCount: number;
      index: { status: number; csp: string; hasRoot: boolean };
      requested: string[];
    };
    expect(result.channels).toEqual([...INVOKE_CHANNELS].sort());
    expect(result.log).toContain('loadURL app://renderer/index.html');
    expect(result.log.filter((l) => l.startsWith('error') || l.startsWith('exit'))).toEqual([]);
    expect(result.info).toMatchObject({ ok: true, value: { kind: 'demo', runtime: 'electron' } });
    expect(result.adapterCount).toBeGreaterThanOrEqual(6);
    expect(result.index).toMatchObject({ status: 200, hasRoot: true });
    expect(result.index.csp).toContain("script-src 'self'");
    // Only electron, the registry modules and Node built-ins are left for runtime resolution.
    expect(result.requested.filter((r) => !['electron', 'registry-js', 'native-reg'].includes(r) && !r.startsWith('node:'))).toEqual([]);
  });
});

describe('dist/preload/index.cjs', () => {
  it('requires only electron and exposes window.api with one-argument calls', () => {
    const result = run('preload') as { exposedAs: string; keys: string[]; invoked: unknown; requested: string[] };
    expect(result.exposedAs).toBe('api');
    expect(result.keys).toEqual(['adapters', 'app', 'changes', 'compare', 'globals', 'history', 'onMenuCommand', 'profiles', 'report', 'source']);
    expect(result.invoked).toEqual({ invoked: ['adapters:get', { adapterId: '0007' }] });
    expect(result.requested).toEqual(['electron']);
  });
});
