/**
 * The built CLI (rebuilt by scripts/vitest-global-setup.ts) reading hostile and unusual sources, as a user runs it: files too large, devices,
 * pipes that never end or never start, other control sets, partial exports. Each failure must be
 * one sentence naming the file, exit 8, in seconds, with bounded memory.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_REG_FILE_BYTES } from '../../shared/model/input-limits';
import { NET_CLASS_KEY, SYSTEM_HIVE_KEY } from '../../shared/model/registry-paths';
import { encodeRegFile } from '../sources/reg-file/write-reg';

const CLI = join(process.cwd(), 'dist', 'cli', 'nicprops.cjs');
const dir = mkdtempSync(join(tmpdir(), 'nicprops-reading-'));
const unix = process.platform !== 'win32';
/** Loaded into the CLI with --require: records the process's peak resident memory when it exits. */
const PEAK_RSS_PRELOAD = join(dir, 'peak-rss.cjs');

beforeAll(() => {
  writeFileSync(
    PEAK_RSS_PRELOAD,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)));\n",
  );
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  /** Peak resident memory of the CLI process, in MiB. */
  readonly peakMiB: number;
}

let runs = 0;
/** Run the built CLI through `sh -c`, `shellPrefix` feeding it (`yes |`); async, so slow cases run side by side. */
function nicprops(args: readonly string[], shellPrefix = ''): Promise<Run> {
  const peakFile = join(dir, `peak-${runs++}`);
  const quoted = [process.execPath, '--require', PEAK_RSS_PRELOAD, CLI, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', `${shellPrefix}${quoted}`], { env: { ...process.env, PEAK_RSS_FILE: peakFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      resolve({ code, stdout, stderr, seconds, peakMiB: Number(readFileSync(peakFile, 'utf8')) / 1024 / 1024 });
    });
  });
}

/** One line on stderr, prefixed as the CLI prefixes errors. */
function oneLine(run: Run): string {
  expect(run.stderr.endsWith('\n') && run.stderr.indexOf('\n') === run.stderr.length - 1, run.stderr).toBe(true);
  return run.stderr.slice(0, -1);
}

function regFile(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, encodeRegFile(`Windows Registry Editor Version 5.00\r\n\r\n${body}`));
  return path;
}

