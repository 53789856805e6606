/**
 * The CLI bundle built for one test file, in a folder of its own under dist/cli-test: test files
 * run in parallel, and `scripts/build.mjs cli` empties dist/cli first, so a file that runs
 * dist/cli/nicprops.cjs while another rebuilds it could find it missing. Same esbuild options as
 * the `cli` entry of scripts/build.mjs.
 */

import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

/** Build and return the path of a private copy of nicprops.cjs (inside the project, so registry-js resolves). */
export function buildPrivateCli(): string {
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  const dir = mkdtempSync(path.join(root, 'dist', 'cli-test-'));
  const outfile = path.join(dir, 'nicprops.cjs');
  buildSync({
    absWorkingDir: root,
    entryPoints: ['electron/cli/nicprops.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['registry-js'],
    loader: { '.reg': 'text' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return outfile;
}

/** Remove a copy made by buildPrivateCli. */
export function removePrivateCli(file: string): void {
  rmSync(path.dirname(file), { recursive: true, force: true });
}
