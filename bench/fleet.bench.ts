/**
 * `npm run bench` (fleet part): `nicprops fleet` over synthetic fleets of machines with 4 adapters
 * x 60 properties each, in the collector's layout. Each run is a separate process (the built CLI),
 * measured whole by /usr/bin/time: wall time and peak resident memory; and, in a process with
 * --expose-gc, the heap the finished report keeps after a full collection (what grows with the
 * number of machines). Several fleet sizes show whether time and memory grow linearly.
 * Target (issue 11): 1,000 machines under 100 MB peak, linear in the number of machines.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeRegFile } from '../electron/sources/reg-file/write-reg';
import { generateLargeSource } from './generate-large-source';

const SIZES = [250, 500, 1000];
const ADAPTERS = 4;
const PROPERTIES = 60;
/** V8 sizing that trades time for memory (young generation kept small, old generation capped). */
const LEAN = '--max-old-space-size=48 --max-semi-space-size=1';

/** One machine's export: the same drivers everywhere, a few values and versions that vary by machine. */
function machineExport(base: string, i: number): Uint8Array {
  let text = base;
  if (i % 10 === 0) text = text.replace(/"\*RscIPv4"="\d"/, '"*RscIPv4"="0"');
  if (i % 7 === 0) text = text.replace('"DriverVersion"="1.14.201.0"', '"DriverVersion"="1.15.3.0"');
  if (i % 13 === 0) text = text.replace(/"\*LsoV2IPv4"="\d"/, '"*LsoV2IPv4"="0"');
  return encodeRegFile(text);
}

function writeFleet(dir: string, machines: number): number {
  mkdirSync(dir);
  const base = generateLargeSource(ADAPTERS, PROPERTIES);
  let bytes = 0;
  for (let i = 0; i < machines; i++) {
    const name = `HOST-${String(i).padStart(5, '0')}`;
    const reg = machineExport(base, i);
    bytes += reg.length;
    writeFileSync(join(dir, `${name}.reg`), reg);
    writeFileSync(
      join(dir, `${name}.json`),
      JSON.stringify({ format: 'nicprops-collector', version: 1, machine: name, osBuild: '10.0.26100.2314', collectedAt: '2026-11-20T09:30:00Z' }),
    );
  }
  return bytes;
}

/** Wall seconds and peak RSS (MB) of one CLI run. */
function measure(cli: string, args: readonly string[], nodeOptions = ''): { seconds: number; peakMb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
  });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  if (!Number.isFinite(seconds) || !Number.isFinite(kb)) throw new Error(`could not read /usr/bin/time output: ${r.stderr}`);
  if (r.status !== 0 && r.status !== 11) throw new Error(`fleet exited ${r.status}: ${r.stderr}`);
  return { seconds: seconds!, peakMb: kb! / 1024 };
}

/** Heap (MB) the finished report keeps after a full collection, over the heap before the run. */
function retained(cli: string, args: readonly string[]): number {
  const script = `const { runCli } = require(${JSON.stringify(cli)}); global.gc(); const before = process.memoryUsage().heapUsed;
runCli(${JSON.stringify(args)}, () => {}, () => {}).then(() => { global.gc(); console.log((process.memoryUsage().heapUsed - before) / 1048576); });`;
  const r = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}

function main(): void {
  const root = process.cwd();
  const cli = join(mkdtempSync(join(root, 'dist', 'cli-bench-')), 'nicprops.cjs');
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'cli', '--outfile', cli], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr);
  const work = mkdtempSync(join(tmpdir(), 'nicprops-fleet-bench-'));
  const profile = join(work, 'profile.json');
  writeFileSync(
    profile,
    JSON.stringify({
      formatVersion: 1,
      name: 'bench',
      settings: [
        { keyword: '*LsoV2IPv4', value: '1' },
        { keyword: '*RscIPv4', value: '1' },
        { keyword: '*JumboPacket', value: '512' },
        { keyword: 'VendorSetting30', value: '64' },
      ],
    }),
  );
  console.log(
    `Synthetic fleets: ${ADAPTERS} adapters x ${PROPERTIES} properties per machine, collector layout (UTF-16LE .reg + sidecar); one run each, whole process (/usr/bin/time)`,
  );
  console.log(
    'machines  exports MB | --profile, html: s  ms/machine  peak MB | no profile, json: s  peak MB | --profile, NODE_OPTIONS lean: s  peak MB | report kept after GC: MB',
  );
  try {
    for (const machines of SIZES) {
      const dir = join(work, `fleet-${machines}`);
      const bytes = writeFleet(dir, machines);
      const html = measure(cli, ['fleet', dir, '--profile', profile, '--format', 'html', '--out', join(work, 'out.html'), '--force']);
      const json = measure(cli, ['fleet', dir, '--format', 'json', '--out', join(work, 'out.json'), '--force']);
      const lean = measure(cli, ['fleet', dir, '--profile', profile, '--out', join(work, 'out.txt'), '--force'], LEAN);
      const kept = retained(cli, ['fleet', dir, '--profile', profile]);
      const n = (x: number, d: number, w: number) => x.toFixed(d).padStart(w);
      console.log(
        `${n(machines, 0, 8)}  ${n(bytes / 1048576, 0, 10)} | ${n(html.seconds, 2, 18)}  ${n((html.seconds * 1000) / machines, 1, 10)}  ${n(html.peakMb, 0, 7)} | ${n(json.seconds, 2, 18)}  ${n(json.peakMb, 0, 7)} | ${n(lean.seconds, 2, 31)}  ${n(lean.peakMb, 0, 7)} | ${n(kept, 1, 24)}`,
      );
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(join(cli, '..'), { recursive: true, force: true });
  }
  console.log(`Target: 1,000 machines under 100 MB peak; steady ms/machine and MB kept per machine across sizes = linear. Lean = NODE_OPTIONS="${LEAN}".`);
}

main();
