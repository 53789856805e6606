/**
 * Preloaded (`node.exe -r`) by wine-node.sh: makes `require('registry-js')` and
 * `require('native-reg')` load the Windows-side copies in the harness cache (registry-js built by
 * MinGW, native-reg with the win32-x64 prebuild npm ships) from wherever the requiring file is,
 * including dist/cli/nicprops.cjs and bundles inside the project, where Node would otherwise find
 * the project's node_modules first (for registry-js a Linux ELF module that Windows cannot load).
 * Plain CommonJS: it runs before anything is bundled or compiled.
 */
'use strict';
const Module = require('node:module');

const targets = {
  'registry-js': process.env.NICPROPS_WINE_REGISTRY_JS,
  'native-reg': process.env.NICPROPS_WINE_NATIVE_REG,
};
for (const [name, target] of Object.entries(targets)) {
  if (!target) throw new Error(`The Windows-side ${name} is not set (run through scripts/wine/wine-node.sh)`);
}

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  for (const [name, target] of Object.entries(targets)) {
    if (request === name || request.startsWith(`${name}/`)) return resolve.call(this, target + request.slice(name.length), ...rest);
  }
  return resolve.call(this, request, ...rest);
};
