// Runs inside with-prefix.sh (a seeded WINEPREFIX, one wineserver for every run): times whole
// processes from Linux, alternating the two commands so drift in machine load hits both alike.
//   A: wine node.exe dist/cli/nicprops.cjs show --all --json --source live
//   B: wine reg query "<Net class key>" /s
// One unmeasured warm-up of each first (file cache, first wine start). Prints the runs, both
// medians and A/B. Exit 1 when a run fails or its output is not the whole tree; the ratio target
// (0.35) is reported, not enforced.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runWine, runWineNode } from '../harness.mjs';

const NET_CLASS_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}';
const TARGET = 0.35;
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    adapters: { type: 'string', default: '64' },
    properties: { type: 'string', default: '60' },
    json: { type: 'string' },
    cli: { type: 'string', default: 'dist/cli/nicprops.cjs' },
  },
});
const runs = Number(opts.runs);
const adapters = Number(opts.adapters);
const properties = Number(opts.properties);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function checkCli(r) {
  if (r.code !== 0) throw new Error(`nicprops exited ${r.code}: ${r.stderr}`);
  const all = JSON.parse(r.stdout);
  const props = all.reduce((n, d) => n + d.properties.length, 0);
  if (all.length !== adapters || props !== adapters * properties) throw new Error(`nicprops read ${all.length} adapters / ${props} properties`);
}
function checkReg(r) {
  if (r.code !== 0) throw new Error(`reg query exited ${r.code}: ${r.stderr}`);
  const keys = r.stdout.split(/\r?\n/).filter((l) => l.startsWith('HKEY_')).length;
  if (keys < adapters * properties) throw new Error(`reg query listed only ${keys} keys`);
  return keys;
}

const cli = () => runWineNode([opts.cli, 'show', '--all', '--json', '--source', 'live']);
const query = () => runWine(['reg', 'query', NET_CLASS_KEY, '/s']);

checkCli(await cli());
const keys = checkReg(await query());
const a = [];
const b = [];
for (let i = 0; i < runs; i++) {
  const x = await cli();
  checkCli(x);
  const y = await query();
  checkReg(y);
  a.push(x.ms);
  b.push(y.ms);
  console.log(`run ${i + 1}/${runs}: nicprops ${Math.round(x.ms)} ms, reg query ${Math.round(y.ms)} ms`);
}
const ma = median(a);
const mb = median(b);
const ratio = ma / mb;
console.log(`\nclass key: ${adapters} adapters x ${properties} properties (${keys} keys); ${runs} runs each, alternating, after one warm-up`);
console.log(`nicprops show --all --json --source live   median ${Math.round(ma)} ms`);
console.log(`reg query <class key> /s                   median ${Math.round(mb)} ms`);
console.log(`ratio ${ratio.toFixed(2)} (target <= ${TARGET}: ${ratio <= TARGET ? 'met' : 'NOT met'})`);
if (opts.json) {
  writeFileSync(opts.json, `${JSON.stringify({ adapters, properties, keys, runs, nicpropsMs: a, regQueryMs: b, nicpropsMedianMs: ma, regQueryMedianMs: mb, ratio, target: TARGET }, null, 2)}\n`);
}
