/**
 * Packaging smoke test, offline:
 *  (a) electron-builder.yml (and the e2e variant) validate against electron-builder's own JSON
 *      schema (node_modules/app-builder-lib/scheme.json);
 *  (b) `electron-builder --linux dir` with a fake unpacked Electron packs the real dist/: the
 *      archive holds main, preload and renderer, the addons of registry-js and native-reg are
 *      unpacked, no UI library ships, and the fuses are flipped as configured. The Forge dev
 *      packager keeps the same files (its ignore filter is checked against this archive).
 * Builds dist/ first when it is missing (CI builds before testing; a fresh checkout need not).
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './ensure-built';
import { createFakeElectronDist } from './fake-electron';

const root = path.resolve(__dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));

const yaml = require('js-yaml') as { load(text: string): unknown };
const Ajv = require('ajv') as new (options: object) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
};
const asar = require('@electron/asar') as { listPackage(archive: string, options?: object): string[] };
const fuses = require('@electron/fuses') as { getCurrentFuseWire(binary: string): Promise<Record<string, number | string>> };
const { getConfig } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: object | null): Promise<Record<string, unknown>>;
};

const electronVersion = (require('electron/package.json') as { version: string }).version;
const builderConfig = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

/** FuseV1Options order and the byte values @electron/fuses writes. */
const FUSE_INDEX = {
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  loadBrowserProcessSpecificV8Snapshot: 6,
  grantFileProtocolExtraPrivileges: 7,
} as const;
const ENABLED = 0x31;
const DISABLED = 0x30;

function validate(config: unknown): string[] {
  const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
  const check = new Ajv({ allErrors: true, strict: false }).compile(schema);
  return check(config) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

describe('electron-builder configuration', () => {
  it('validates against electron-builder’s JSON schema', () => {
    expect(validate(builderConfig)).toEqual([]);
  });

  it('ships Windows as NSIS + portable x64, asInvoker, with unpacked native modules', () => {
    const win = builderConfig.win as { requestedExecutionLevel: string; target: Array<{ target: string; arch: string[] }> };
    expect(win.requestedExecutionLevel).toBe('asInvoker');
    expect(win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(builderConfig.asar).toBe(true);
    expect(builderConfig.asarUnpack).toContain('**/*.node');
  });

  it('resolves the e2e variant to the shipped config with only the inspector fuse turned on', async () => {
    const shipped = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    const e2e = await getConfig(root, path.join(root, 'e2e', 'electron', 'electron-builder.e2e.yml'), null);
    expect(validate({ ...e2e, extends: undefined })).toEqual([]);
    expect(e2e.electronFuses).toEqual({ ...(shipped.electronFuses as object), enableNodeCliInspectArguments: true });
    expect(e2e.win).toEqual(shipped.win);
    expect(e2e.files).toEqual(shipped.files);
    expect((e2e.directories as { output: string }).output).not.toBe((shipped.directories as { output: string }).output);
  });
});

describe('electron-builder --linux dir with a fake Electron', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'nicprops-package-smoke-'));
  const out = path.join(work, 'out');
  const appDir = path.join(out, 'linux-unpacked');
  let files: string[] = [];

  beforeAll(() => {
    ensureBuilt();
    const electronDist = createFakeElectronDist(path.join(work, 'electron-dist'), electronVersion);
    const cli = path.join(path.dirname(require.resolve('electron-builder/package.json')), 'cli.js');
    const run = spawnSync(process.execPath, [cli, '--linux', 'dir', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.directories.output=${out}`], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
    });
    if (run.status !== 0) throw new Error(`electron-builder failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    files = asar.listPackage(path.join(appDir, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replace(/\\/g, '/'));
  }, 600_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('packs main, preload, renderer and package.json into app.asar', () => {
    for (const f of ['/package.json', '/dist/main/index.cjs', '/dist/preload/index.cjs', '/dist/renderer/index.html']) {
      expect(files, f).toContain(f);
    }
  });

  it('unpacks registry-js’s native addon next to the archive', () => {
    const addon = path.join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'registry-js', 'build', 'Release', 'registry.node');
    expect(existsSync(addon)).toBe(true);
    expect(files).toContain('/node_modules/registry-js/dist/lib/index.js');
  });

  it('unpacks native-reg’s win32-x64 prebuild next to the archive, with the loader that finds it', () => {
    const unpacked = path.join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'native-reg', 'prebuilds');
    expect(readdirSync(unpacked)).toEqual(['win32-x64']);
    const addon = path.join(unpacked, 'win32-x64', 'node.napi.node');
    // The very bytes npm shipped: a Windows x64 DLL ("MZ" header, PE machine 0x8664).
    const shipped = readFileSync(require.resolve('native-reg/prebuilds/win32-x64/node.napi.node'));
    expect(readFileSync(addon).equals(shipped)).toBe(true);
    expect(shipped.subarray(0, 2).toString('latin1')).toBe('MZ');
    expect(shipped.readUInt16LE(shipped.readUInt32LE(0x3c) + 4)).toBe(0x8664);
    for (const f of [
      '/node_modules/native-reg/package.json',
      '/node_modules/native-reg/lib/index.js',
      '/node_modules/node-gyp-build/index.js',
      '/node_modules/node-gyp-build/node-gyp-build.js',
    ]) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => f.endsWith('.node')).sort()).toEqual([
      '/node_modules/native-reg/prebuilds/win32-x64/node.napi.node',
      '/node_modules/registry-js/build/Release/registry.node',
    ]);
  });

  it('keeps the same registry module files in a Forge package as electron-builder ships', async () => {
    const forge = (await import('../../forge.config')).default;
    const ignore = (forge.packagerConfig as { ignore: (file: string) => boolean }).ignore;
    const shipped = files.filter((f) => f.startsWith('/node_modules/'));
    expect(shipped.filter((f) => ignore(f))).toEqual([]);
    // Sources and build-only packages stay out. (Forge's filter sees only paths, not the target
    // architecture, so its dev packages keep all three Windows prebuilds; node-gyp-build picks one.)
    for (const f of [
      '/node_modules/native-reg/reg.cc',
      '/node_modules/native-reg/src/index.ts',
      '/node_modules/node-gyp-build/bin.js',
      '/node_modules/node-addon-api/package.json',
    ]) {
      expect(ignore(f), f).toBe(true);
    }
  });

  it('ships no UI library, no build-only dependency, no sources and no source maps', () => {
    const offenders = files.filter(
      (f) =>
        /^\/node_modules\/(react|react-dom|zustand|@fluentui|scheduler|node-addon-api|prebuild-install)(\/|$)/.test(f) ||
        /\.(ts|tsx|map|cc|gyp)$/.test(f) ||
        /^\/(electron|renderer|shared|scripts|e2e)\//.test(f),
    );
    expect(offenders).toEqual([]);
    const modules = new Set(files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/')[2]));
    expect([...modules].sort()).toEqual(['native-reg', 'node-gyp-build', 'registry-js']);
  });

  it('flips the fuses as electronFuses says', async () => {
    const wire = await fuses.getCurrentFuseWire(path.join(appDir, 'nic-advanced-properties'));
    const configured = builderConfig.electronFuses as Record<keyof typeof FUSE_INDEX, boolean>;
    for (const [name, index] of Object.entries(FUSE_INDEX)) {
      expect(wire[index], name).toBe(configured[name as keyof typeof FUSE_INDEX] ? ENABLED : DISABLED);
    }
    expect(wire[FUSE_INDEX.runAsNode]).toBe(DISABLED);
    expect(wire[FUSE_INDEX.onlyLoadAppFromAsar]).toBe(ENABLED);
  });
});
