// Run a TypeScript entry point with Node: bundle it with esbuild (the same loaders as the app
// build, `.reg` as text), then execute the bundle. Used for benchmarks and small tools.
import { build } from 'esbuild';
import { inlineBundlePlugin } from './inline-bundle.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args…]');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'run-ts-'));
const outfile = join(dir, 'entry.cjs');
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile,
  loader: { '.reg': 'text' },
  plugins: [inlineBundlePlugin],
  external: ['registry-js', 'native-reg', 'electron', '@playwright/test', 'playwright', 'playwright-core'],
  // import() of an external stays require(), as in scripts/build.mjs.
  supported: { 'dynamic-import': false },
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