describe.runIf(unix)('nicprops on sources that must not exhaust the machine', () => {
  it('refuses a .reg over 64 MiB from its size, without reading it', async () => {
    const path = join(dir, 'huge.reg');
    writeFileSync(path, '');
    truncateSync(path, MAX_REG_FILE_BYTES + 1024 * 1024);
    const r = await nicprops(['adapters', '--source', path]);
    expect([r.code, oneLine(r)]).toEqual([8, `nicprops: ${path} is 65 MiB; a .reg file may be at most 64 MiB.`]);
    console.info(`65 MiB .reg: refused in ${r.seconds.toFixed(2)} s, peak RSS ${r.peakMiB.toFixed(0)} MiB`);
    expect(r.peakMiB).toBeLessThan(200);
  });

  it('stops `yes | nicprops --source /dev/stdin` at 64 MiB, in seconds, with bounded memory', async () => {
    const r = await nicprops(['adapters', '--source', '/dev/stdin'], 'yes | ');
    expect([r.code, oneLine(r)]).toEqual([8, 'nicprops: /dev/stdin sent more than 64 MiB; a .reg file may be at most 64 MiB.']);
    console.info(`yes | nicprops: refused in ${r.seconds.toFixed(2)} s, peak RSS ${r.peakMiB.toFixed(0)} MiB`);
    // What is read is held until the cap (64 MiB) and dropped: well under a few times the cap.
    expect(r.peakMiB).toBeLessThan(320);
  });

  it('refuses /dev/zero, a folder and a missing file, each in a sentence naming it', async () => {
    const [zero, folder, missing] = await Promise.all([
      nicprops(['adapters', '--source', '/dev/zero']),
      nicprops(['adapters', '--source', dir]),
      nicprops(['adapters', '--source', join(dir, 'nope.reg')]),
    ]);
    expect([zero.code, oneLine(zero)]).toEqual([8, 'nicprops: /dev/zero is a device, not a file.']);
    expect([folder.code, oneLine(folder)]).toEqual([8, `nicprops: ${dir} is a folder, not a file.`]);
    expect([missing.code, oneLine(missing)]).toEqual([8, `nicprops: ${join(dir, 'nope.reg')} does not exist.`]);
  });

  it('refuses a file the user may not read, in a sentence naming it', () => {
    // Root reads any file whatever its mode, so as root the CLI runs as nobody to meet the refusal.
    const asRoot = process.getuid?.() === 0;
    const user = asRoot ? { uid: 65534, gid: 65534 } : {};
    // Under /tmp, which every user may enter: TMPDIR may be a folder only root can reach.
    const open = mkdtempSync(join(asRoot ? '/tmp' : tmpdir(), 'nicprops-denied-'));
    chmodSync(open, 0o755);
    try {
      const secret = join(open, 'secret.reg');
      writeFileSync(secret, 'Windows Registry Editor Version 5.00\r\n', { mode: 0o000 });
      // A copy of the one-file CLI where nobody may read it, wherever the checkout lives.
      const cli = join(open, 'nicprops.cjs');
      copyFileSync(CLI, cli);
      chmodSync(cli, 0o644);
      const r = spawnSync(process.execPath, [cli, 'adapters', '--source', secret], { ...user, encoding: 'utf8' });
      expect([r.status, r.stdout, r.stderr]).toEqual([8, '', `nicprops: ${secret} cannot be read: permission denied.\n`]);
    } finally {
      rmSync(open, { recursive: true, force: true });
    }
  });

  it('gives up on a FIFO with no writer, and on a writer that never closes, after 10 s of silence', async () => {
    const silent = join(dir, 'silent.fifo');
    const stuck = join(dir, 'stuck.fifo');
    for (const f of [silent, stuck]) expect(spawnSync('mkfifo', [f]).status).toBe(0);
    // Writes the header and then holds the FIFO open.
    const writer = spawn('sh', ['-c', `exec 3>'${stuck}'; printf 'Windows Registry Editor Version 5.00\\r\\n' >&3; exec sleep 60`], { stdio: 'ignore' });
    try {
      const [none, open] = await Promise.all([nicprops(['adapters', '--source', silent]), nicprops(['adapters', '--source', stuck])]);
      expect([none.code, oneLine(none)]).toEqual([8, `nicprops: Nothing arrived from ${silent} for 10 seconds; is anything writing to it?`]);
      expect([open.code, oneLine(open)]).toEqual([8, `nicprops: ${stuck} stopped sending data for 10 seconds without closing; gave up.`]);
      for (const r of [none, open]) expect(r.seconds).toBeLessThan(20);
    } finally {
      writer.kill('SIGKILL');
    }
  }, 40_000);

  it('reads a .reg piped into /dev/stdin', async () => {
    const path = regFile('piped.reg', `[${NET_CLASS_KEY}\\0003]\r\n"DriverDesc"="Piped"\r\n"Characteristics"=dword:00000084\r\n`);
    const r = await nicprops(['adapters', '--json', '--source', '/dev/stdin'], `cat '${path}' | `);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { description: string }[]).map((a) => a.description)).toEqual(['Piped']);
  });

  it('refuses a value over 1 MiB, naming the file and the line', async () => {
    const path = regFile('bigvalue.reg', `[${NET_CLASS_KEY}\\0003]\r\n"Blob"=hex:${'00,'.repeat(1024 * 1024)}00\r\n`);
    const r = await nicprops(['adapters', '--source', path]);
    expect([r.code, oneLine(r)]).toEqual([8, "nicprops: bigvalue.reg line 4: the value's data is over 1 MiB, more than this tool reads for one value"]);
  });
});

