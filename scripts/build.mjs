#!/usr/bin/env node
// Builds everything `npm start`, the CLI, the preview and the packagers need into dist/:
//   dist/main/index.cjs      Electron main          (external: electron and the registry modules)
//   dist/preload/index.cjs   sandboxed preload      (external: electron; nothing else may be required)
//   dist/cli/nicprops.cjs    the nicprops CLI       (external: the registry modules; runnable with node)
//   dist/preview/server.cjs  browser preview server (external: the registry modules)
//   dist/renderer/           the renderer, by Vite (vite.config.ts)
//
// Usage: node scripts/build.mjs            build all of the above
//        node scripts/build.mjs main preload   build only the named steps (names below)
//        node scripts/build.mjs cli --outfile dist/cli-test-x/nicprops.cjs
//                                              one bundle elsewhere (a test's private copy)
// A missing entry point fails the build.

import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { inlineBundlePlugin } from './inline-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The native registry modules stay outside the bundles: their `.node` files are loaded from
 * node_modules at run time (native-reg finds its prebuild relative to its own folder), and the
 * packagers ship them unpacked from the asar.
 */
const REGISTRY_MODULES = ['registry-js', 'native-reg'];

/** The esbuild bundles. Edit here to add or change an entry point. */
const ENTRIES = [
  {
    name: 'main',
    entry: 'electron/main/index.ts',
    outfile: 'dist/main/index.cjs',
    external: ['electron', ...REGISTRY_MODULES],
  },
  {
    name: 'preload',
    entry: 'electron/preload/index.ts',
    outfile: 'dist/preload/index.cjs',
    external: ['electron'],
    // Sandboxed preloads can require only 'electron' (and a few polyfilled modules); the
    // browser platform makes any Node built-in import a build error instead of a runtime one.
    platform: 'browser',
    target: 'chrome130',
    allowedRequires: ['electron'],
  },
  {
    name: 'cli',
    entry: 'electron/cli/nicprops.ts',
    outfile: 'dist/cli/nicprops.cjs',
    external: REGISTRY_MODULES,
    banner: '#!/usr/bin/env node',
    // Start-up (what the entry reaches through static imports) must not reach what only some
    // commands need: they load it with import() when they run (see electron/cli/nicprops.ts).
    startupExcludes: [
      'electron/cli/commands/',
      'electron/services/fleet/',
      'shared/catalog/',
      'shared/compare/',
      'shared/fleet/',
      'shared/report/',
      'shared/rules/',
      'node_modules/ajv/',
      'node_modules/js-yaml/',
      'node_modules/zod/',
      'inline-bundle:',
      ...REGISTRY_MODULES,
    ],
  },
  {
    name: 'preview',
    entry: 'electron/preview/server.ts',
    outfile: 'dist/preview/server.cjs',
    external: REGISTRY_MODULES,
  },
];

const STEPS = [...ENTRIES.map((e) => e.name), 'renderer'];

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const outfileAt = args.indexOf('--outfile');
const outfileOverride = outfileAt >= 0 ? args[outfileAt + 1] : undefined;
if (outfileAt >= 0 && !outfileOverride) fail('--outfile needs a path');
const requested = outfileAt >= 0 ? args.filter((_, i) => i !== outfileAt && i !== outfileAt + 1) : args;
if (outfileOverride && (requested.length !== 1 || requested[0] === 'renderer')) fail('--outfile builds exactly one esbuild step, e.g. "cli --outfile FILE"');
for (const name of requested) {
  if (!STEPS.includes(name)) fail(`unknown step "${name}"; steps are: ${STEPS.join(', ')}`);
}
const wanted = (name) => requested.length === 0 || requested.includes(name);

const entries = ENTRIES.filter((e) => wanted(e.name)).map((e) => (outfileOverride ? { ...e, outfile: outfileOverride, keepDir: true } : e));
const missing = entries.filter((e) => !existsSync(path.join(root, e.entry)));
if (missing.length > 0) {
  fail(`entry point(s) missing: ${missing.map((e) => `${e.entry} (${e.name})`).join(', ')}`);
}

async function bundle(e) {
  const started = performance.now();
  if (!e.keepDir) rmSync(path.join(root, path.dirname(e.outfile)), { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [e.entry],
    outfile: e.outfile,
    bundle: true,
    platform: e.platform ?? 'node',
    format: 'cjs',
    target: e.target ?? 'node20',
    sourcemap: true,
    external: e.external,
    loader: { '.reg': 'text' },
    plugins: [inlineBundlePlugin],
    banner: e.banner ? { js: e.banner } : undefined,
    define: { 'process.env.NODE_ENV': '"production"' },
    // import() of an external (the registry modules, loaded lazily) becomes require(): Node's ESM
    // loader bypasses the CommonJS resolution Electron's asar and the Wine harness hook (under
    // Wine it failed with "Cannot find package 'registry-js'"). Bundled modules are inlined anyway.
    supported: (e.platform ?? 'node') === 'node' ? { 'dynamic-import': false } : undefined,
    metafile: true,
    logLevel: 'warning',
  });
  // Keyed by the path relative to the root, which for an --outfile elsewhere is not e.outfile.
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint === e.entry);
  if (e.allowedRequires) {
    const bad = (output?.imports ?? []).filter((i) => i.external && !e.allowedRequires.includes(i.path));
    if (bad.length > 0) {
      fail(`${e.outfile} requires ${bad.map((i) => i.path).join(', ')}; only ${e.allowedRequires.join(', ')} may be required there`);
    }
  }
  let startupNote = '';
  if (e.startupExcludes) {
    const startup = staticallyReached(result.metafile, e.entry);
    const bad = [...startup].filter((p) => e.startupExcludes.some((x) => p === x || p.startsWith(x)));
    if (bad.length > 0) fail(`${e.outfile}: start-up statically imports ${bad.join(', ')}; load them with import() where a command needs them`);
    const inputs = Object.entries(output?.inputs ?? {});
    const startupBytes = inputs.reduce((n, [p, i]) => (startup.has(p) ? n + i.bytesInOutput : n), 0);
    startupNote = `, ${(startupBytes / 1024).toFixed(1)} kB of it loaded at start-up`;
  }
  const bytes = output?.bytes ?? 0;
  console.log(`build: ${e.outfile} ${(bytes / 1024).toFixed(1)} kB${startupNote} in ${Math.round(performance.now() - started)} ms`);
}

/** The inputs (and externals) `entry` reaches without import(): what is evaluated when the bundle starts. */
function staticallyReached(metafile, entry) {
  const reached = new Set();
  const stack = [entry];
  while (stack.length > 0) {
    const p = stack.pop();
    if (reached.has(p)) continue;
    reached.add(p);
    for (const i of metafile.inputs[p]?.imports ?? []) if (i.kind !== 'dynamic-import') stack.push(i.path);
  }
  return reached;
}

async function renderer() {
  const started = performance.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  console.log(`build: dist/renderer in ${Math.round(performance.now() - started)} ms`);
}

try {
  await Promise.all(entries.map(bundle));
  if (wanted('renderer')) await renderer();
} catch (error) {
  // esbuild and Vite have already printed the located errors.
  fail(error instanceof Error ? error.message.split('\n')[0] : String(error));
}
