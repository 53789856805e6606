// Runs inside with-prefix.sh on the write seed (generate.ts --install-values): whole-process
// times of the nicprops writes a driver QA engineer makes, each under `wine node.exe`:
//   set      one value                                  nicprops set 0001 *JumboPacket=N
//   20 + NP  a change set of 10 values and 10 Not Present nicprops set 0002 ... --not-present ...
//   reset    every property of a 60-property adapter     nicprops reset 0004
//   undo     of that reset                               nicprops undo
//   show     show --all --json on these adapter keys (two REG_BINARY values each, as on Windows)
// One unmeasured warm-up round first; then --runs rounds. Between timed runs of the change set an
// untimed `set` gives the ten Not Present properties a value again, so every run deletes ten
// values. Every timed run must exit 0 and say it applied; prints each run and the medians.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runWineNode, winPath } from '../harness.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    cli: { type: 'string', default: 'dist/cli/nicprops.cjs' },
    json: { type: 'string' },
    label: { type: 'string', default: '' },
  },
});
const runs = Number(opts.runs);
const journal = mkdtempSync(path.join(tmpdir(), 'nicprops-bench-journal-'));
const common = ['--source', 'live', '--json', '--journal', winPath(journal)];
const ENUMS = [
  '*IPChecksumOffloadIPv4',
  '*TCPChecksumOffloadIPv4',
  '*TCPChecksumOffloadIPv6',
  '*UDPChecksumOffloadIPv4',
  '*UDPChecksumOffloadIPv6',
  '*LsoV2IPv4',
  '*LsoV2IPv6',
  '*RSS',
  '*FlowControl',
  '*InterruptModeration',
  '*PriorityVLANTag',
  '*JumboPacket',
  '*SpeedDuplex',
  '*RscIPv4',
  '*RscIPv6',
  '*VMQ',
  '*SRIOV',
  '*QOS',
  '*WakeOnMagicPacket',
  '*WakeOnPattern',
];
const SET_TEN = ENUMS.slice(0, 10);
const NOT_PRESENT_TEN = ENUMS.slice(10, 20);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function nicprops(args, { expectApplied = true } = {}) {
  const r = await runWineNode([opts.cli, ...args, ...common]);
  if (r.code !== 0) throw new Error(`nicprops ${args.join(' ')} exited ${r.code}: ${r.stderr.trim()}`);
  if (expectApplied) {
    const out = JSON.parse(r.stdout);
    if (!(out.applied === true || typeof out.undone === 'string')) throw new Error(`nicprops ${args.join(' ')} applied nothing: ${r.stdout.slice(0, 300)}`);
  }
  return r.ms;
}

const ops = {
  set: (i) => nicprops(['set', '0001', `*JumboPacket=${i % 4}`]),
  changeSet: async (i) => {
    // Untimed: give the ten Not Present properties a value, so the timed run deletes ten values.
    await nicprops(['set', '0002', ...NOT_PRESENT_TEN.map((k) => `${k}=${(i + 1) % 4}`)]);
    return nicprops(['set', '0002', ...SET_TEN.map((k) => `${k}=${i % 4}`), '--not-present', ...NOT_PRESENT_TEN]);
  },
  reset: () => nicprops(['reset', '0004']),
  undo: () => nicprops(['undo']),
  show: () => nicprops(['show', '--all'], { expectApplied: false }),
};
const times = Object.fromEntries(Object.keys(ops).map((k) => [k, []]));
try {
  for (let i = 0; i <= runs; i++) {
    const round = {};
    for (const [name, op] of Object.entries(ops)) round[name] = await op(i);
    if (i === 0) continue; // warm-up
    for (const [name, ms] of Object.entries(round)) times[name].push(ms);
    console.log(
      `run ${i}/${runs}: ${Object.entries(round)
        .map(([k, ms]) => `${k} ${Math.round(ms)} ms`)
        .join(', ')}`,
    );
  }
} finally {
  rmSync(journal, { recursive: true, force: true });
}
const medians = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
console.log(`\nnicprops writes under Wine${opts.label ? ` (${opts.label})` : ''}, medians of ${runs} runs after one warm-up (whole processes):`);
console.log(`  set of one value                               ${Math.round(medians.set)} ms`);
console.log(`  set of 10 values + 10 Not Present              ${Math.round(medians.changeSet)} ms`);
console.log(`  reset of a 60-property adapter                 ${Math.round(medians.reset)} ms`);
console.log(`  undo of that reset                             ${Math.round(medians.undo)} ms`);
console.log(`  show --all --json, adapters with binary values ${Math.round(medians.show)} ms`);
if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ runs, times, medians }, null, 2)}\n`);