describe('nicprops on exports of other control sets', () => {
  const adapter = (set: string, description: string) =>
    `[${SYSTEM_HIVE_KEY}\\${set}\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0001]\r\n"DriverDesc"="${description}"\r\n"Characteristics"=dword:00000084\r\n\r\n`;

  it('reads a ControlSet001 export and an offline hive loaded as HKLM\\CUSTOMER', async () => {
    const set1 = regFile('set1.reg', adapter('ControlSet001', 'From ControlSet001'));
    const customer = regFile('customer.reg', adapter('ControlSet001', 'Customer NIC').replaceAll(SYSTEM_HIVE_KEY, 'HKEY_LOCAL_MACHINE\\CUSTOMER'));
    const [a, b] = await Promise.all([nicprops(['adapters', '--source', set1]), nicprops(['adapters', '--source', customer])]);
    expect(a.stdout).toContain('From ControlSet001');
    expect(a.stdout).toContain('Source: set1.reg (ControlSet001)');
    expect(b.stdout).toContain('Customer NIC');
    expect(b.stdout).toContain('Source: customer.reg (ControlSet001 of HKEY_LOCAL_MACHINE\\CUSTOMER)');
  });

  it('asks for --control-set when several control sets and no Select\\Current are there, and honours it', async () => {
    const both = regFile('both.reg', adapter('ControlSet001', 'One') + adapter('ControlSet002', 'Two'));
    const [asked, chosen, bad, missing] = await Promise.all([
      nicprops(['adapters', '--source', both]),
      nicprops(['adapters', '--json', '--source', both, '--control-set', '2']),
      nicprops(['adapters', '--source', both, '--control-set', 'two']),
      nicprops(['adapters', '--source', both, '--control-set', '3']),
    ]);
    expect([asked.code, oneLine(asked)]).toEqual([
      8,
      'nicprops: both.reg holds ControlSet001 and ControlSet002 and no Select\\Current value naming one of them; choose one with --control-set 1 or --control-set 2.',
    ]);
    expect(chosen.code, chosen.stderr).toBe(0);
    expect((JSON.parse(chosen.stdout) as { description: string }[]).map((x) => x.description)).toEqual(['Two']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected a control set number from 1 to 999');
    expect([missing.code, oneLine(missing)]).toEqual([
      8,
      'nicprops: both.reg has no ControlSet003 with a network adapter class key; it has ControlSet001 and ControlSet002.',
    ]);
  });

  it('says a file holds no network adapter class key instead of listing no adapters', async () => {
    const path = regFile(
      'tcpip.reg',
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters]\r\n"DisableTaskOffload"=dword:00000000\r\n',
    );
    const r = await nicprops(['adapters', '--source', path]);
    expect(r.code).toBe(8);
    expect(oneLine(r)).toMatch(/^nicprops: tcpip\.reg holds no network adapter class key \(/);
  });
});

describe('nicprops on a partial export without Characteristics', () => {
  it('says "unknown" in text and null in JSON, never "not set" or false', async () => {
    const path = regFile('partial.reg', `[${NET_CLASS_KEY}\\0004]\r\n"DriverDesc"="Partial NIC"\r\n"*JumboPacket"="1514"\r\n`);
    const [list, json, show] = await Promise.all([
      nicprops(['adapters', '--source', path]),
      nicprops(['adapters', '--json', '--source', path]),
      nicprops(['show', '0004', '--source', path]),
    ]);
    expect(list.stdout).toMatch(/0004\s+-\s+Partial NIC\s+unknown\s+0/);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ characteristics: null, physical: null, virtual: null, hidden: null })]);
    expect(show.stdout).toContain('kind unknown (the source has no Characteristics value)');
    expect(show.stdout).not.toContain('NCF_HAS_UI');
  });
});
