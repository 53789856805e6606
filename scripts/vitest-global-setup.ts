/**
 * Vitest global setup, run once before any test file: several test files spawn the nicprops
 * bundle and the preview server as they ship (dist/cli, dist/preview), so both are rebuilt here
 * from the current code, once.
 * Building them from each file would race: a build empties dist/cli before writing it. The rest
 * of dist/ is built when missing, so the packaging tests never start a full build (which empties
 * dist/cli too) while CLI tests run.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from './package-smoke/ensure-built';

export default function setup(): () => void {
  ensureBuilt();
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'cli', 'preview'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`node scripts/build.mjs cli preview failed:\n${build.stdout}${build.stderr}`);
  // Every temporary folder the tests and the processes they start make goes into one folder per
  // run, removed at the end: a test that fails before its own clean-up leaves nothing in /tmp.
  const runDir = mkdtempSync(join(tmpdir(), 'nicprops-vitest-'));
  process.env.TMPDIR = runDir;
  return () => rmSync(runDir, { recursive: true, force: true });
}
