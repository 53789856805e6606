// The floor for `nicprops show --all --source live` with registry-js: the same enumerateKeys and
// enumerateValues calls the adapter reader makes on the Net class key (each adapter's root, its
// Ndi\params keys, `enum` for enum params, its connection name), and nothing else: no model, no
// output, no bundle. measure.mjs times it as a whole process beside nicprops and reg query.
// Prints { calls, ms } (ms: the calls alone, in-process). Run with wine-node.sh.
'use strict';
const registry = require('registry-js');

const HKLM = registry.HKEY.HKEY_LOCAL_MACHINE;
const NET = '{4D36E972-E325-11CE-BFC1-08002BE10318}';
const CLASS = `SYSTEM\\CurrentControlSet\\Control\\Class\\${NET}`;
const CONNECTIONS = `SYSTEM\\CurrentControlSet\\Control\\Network\\${NET}`;

const started = performance.now();
let calls = 1;
const values = (key) => (calls++, registry.enumerateValues(HKLM, key));
const named = (entries, name) => entries.find((e) => e.name.toLowerCase() === name)?.data;
for (const id of registry.enumerateKeys(HKLM, CLASS).filter((k) => /^\d{4}$/.test(k))) {
  const root = values(`${CLASS}\\${id}`);
  const params = `${CLASS}\\${id}\\Ndi\\params`;
  calls++;
  for (const keyword of registry.enumerateKeys(HKLM, params)) {
    const type = named(values(`${params}\\${keyword}`), 'type');
    if (String(type).trim().toLowerCase() === 'enum') values(`${params}\\${keyword}\\enum`);
  }
  const guid = named(root, 'netcfginstanceid');
  if (guid) values(`${CONNECTIONS}\\${guid}\\Connection`);
}
process.stdout.write(`${JSON.stringify({ calls, ms: performance.now() - started })}\n`);
