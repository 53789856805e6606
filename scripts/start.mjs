#!/usr/bin/env node
// `npm start`: the Electron app through `electron-forge start` where the Electron runtime
// exists; otherwise one line saying why, then the browser preview (same UI, same handlers).
// Arguments after `--` go to the preview server (e.g. `npm start -- --source my.reg`).
//
// The runtime check never calls require('electron'): on a machine without the runtime that
// call starts a download, which hangs or throws offline.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** Why the Electron runtime cannot be used here, or null when it can. */
function electronUnavailableReason() {
  const pkg = path.join(root, 'node_modules', 'electron');
  if (!existsSync(path.join(pkg, 'package.json'))) return 'the electron package is not installed';
  let relative;
  try {
    relative = readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
  } catch {
    return 'node_modules/electron/dist was never downloaded';
  }
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(pkg, 'dist');
  if (!existsSync(path.join(dist, relative))) return `no Electron binary at ${path.relative(root, path.join(dist, relative))}`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'no display (DISPLAY is not set)';
  return null;
}

/** Run a child with inherited stdio and exit with its code; Ctrl+C reaches it directly. */
function runAndExit(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/**
 * Electron 42+ fetches its runtime on first use rather than at install: try that once (it fails
 * within a second where there is no network), then look again.
 */
function fetchRuntime() {
  const install = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(install)) return;
  spawnSync(process.execPath, [install], { cwd: root, stdio: 'ignore', timeout: 300_000 });
}

let reason = electronUnavailableReason();
if (reason === 'node_modules/electron/dist was never downloaded') {
  fetchRuntime();
  reason = electronUnavailableReason();
  if (reason !== null) reason = 'its download failed - no network?';
}
if (reason === null) {
  // Forge's generateAssets hook runs scripts/build.mjs before launching.
  runAndExit(process.execPath, [path.join(root, 'node_modules', '@electron-forge', 'cli', 'dist', 'electron-forge.js'), 'start']);
} else {
  console.log(`Electron runtime not available here (${reason}); serving the browser preview instead.`);
  const server = path.join(root, 'dist', 'preview', 'server.cjs');
  if (!existsSync(server) || !existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  runAndExit(process.execPath, [server, ...args]);
}
