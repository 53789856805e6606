// Runs inside with-prefix.sh (a seeded WINEPREFIX, one wineserver for every run): times whole
// processes from Linux, alternating the commands so drift in machine load hits all alike.
//   A: wine node.exe dist/cli/nicprops.cjs show --all --json --source live
//   B: wine reg query "<Net class key>" /s
// and, to show where A's time goes (not part of the ratio):
//   S: wine node.exe dist/cli/nicprops.cjs --help   (process and CLI start-up)
//   W: wine node.exe registry-walk.cjs   (A's registry-js calls alone: the floor for A with this API)
// One unmeasured warm-up of each first (file cache, first wine start). Prints the runs, the
// medians and A/B (and W/B). Exit 1 when a run fails or its output is not the whole tree; the ratio
// target (0.35) is reported, not enforced.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HARNESS_DIR, runWine, runWineNode } from '../harness.mjs';

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
const startup = () => runWineNode([opts.cli, '--help']);
const walk = () => runWineNode([path.join(HARNESS_DIR, 'bench', 'registry-walk.cjs')]);
function checkOk(r, what) {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}: ${r.stderr}`);
  return r;
}

checkCli(await cli());
const keys = checkReg(await query());
checkOk(await startup(), 'nicprops --help');
const { calls } = JSON.parse(checkOk(await walk(), 'registry-walk.cjs').stdout);
const a = [];
const b = [];
const s = [];
const w = [];
for (let i = 0; i < runs; i++) {
  const x = await cli();
  checkCli(x);
  const y = await query();
  checkReg(y);
  const z = checkOk(await startup(), 'nicprops --help');
  const v = checkOk(await walk(), 'registry-walk.cjs');
  a.push(x.ms);
  b.push(y.ms);
  s.push(z.ms);
  w.push(v.ms);
  console.log(
    `run ${i + 1}/${runs}: nicprops ${Math.round(x.ms)} ms, reg query ${Math.round(y.ms)} ms, nicprops --help ${Math.round(z.ms)} ms, registry walk ${Math.round(v.ms)} ms`,
  );
}
const ma = median(a);
const mb = median(b);
const ratio = ma / mb;
console.log(`\nclass key: ${adapters} adapters x ${properties} properties (${keys} keys); ${runs} runs each, alternating, after one warm-up`);
console.log(`nicprops show --all --json --source live   median ${Math.round(ma)} ms`);
console.log(`reg query <class key> /s                   median ${Math.round(mb)} ms`);
console.log(`ratio ${ratio.toFixed(2)} (target <= ${TARGET}: ${ratio <= TARGET ? 'met' : 'NOT met'})`);
const ms = median(s);
const mw = median(w);
console.log(
  `where the time goes: nicprops --help (start-up) median ${Math.round(ms)} ms; the same ${calls} registry-js calls alone, whole process, median ${Math.round(mw)} ms (ratio ${(mw / mb).toFixed(2)}: the floor with this API)`,
);
if (opts.json) {
  writeFileSync(
    opts.json,
    `${JSON.stringify({ adapters, properties, keys, runs, nicpropsMs: a, regQueryMs: b, nicpropsMedianMs: ma, regQueryMedianMs: mb, ratio, target: TARGET, startupMs: s, startupMedianMs: ms, registryWalkCalls: calls, registryWalkMs: w, registryWalkMedianMs: mw }, null, 2)}\n`,
  );
}
