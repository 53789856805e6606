/**
 * Preloaded (`node.exe -r`) by wine-node.sh: makes `require('registry-js')` load the MinGW build
 * of the project's registry-js (Windows-side copy in the harness cache) from wherever the
 * requiring file is, including dist/cli/nicprops.cjs and bundles inside the project, where Node
 * would otherwise find the project's node_modules/registry-js first (a Linux ELF module that
 * Windows cannot load). Plain CommonJS: it runs before anything is bundled or compiled.
 */
'use strict';
const Module = require('node:module');

const target = process.env.NICPROPS_WINE_REGISTRY_JS;
if (!target) throw new Error('NICPROPS_WINE_REGISTRY_JS is not set (run through scripts/wine/wine-node.sh)');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'registry-js' || request.startsWith('registry-js/')) {
    return resolve.call(this, target + request.slice('registry-js'.length), ...rest);
  }
  return resolve.call(this, request, ...rest);
};
