/** The built CLI (rebuilt by scripts/vitest-global-setup.ts), spawned as a process the way scripts and CI use it. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(process.cwd(), 'dist', 'cli', 'nicprops.cjs');
const dir = mkdtempSync(join(tmpdir(), 'nicprops-cli-'));

function nicprops(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as unknown };
}

describe('nicprops adapters and show', () => {
  it('prints its version, that of package.json, with --version', () => {
    const { version } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
    expect(nicprops('--version')).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('stops quietly when the reader closes the pipe early (show --all | head -1)', async () => {
    const child = spawn(process.execPath, [CLI, 'show', '--all', '--source', 'demo'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `| head -0`: the reader is gone before the CLI writes its first line.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('lists adapters with the documented JSON shape', () => {
    const r = nicprops('adapters', '--json');
    expect(r.code).toBe(0);
    const list = r.json() as Record<string, unknown>[];
    expect(list).toHaveLength(8);
    expect(Object.keys(list[1]!)).toEqual([
      'id',
      'description',
      'connectionName',
      'netCfgInstanceId',
      'componentId',
      'characteristics',
      'physical',
      'virtual',
      'hidden',
      'propertyCount',
      'infModel',
    ]);
    expect(list[1]).toMatchObject({ id: '0007', connectionName: 'Ethernet', physical: true, characteristics: 0x84 });
  });

  it('shows one adapter by connection name with every property field', () => {
    const r = nicprops('show', 'Ethernet 2', '--json');
    expect(r.code).toBe(0);
    const show = r.json() as { adapter: { id: string }; properties: Record<string, unknown>[]; registryOnly: unknown[] };
    expect(show.adapter.id).toBe('0008');
    expect(Object.keys(show.properties[0]!)).toEqual([
      'keyword',
      'label',
      'type',
      'default',
      'optional',
      'min',
      'max',
      'step',
      'base',
      'limitText',
      'upperCase',
      'options',
      'stored',
      'effective',
      'status',
      'origin',
    ]);
    expect(show.properties.find((p) => p.keyword === '*JumboPacket')).toMatchObject({ status: 'not-in-enum', stored: { type: 'REG_SZ', data: '9000' } });
  });

  it('shows every adapter with --all, and a readable table without --json', () => {
    expect((nicprops('show', '--all', '--json').json() as unknown[]).length).toBe(8);
    const text = nicprops('show', '0007').stdout;
    expect(text).toContain('Ethernet - Intel(R) Ethernet Connection (7) I219-LM  (instance 0007)');
    expect(text).toMatch(/TCP Checksum Offload \(IPv4\)\s+\*TCPChecksumOffloadIPv4\s+Rx Enabled \(2\)/);
  });

  it('finds adapters by id, name or a unique part of the description, and says when it cannot', () => {
    expect(nicprops('show', '7', '--json').code).toBe(0);
    expect((nicprops('show', 'virtio', '--json').json() as { adapter: { id: string } }).adapter.id).toBe('0012');
    const ambiguous = nicprops('show', 'Realtek');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('"Realtek" matches 2 adapters');
    expect(ambiguous.stderr).toContain('0008');
    const missing = nicprops('show', 'Broadcom');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe('nicprops: No adapter matches "Broadcom". Run "nicprops adapters" to list them.\n');
  });

  it('shows the globals', () => {
    expect(nicprops('globals', '--json').json()).toEqual({ disableTaskOffload: 0, ipsecEnabledOffload: 1 });
  });
});

describe('nicprops set', () => {
  it('never modifies a demo or .reg source without --out', () => {
    const r = nicprops('set', '0007', '*JumboPacket=9014');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('which is never modified: add --out FILE');
  });

  it('shows, with --dry-run, the findings a change would clear', () => {
    const r = nicprops('set', '0007', '*TCPChecksumOffloadIPv4=3', '--dry-run', '--json');
    expect(r.code).toBe(0);
    const out = r.json() as { applied: boolean; findings: { cleared: { id: string }[]; added: unknown[] }[] };
    expect(out.applied).toBe(false);
    expect(out.findings[0]!.cleared.map((f) => f.id)).toContain('R3.a');
    expect(out.findings[0]!.added).toEqual([]);
  });

  it('shows the findings a change would add, with their fix alternatives', () => {
    const r = nicprops('set', '0012', '*TCPChecksumOffloadIPv4=2', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Would change (dry run, nothing written):');
    expect(r.stdout).toMatch(/\+ warning .*is on, but TCP Checksum Offload \(IPv4\) does not transmit/);
    expect(r.stdout).toContain('fix: Set TCP Checksum Offload (IPv4) to Rx & Tx Enabled  [*TCPChecksumOffloadIPv4=3]');
    expect(r.stdout).toMatch(/or: {2}Turn .*\(IPv4\) off {2}\[\*LsoV2IPv4=0\]/);
    const json = nicprops('set', '0012', '*TCPChecksumOffloadIPv4=2', '--dry-run', '--json').json() as {
      findings: { adapter: string; added: { id: string; fixes: { label: string }[] }[] }[];
    };
    expect(json.findings[0]!.adapter).toBe('0012');
    expect(json.findings[0]!.added.map((f) => f.id)).toEqual(['R3.a']);
    expect(json.findings[0]!.added[0]!.fixes.map((f) => f.label)).toHaveLength(2);
    // Turning IPv6 checksum transmit off while LSOv2 IPv6 stays on makes LSO unusable (R3.b).
    const v6 = nicprops('set', '0007', '*TCPChecksumOffloadIPv6=0', '--dry-run', '--json').json() as {
      findings: { added: { id: string; severity: string }[] }[];
    };
    expect(v6.findings[0]!.added).toEqual([expect.objectContaining({ id: 'R3.b', severity: 'warning' })]);
    expect(nicprops('set', '0007', '*TCPChecksumOffloadIPv6=0', '--dry-run').stdout).toMatch(
      /^ {2}\+ warning Large Send Offload V2 \(IPv6\) is on, but TCP Checksum Offload \(IPv6\) does not transmit/m,
    );
  });

  it('refuses an invalid value with exit code 4 and a sentence', () => {
    const r = nicprops('set', '0007', '*ReceiveBuffers=5000', '--dry-run');
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('Receive Buffers must be between 80 and 2048; 5000 is out of range.');
    expect(nicprops('set', '0007', 'NoSuchKeyword=1', '--dry-run').code).toBe(4);
    expect(nicprops('set', '0007', '*LsoV2IPv4', '--dry-run').stderr).toContain('is not KEYWORD=VALUE');
  });

  it('saves the change as a .reg holding only the changes, after a comment saying what they are', () => {
    const file = join(dir, 'change.reg');
    const r = nicprops('set', '0007', '*JumboPacket=9014', '--not-present', '*PtpHardwareTimestamp', '--out', file);
    expect(r.code).toBe(0);
    const bytes = readFileSync(file);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const text = bytes.subarray(2).toString('utf16le');
    const [header, ...rest] = text.split('\r\n');
    expect(header).toBe('Windows Registry Editor Version 5.00');
    const comment = rest.filter((l) => l.startsWith(';'));
    expect(comment).toContain('; Ethernet (Intel(R) Ethernet Connection (7) I219-LM, instance 0007):');
    expect(comment).toContain(';   Jumbo Packet (*JumboPacket): Disabled [REG_SZ "1514"] -> 9014 Bytes [REG_SZ "9014"]');
    expect(rest.filter((l) => !l.startsWith(';')).join('\r\n')).toBe(
      '\r\n' +
        '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0007]\r\n' +
        '"*JumboPacket"="9014"\r\n"*PtpHardwareTimestamp"=-\r\n\r\n',
    );
  });

  it('saves the change as a PowerShell script', () => {
    const file = join(dir, 'change.ps1');
    expect(nicprops('set', 'Ethernet', '*LsoV2IPv4=0', '--out', file).code).toBe(0);
    const script = readFileSync(file, 'utf8');
    expect(script).toContain("-RegistryKeyword '*LsoV2IPv4' -RegistryValue '0' -NoRestart");
    expect(script).toContain('Restart-NetAdapter');
  });

  it('resets to defaults, listing only what differs', () => {
    const r = nicprops('reset', '0007', '--dry-run', '--json');
    expect(r.code).toBe(0);
    const changes = (r.json() as { changes: { keyword: string; value: string | null }[] }).changes;
    expect(changes).toContainEqual(expect.objectContaining({ keyword: '*TCPChecksumOffloadIPv4', value: '3' }));
    expect(changes.some((c) => c.keyword === '*RSS')).toBe(false);
  });
});

describe('nicprops check and explain', () => {
  it('exits 10 when any adapter has an error finding, 0 when clean', () => {
    expect(nicprops('check').code).toBe(10);
    const wifi = nicprops('check', 'Wi-Fi', '--json');
    expect(wifi.code).toBe(0);
    const [report] = wifi.json() as { adapter: { id: string }; findings: unknown[]; effective: unknown[]; lint: unknown[] }[];
    expect(Object.keys(report!)).toEqual(['adapter', 'findings', 'effective', 'lint']);
  });

  it('reports findings with id, severity, keywords, message, details and fix alternatives', () => {
    const [report] = nicprops('check', '0007', '--json').json() as { findings: Record<string, unknown>[] }[];
    expect(report!.findings).toContainEqual({
      id: 'R3.a',
      severity: 'warning',
      keywords: ['*LsoV2IPv4', '*TCPChecksumOffloadIPv4'],
      message: expect.stringContaining('Large Send Offload V2 (IPv4) is on, but TCP Checksum Offload (IPv4) does not transmit'),
      details: { source: expect.stringContaining('Combining types of task offloads'), confidence: 'derived' },
      fixes: [
        { label: 'Set TCP Checksum Offload (IPv4) to Rx & Tx Enabled', changes: [{ keyword: '*TCPChecksumOffloadIPv4', value: '3' }] },
        { label: 'Turn Large Send Offload V2 (IPv4) off', changes: [{ keyword: '*LsoV2IPv4', value: '0' }] },
      ],
    });
  });

  it('prints each finding in plain words, its fixes, then the rule and its source', () => {
    const r = nicprops('check', '0007');
    expect(r.stdout).toContain('  WARNING Large Send Offload V2 (IPv4) is on, but TCP Checksum Offload (IPv4) does not transmit');
    expect(r.stdout).toContain('fix: Set TCP Checksum Offload (IPv4) to Rx & Tx Enabled  [*TCPChecksumOffloadIPv4=3]');
    expect(r.stdout).toContain('or:  Turn Large Send Offload V2 (IPv4) off  [*LsoV2IPv4=0]');
    expect(r.stdout).toMatch(/R3\.a · a recommendation derived from Microsoft Learn, "Combining types of task offloads"/);
    expect(r.stdout).not.toMatch(/WARNING R3/);
  });

  it('explains standardized keywords and says when it cannot', () => {
    const r = nicprops('explain', '*lsov2ipv4');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('*LsoV2IPv4');
    expect(nicprops('explain', 'Offload.Tx.LSO').code).toBe(3);
  });
});

describe('nicprops sources and errors', () => {
  it('reads .reg files and names file and line when one is malformed', () => {
    const good = join(dir, 'one.reg');
    writeFileSync(
      good,
      'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0003]\r\n"DriverDesc"="From a file"\r\n',
    );
    expect((nicprops('adapters', '--json', '--source', good).json() as { description: string }[]).map((a) => a.description)).toEqual(['From a file']);
    const bad = join(dir, 'bad.reg');
    writeFileSync(bad, 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\X]\r\n"v"=hex:0g\r\n');
    const r = nicprops('adapters', '--source', bad);
    expect(r.code).toBe(8);
    expect(r.stderr).toMatch(/^nicprops: bad\.reg line 4: /);
    const missing = nicprops('adapters', '--source', join(dir, 'missing.reg'));
    expect([missing.code, missing.stderr]).toEqual([8, `nicprops: ${join(dir, 'missing.reg')} does not exist.\n`]);
  });

  it('refuses live off Windows and mixed sources', () => {
    if (process.platform !== 'win32') expect(nicprops('adapters', '--source', 'live').code).toBe(2);
    expect(nicprops('adapters', '--source', 'demo', '--source', 'x.reg').code).toBe(2);
  });

  it('explains history and undo on a source that is not journaled', () => {
    expect(nicprops('history').stdout).toContain('only changes to the live registry are journaled');
    expect(nicprops('undo').code).toBe(2);
  });

  it('lists exit codes in --help and rejects unknown commands', () => {
    const help = nicprops('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('10  check / lint: at least one error-severity finding');
    expect(nicprops('frobnicate').code).toBe(2);
  });
});
