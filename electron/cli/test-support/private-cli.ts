/**
 * The CLI bundle built for one test file, in a folder of its own under dist/cli-test: test files
 * run in parallel, and `scripts/build.mjs cli` empties dist/cli first, so a file that runs
 * dist/cli/nicprops.cjs while another rebuilds it could find it missing. Built by
 * scripts/build.mjs itself (`cli --outfile`), so it is exactly what ships, plugins included.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

/** Build and return the path of a private copy of nicprops.cjs (inside the project, so registry-js resolves). */
export function buildPrivateCli(): string {
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  const dir = mkdtempSync(path.join(root, 'dist', 'cli-test-'));
  const outfile = path.join(dir, 'nicprops.cjs');
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'cli', '--outfile', outfile], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`Building the CLI failed: ${build.stderr}`);
  return outfile;
}

/** Remove a copy made by buildPrivateCli. */
export function removePrivateCli(file: string): void {
  rmSync(path.dirname(file), { recursive: true, force: true });
}
