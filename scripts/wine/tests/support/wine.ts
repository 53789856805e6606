/**
 * Helpers for the `*.wine-test.ts` files: they run inside `wine node.exe` (process.platform is
 * 'win32'), so everything here is Windows-side: `reg.exe` from the prefix, the CLI under this same
 * node.exe, Windows temp folders. Not a test file itself (no `.wine-test.ts` suffix).
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import type { RegistryEntry, RegistryValue } from '../../../../shared/model/registry-value';
import { decodeRegBytes } from '../../../../electron/sources/reg-file/decode-reg-bytes';
import { parseReg } from '../../../../electron/sources/reg-file/parse-reg';
import type { RegDocument } from '../../../../electron/sources/reg-file/reg-document';

export const REG_EXE = path.win32.join(process.env.SystemRoot ?? 'C:\\windows', 'System32', 'reg.exe');

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Z:\path for a Unix path handed over by the harness (Wine maps Z: to /). */
function windowsPath(p: string): string {
  return /^[A-Za-z]:\\/.test(p) ? p : `Z:${p.replaceAll('/', '\\')}`;
}

function required(name: string): string {
  const v = process.env[name];
  assert.ok(v, `${name} is not set: run through scripts/wine/run-tests.sh`);
  return v;
}

/** The CLI bundle run-tests.sh built from electron/cli/nicprops.ts. */
export function cliPath(): string {
  return windowsPath(required('NICPROPS_CLI'));
}

/** Folder of this test's Linux-side prepare step output (tests/<name>.prepare.mjs). */
export function testDataDir(): string {
  return windowsPath(required('WINE_TEST_DATA'));
}

/**
 * `nicprops args…` under this node.exe, preloading the harness's registry-js resolver (as
 * wine-node.sh does), so the child uses the real registry through the Windows-side registry modules.
 */
export function runCli(args: readonly string[]): RunResult {
  const resolver = path.win32.join(windowsPath(required('WINE_HARNESS_DIR')), 'resolve-registry-modules.cjs');
  const r = spawnSync(process.execPath, ['-r', resolver, cliPath(), ...args], {
    encoding: 'utf8',
    windowsHide: true,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `nicprops … --json`, asserting exit 0; the parsed JSON. */
export function cliJson<T = unknown>(args: readonly string[]): T {
  const r = runCli([...args, '--json']);
  assert.equal(r.code, 0, `nicprops ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** `reg.exe args…` (no shell). */
export function reg(args: readonly string[]): RunResult {
  const r = spawnSync(REG_EXE, [...args], { encoding: 'utf8', windowsHide: true, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `reg query <key> /v <name>` (or /ve): type and data column, or null when reg finds no such value. */
export function regQuery(key: string, name: string): { type: string; data: string } | null {
  const r = reg(['query', key, ...(name === '' ? ['/ve'] : ['/v', name])]);
  if (r.code !== 0) return null;
  const line = r.stdout.split(/\r?\n/).find((l) => /^ {4}.* {4}REG_[A-Z_]+( {4}|$)/.test(l));
  assert.ok(line, `reg query printed no value line: ${r.stdout}`);
  const m = /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/.exec(line)!;
  return { type: m[2]!, data: m[3] ?? '' };
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `${prefix}-`));
}

/** `reg export <key> <file> /y`: the file's raw bytes (UTF-16LE with BOM). */
export function regExportBytes(key: string): Buffer {
  const dir = makeTempDir('wine-test-export');
  try {
    const file = path.join(dir, 'export.reg');
    const r = reg(['export', key, file, '/y']);
    assert.equal(r.code, 0, `reg export ${key} failed: ${r.stdout}${r.stderr}`);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A key of a parsed export: its path as written and its values in file order. */
export interface ExportedKey {
  readonly path: string;
  readonly values: RegistryEntry[];
}

/** Keys of a parsed `.reg` document by lower-case path, in file order (later sections merge). */
export function keysOf(doc: RegDocument): Map<string, ExportedKey> {
  const keys = new Map<string, ExportedKey>();
  const at = (p: string) => {
    const k = p.toLowerCase();
    let e = keys.get(k);
    if (!e) keys.set(k, (e = { path: p, values: [] }));
    return e;
  };
  for (const op of doc.operations) {
    if (op.op === 'open-key') at(op.path);
    else if (op.op === 'set-value') at(op.path).values.push({ name: op.name, value: op.value });
    else assert.fail(`unexpected ${op.op} in an export`);
  }
  return keys;
}

/** `reg export` of a subtree read back by the project's reader (decodeRegBytes + parseReg). */
export function regExportTree(key: string): Map<string, ExportedKey> {
  return keysOf(parseReg(decodeRegBytes(regExportBytes(key)), `reg export of ${key}`));
}

/** Values as a set: sorted by lower-case name, so two reads compare whatever their order. */
export function valueSet(values: readonly RegistryEntry[]): [string, RegistryValue][] {
  return values
    .map((v): [string, RegistryValue] => [v.name, v.value])
    .sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
}

/** A whole tree as plain data with values as sets: { lower-case path: [[name, value]…] }. */
export function treeAsSets(tree: ReadonlyMap<string, ExportedKey>): Record<string, [string, RegistryValue][]> {
  return Object.fromEntries([...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, valueSet(v.values)]));
}
