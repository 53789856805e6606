/**
 * Build dist/ once when a test needs it and it is missing. Test files run in parallel
 * processes, so the build is serialized with a lock directory (mkdir is atomic): one process
 * builds, the others wait and then find dist/ complete.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const OUTPUTS = ['dist/main/index.cjs', 'dist/preload/index.cjs', 'dist/renderer/index.html'];
const LOCK = path.join(tmpdir(), `nicprops-build-${Buffer.from(root).toString('hex').slice(-24)}.lock`);
const STALE_MS = 10 * 60_000;

function complete(): boolean {
  return OUTPUTS.every((f) => existsSync(path.join(root, f)));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): void {
  const deadline = Date.now() + STALE_MS;
  while (!complete()) {
    try {
      mkdirSync(LOCK);
    } catch {
      // Someone else is building; take over a lock left behind by a crashed run.
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another build (${LOCK}).`);
      sleep(500);
      continue;
    }
    try {
      if (complete()) return;
      const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
      if (build.status !== 0) throw new Error(`node scripts/build.mjs failed:\n${build.stdout}\n${build.stderr}`);
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
