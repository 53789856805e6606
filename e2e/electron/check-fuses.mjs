#!/usr/bin/env node
// Asserts the fuses of a packaged executable equal electronFuses in electron-builder.yml.
// Usage: node e2e/electron/check-fuses.mjs "out/win-unpacked/NIC Advanced Properties.exe"
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const yaml = require('js-yaml');
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');

const exe = process.argv[2];
if (!exe) {
  console.error('usage: check-fuses.mjs <path to packaged executable>');
  process.exit(2);
}
const expected = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')).electronFuses;
// electron-builder.yml key -> FuseV1Options name
const NAMES = {
  runAsNode: 'RunAsNode',
  enableCookieEncryption: 'EnableCookieEncryption',
  enableNodeOptionsEnvironmentVariable: 'EnableNodeOptionsEnvironmentVariable',
  enableNodeCliInspectArguments: 'EnableNodeCliInspectArguments',
  enableEmbeddedAsarIntegrityValidation: 'EnableEmbeddedAsarIntegrityValidation',
  onlyLoadAppFromAsar: 'OnlyLoadAppFromAsar',
  loadBrowserProcessSpecificV8Snapshot: 'LoadBrowserProcessSpecificV8Snapshot',
  grantFileProtocolExtraPrivileges: 'GrantFileProtocolExtraPrivileges',
};
const wire = await getCurrentFuseWire(path.resolve(root, exe));
let failed = 0;
for (const [key, want] of Object.entries(expected)) {
  const index = FuseV1Options[NAMES[key]];
  const actual = wire[index] === 0x31 ? true : wire[index] === 0x30 ? false : `state ${wire[index]}`;
  const ok = actual === want;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${NAMES[key]}: ${actual} (want ${want})`);
}
process.exit(failed ? 1 : 0);
