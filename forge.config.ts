/**
 * Electron Forge: the DEVELOPMENT LOOP only (`electron-forge start`, via `npm start`).
 *
 * Who owns what
 *   Forge (this file): `electron-forge start` — runs the build (generateAssets hook) and
 *     launches Electron on this repo (package.json "main" = dist/main/index.cjs). No makers,
 *     no publishers; `electron-forge package` works as a dev convenience only.
 *   electron-builder (electron-builder.yml): everything that ships — NSIS installer, portable
 *     exe, the `--win dir` tree the Windows e2e tests run, asar, native-module unpacking, fuses.
 *   Why: one owner for installers, so asar/unpack/fuse/native-module settings cannot drift
 *     between two packagers (style anchors H); electron-builder's config is schema-checked
 *     offline by scripts/package-smoke. The packagerConfig and fuses below mirror
 *     electron-builder.yml so a Forge-packaged build is never weaker than the shipped one.
 *
 * Forge 7.11.2 needs the `@electron/node-gyp` override in package.json to install offline, and
 * must stay on 7.x while the project runs on Node 20 (toolchain notes).
 */

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Paths (relative to the app, leading "/") that go into a Forge package. */
const KEEP = [
  /^\/package\.json$/,
  /^\/dist(\/(?!.*\.map$).*)?$/,
  /^\/node_modules$/,
  /^\/node_modules\/registry-js(\/(package\.json|dist(\/lib(\/[^/]+\.js)?)?|build(\/Release(\/registry\.node)?)?))?$/,
  /^\/node_modules\/native-reg(\/(package\.json|lib(\/[^/]+\.js)?|prebuilds(\/win32-[^/]+(\/[^/]+\.node)?)?))?$/,
  /^\/node_modules\/node-gyp-build(\/(package\.json|index\.js|node-gyp-build\.js))?$/,
];

const config: ForgeConfig = {
  packagerConfig: {
    asar: { unpack: '**/*.node' },
    icon: path.join(root, 'build', 'icon'),
    // Keep only the build output, package.json and the registry modules (JS + addons, as
    // electron-builder.yml ships them). Packager prunes devDependencies itself; everything the
    // renderer needs was bundled by Vite.
    ignore: (file: string) => file !== '' && !KEEP.some((re) => re.test(file)),
  },
  // registry-js and native-reg are N-API: the addons npm built or shipped load in Electron
  // unchanged, and rebuilding them would download Electron headers. Skip both.
  rebuildConfig: { ignoreModules: ['registry-js', 'native-reg'] },
  makers: [],
  hooks: {
    // Runs before `start` and `package`: one build for both (scripts/build.mjs).
    generateAssets: async () => {
      execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    },
  },
  plugins: [
    // Same fuses as electronFuses in electron-builder.yml (checklist #19). Applied when
    // packaging; `start` runs the stock Electron binary.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    }),
  ],
};

export default config;
