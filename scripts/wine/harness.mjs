/**
 * Node-side helpers for tests and benchmarks that drive Wine from Linux (for example the CLI
 * tests and `bench:windows-registry`). Run the Node script that uses them under with-prefix.sh,
 * which provides a seeded WINEPREFIX and kills its wineserver afterwards:
 *
 *   scripts/wine/with-prefix.sh --reg seed.reg -- node my-check.mjs
 *
 *   import { runWineNode, runWine } from './scripts/wine/harness.mjs';
 *   const r = await runWineNode(['dist/cli/nicprops.cjs', 'show', '--all', '--json', '--source', 'live']);
 *   // r = { code, stdout, stderr, ms }: stdout/stderr were collected from files (a pipe fails under Wine)
 *   const q = await runWine(['reg', 'query', 'HKLM\\SYSTEM\\...', '/s']);
 *
 * Every function takes { prefix } to use another prefix than $WINEPREFIX, and { env } for more
 * environment variables.
 */

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HARNESS_DIR = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.resolve(HARNESS_DIR, '../..');

/** Z:\path for a Unix path, as Windows programs in Wine see it. */
export function winPath(p) {
  return `Z:${path.resolve(p).replaceAll('/', '\\')}`;
}

function prefixEnv(options) {
  const prefix = options.prefix ?? process.env.WINEPREFIX;
  if (!prefix) throw new Error('No Wine prefix: run under scripts/wine/with-prefix.sh or pass { prefix }');
  return { ...process.env, WINEDEBUG: process.env.WINEDEBUG ?? '-all', WINEPREFIX: prefix, ...options.env };
}

/** Run `command args` with stdout and stderr sent to temp files; resolves { code, stdout, stderr, ms }. */
async function runToFiles(command, args, env, cwd) {
  const dir = await mkdtemp(path.join(tmpdir(), 'nicprops-wine-run-'));
  try {
    const out = path.join(dir, 'stdout');
    const err = path.join(dir, 'stderr');
    const started = performance.now();
    // A shell only for the redirections; the command and arguments are passed as "$@".
    const code = await new Promise((resolve, reject) => {
      const child = spawn('/bin/sh', ['-c', 'out="$1"; err="$2"; shift 2; exec "$@" >"$out" 2>"$err" </dev/null', 'sh', out, err, command, ...args], {
        env,
        cwd: cwd ?? PROJECT_ROOT,
        stdio: 'ignore',
      });
      child.on('error', reject);
      child.on('exit', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
    });
    const ms = performance.now() - started;
    const [stdout, stderr] = await Promise.all([readFile(out, 'utf8'), readFile(err, 'utf8')]);
    return { code, stdout, stderr, ms };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `node.exe args…` under Wine through wine-node.sh (registry-js and native-reg resolve to their Windows builds
 * from any script location). Example args: ['dist/cli/nicprops.cjs', 'adapters', '--json'].
 */
export function runWineNode(args, options = {}) {
  return runToFiles(path.join(HARNESS_DIR, 'wine-node.sh'), args, prefixEnv(options), options.cwd);
}

/** `wine args…` (for example ['reg', 'query', key, '/s'] or ['reg', 'export', key, winPath(file), '/y']). */
export function runWine(args, options = {}) {
  return runToFiles('wine', args, prefixEnv(options), options.cwd);
}
