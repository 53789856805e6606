/**
 * diff, copy, profile and report, run as the built CLI on the demo data and on a .reg fixture of
 * one machine whose two drivers offer different options for the same keywords
 * (electron/cli/test-fixtures/README.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrivateCli, removePrivateCli } from './test-support/private-cli';

const FIXTURES = join(process.cwd(), 'electron', 'cli', 'test-fixtures');
const LAB = join(FIXTURES, 'two-drivers.reg');
const LAB_LATER = join(FIXTURES, 'two-drivers-later.reg');
const dir = mkdtempSync(join(tmpdir(), 'nicprops-profiles-'));
let cli = '';

beforeAll(() => {
  cli = buildPrivateCli();
}, 60_000);
afterAll(() => removePrivateCli(cli));

function nicprops(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: <T = Record<string, unknown>>() => JSON.parse(r.stdout) as T };
}
const lab = (...args: string[]) => nicprops('--source', LAB, ...args);

interface DiffJson {
  a: { id: string };
  b: { id: string };
  matchedBy: string;
  differs: boolean;
  rows: {
    keyword: string;
    kind: string;
    a: { display: string; effective: string | null } | null;
    b: { display: string } | null;
    metadata: { field: string; a: string; b: string }[];
  }[];
  findings: { onlyA: { id: string }[]; onlyB: { id: string }[] };
  effective: { feature: string }[];
}
interface PlanJson {
  adapter: { id: string };
  changes: { keyword: string; from: string | null; to: string | null }[];
  unchanged: { keyword: string }[];
  skipped: { keyword: string; code: string; reason: string }[];
}

describe('nicprops diff', () => {
  it('compares two adapters of one source: values, findings and effective state, exit 11', () => {
    const r = lab('diff', '0001', '0003', '--json');
    expect(r.code).toBe(11);
    const d = r.json<DiffJson>();
    expect(Object.keys(d)).toEqual(['a', 'b', 'sources', 'matchedBy', 'differs', 'rows', 'findings', 'effective']);
    expect(d.matchedBy).toBe('named');
    expect(d.rows.map((x) => `${x.keyword}:${x.kind}`)).toEqual([
      '*FlowControl:value',
      '*JumboPacket:value',
      'NetworkAddress:value',
      '*ReceiveBuffers:value',
      '*TCPChecksumOffloadIPv4:value',
      '*TCPChecksumOffloadIPv6:value',
    ]);
    expect(d.rows.find((x) => x.keyword === '*TCPChecksumOffloadIPv4')).toMatchObject({
      a: { display: 'Rx & Tx Enabled', effective: '3' },
      b: { display: 'Disabled' },
    });
    expect(d.findings.onlyB.map((f) => f.id)).toEqual(['R3.a', 'R3.b', 'R11.a']);
    expect(d.effective.map((e) => e.feature)).toContain('LSOv2 IPv4');
    expect(lab('diff', '0001', '0003', '--all-rows', '--json').json<DiffJson>().rows).toHaveLength(18);
  });

  it('finds the same adapter in another export and says how: GUID, driver and description, instance id', () => {
    const byGuid = lab('diff', '0001', '--against', LAB_LATER, '--json');
    expect(byGuid.code).toBe(11);
    const d = byGuid.json<DiffJson>();
    expect(d.matchedBy).toBe('netCfgInstanceId');
    expect(d.rows.map((x) => `${x.keyword}:${x.kind}`)).toEqual([
      '*FlowControl:value',
      '*JumboPacket:metadata',
      '*PtpHardwareTimestamp:only-b',
      '*UsoIPv4:only-a',
    ]);
    expect(d.rows[1]!.metadata).toEqual([
      { field: 'default', a: '1514', b: '9014' },
      { field: 'options', a: '1514, 4088, 9014', b: '1514, 4088, 9014, 16128' },
    ]);
    const reinstalled = lab('diff', 'Ethernet 2', '--against', LAB_LATER, '--json').json<DiffJson>();
    expect([reinstalled.matchedBy, reinstalled.b.id, reinstalled.differs]).toEqual(['componentId+description', '0004', false]);
    const port2 = lab('diff', '0003', '--against', LAB_LATER);
    expect(port2.code).toBe(0);
    expect(port2.stdout).toContain('(instance 0003, two-drivers-later.reg; matched by instance id)');
    expect(port2.stdout).toContain('No differences in 18 keywords.');
  });

  it('prints a table a person can read, and says in one sentence when nothing matches', () => {
    const text = lab('diff', '0001', '--against', LAB_LATER).stdout;
    expect(text).toMatch(/Jumbo Packet\s+\*JumboPacket\s+9014 Bytes \(9014\)\s+9014 Bytes \(9014\)\s+driver metadata: default 1514 -> 9014; options/);
    expect(text).toMatch(/UDP Segmentation Offload \(IPv4\)\s+\*UsoIPv4\s+Enabled \(1\)\s+-\s+only on A/);
    expect(text).toContain('4 of 19 keywords differ.');
    const none = nicprops('diff', '0010', '--against', LAB);
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(
      /^nicprops: No adapter in two-drivers\.reg matches SLOT 3 Port 1 - Mellanox ConnectX-4 Lx Ethernet Adapter by interface GUID, driver and description, or instance id; name the one to compare with/,
    );
    expect(nicprops('diff', '0007').code).toBe(2);
  });

  it('exits 0 for an adapter compared with itself', () => {
    const r = nicprops('diff', '0007', '--against', 'demo');
    expect([r.code, r.stdout.trim().split('\n').at(-1)]).toEqual([0, 'No differences in 36 keywords.']);
  });
});

describe('nicprops copy', () => {
  it("copies what the target's driver accepts and lists the rest with the reason", () => {
    const r = lab('copy', '0001', 'Ethernet 2', '--dry-run', '--json');
    expect(r.code).toBe(0);
    const out = r.json<{ changes: { adapterId: string; keyword: string; value: string | null }[]; plan: PlanJson; applied: boolean }>();
    expect(out.applied).toBe(false);
    expect(out.changes.map((c) => `${c.adapterId} ${c.keyword}=${c.value}`)).toEqual([
      '0002 *LsoV2IPv4=1',
      '0002 *LsoV2IPv6=1',
      '0002 *FlowControl=0',
      '0002 *InterruptModeration=1',
      '0002 *ReceiveBuffers=1024',
    ]);
    expect(out.plan.skipped.map((s) => `${s.keyword} ${s.code}`)).toEqual([
      'NetworkAddress identity',
      '*RscIPv4 not-defined',
      '*RscIPv6 not-defined',
      '*UsoIPv4 not-defined',
      '*EncapsulatedPacketTaskOffload not-defined',
      '*JumboPacket invalid',
    ]);
    expect(out.plan.skipped.at(-1)!.reason).toBe('Jumbo Packet must be between 1514 and 9000; 9014 is out of range.');
  });

  it('copies only the keywords named, from another source, and saves the change as a .reg', () => {
    const file = join(dir, 'copy.reg');
    const r = lab('copy', '0001', '0001', '*FlowControl', '*UsoIPv4', '--from-source', LAB_LATER, '--out', file, '--json');
    expect(r.code).toBe(0);
    const out = r.json<{ plan: PlanJson; fromSource: string }>();
    expect(out.fromSource).toBe('two-drivers-later.reg');
    expect(out.plan.changes).toEqual([{ keyword: '*FlowControl', label: 'Flow Control', from: '0', to: '3' }]);
    expect(out.plan.skipped.map((s) => `${s.keyword} ${s.code}`)).toEqual(['*UsoIPv4 not-defined']);
    const reg = readFileSync(file).toString('utf16le');
    expect(reg).toContain('"*FlowControl"="3"');
    expect(reg).not.toContain('UsoIPv4');
  });

  it('refuses to copy an adapter onto itself and never writes a .reg source', () => {
    expect(lab('copy', '0001', '0001').code).toBe(2);
    const r = lab('copy', '0001', '0003');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('which is never modified: add --out FILE');
  });
});

describe('nicprops profile', () => {
  it('saves an adapter, validates the file against the schema, and applies it to another driver', () => {
    const file = join(dir, 'port1.json');
    const saved = lab('profile', 'save', '0001', file, '--name', 'Port 1 baseline', '--json');
    expect(saved.code).toBe(0);
    const profile = JSON.parse(readFileSync(file, 'utf8')) as { formatVersion: number; name: string; settings: { keyword: string }[] };
    expect(profile).toMatchObject({ $schema: 'urn:nic-advanced-properties:profile:1', formatVersion: 1, name: 'Port 1 baseline' });
    expect(profile.settings.map((s) => s.keyword)).not.toContain('NetworkAddress');
    expect(saved.json<{ skipped: { code: string }[] }>().skipped.map((s) => s.code)).toEqual(['identity']);
    expect(lab('profile', 'validate', file).stdout).toBe(`${file} is a valid profile: "Port 1 baseline", 17 settings.\n`);

    const applied = lab('profile', 'apply', file, '0002', '0003', '--dry-run', '--json');
    expect(applied.code).toBe(0);
    const plans = applied.json<{ plans: PlanJson[]; profile: { name: string } }>().plans;
    expect(plans.map((p) => [p.adapter.id, p.changes.length, p.skipped.map((s) => s.code).join(',')])).toEqual([
      ['0002', 5, 'not-defined,not-defined,not-defined,not-defined,invalid'],
      ['0003', 5, ''],
    ]);
    expect(lab('profile', 'save', '0001', file).code).toBe(2); // exists: --force to replace
  });

  it('saves only non-default values, or the keywords named, and refuses unknown ones', () => {
    const nonDefault = join(dir, 'non-default.json');
    expect(lab('profile', 'save', '0001', nonDefault, '--non-default').code).toBe(0);
    expect((JSON.parse(readFileSync(nonDefault, 'utf8')) as { settings: unknown[] }).settings).toEqual([
      { keyword: '*JumboPacket', value: '9014' },
      { keyword: '*FlowControl', value: '0' },
      { keyword: '*ReceiveBuffers', value: '1024' },
    ]);
    const named = join(dir, 'named.json');
    const r = lab('profile', 'save', '0001', named, 'NetworkAddress', '*Nope');
    expect([r.code, existsSync(named)]).toEqual([3, false]);
    expect(r.stderr).toBe('nicprops: *Nope: not a keyword of SLOT 1 Port 1 - Contoso X550 10GbE; nothing saved.\n');
  });

  it('applies a preset to drivers with different options without inventing a value, and the result then checks clean', () => {
    const r = lab('profile', 'apply', 'preset:all-offloads-off', '0001', '0002', '--dry-run', '--json');
    expect(r.code).toBe(0);
    const plans = r.json<{ plans: PlanJson[] }>().plans;
    expect(plans[0]!.changes.every((c) => c.to === '0')).toBe(true);
    expect(plans[0]!.changes).toHaveLength(11);
    // Fabrikam's UDP checksum offers no Disabled value: left alone, and said so.
    expect(plans[1]!.skipped.map((s) => `${s.keyword} ${s.code}`)).toEqual(['*UDPChecksumOffloadIPv4 not-offered', '*UDPChecksumOffloadIPv6 not-offered']);
    expect(plans[1]!.skipped[0]!.reason).toContain('1 (Tx Enabled), 2 (Rx Enabled), 3 (Rx & Tx Enabled)');

    const before = lab('profile', 'check', 'preset:all-offloads-off', '0001');
    expect(before.code).toBe(11);
    expect(before.stdout).toContain('~ TCP Checksum Offload (IPv4) (*TCPChecksumOffloadIPv4): Rx & Tx Enabled, wanted Disabled');
    const file = join(dir, 'offloads-off.reg');
    expect(lab('profile', 'apply', 'preset:all-offloads-off', '0001', '--out', file).code).toBe(0);
    const after = nicprops('--source', LAB, '--source', file, 'profile', 'check', 'preset:all-offloads-off', '0001', '--json');
    expect(after.code).toBe(0);
    expect(after.json()).toMatchObject({ drift: false, adapters: [{ drift: false, differs: [], cannotApply: [] }] });
  });

  it('reports drift a profile cannot fix, and keywords a driver lacks without calling them drift', () => {
    const r = lab('profile', 'check', 'preset:all-offloads-on', 'Ethernet 2', '--json');
    expect(r.code).toBe(11);
    expect(r.json()).toMatchObject({
      profile: { preset: 'all-offloads-on' },
      drift: true,
      adapters: [
        {
          differs: [{ keyword: '*LsoV2IPv4', current: '0', wanted: '1' }, { keyword: '*LsoV2IPv6' }],
          cannotApply: [{ keyword: '*IPsecOffloadV2', code: 'not-offered' }],
        },
      ],
    });
    const file = join(dir, 'rsc.json');
    writeFileSync(file, JSON.stringify({ formatVersion: 1, name: 'RSC off', settings: [{ keyword: '*RscIPv4', value: '0' }] }));
    const lacking = lab('profile', 'check', file, '0002', '--json');
    expect(lacking.code).toBe(0);
    expect(lacking.json()).toMatchObject({ drift: false, adapters: [{ notDefined: ['*RscIPv4'] }] });
  });

  it('refuses a profile that is not valid, or meant for another driver, in one sentence', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ formatVersion: 2, name: 'x', settings: [{ keyword: '*RSS', value: 1 }] }));
    const r = lab('profile', 'apply', bad, '0001', '--dry-run');
    expect(r.code).toBe(8);
    expect(r.stderr).toBe(
      `nicprops: ${bad} is not a valid profile (2 problems).\n  formatVersion must be 1: this nicprops reads profile format 1 only.\n  settings[0].value must be text (the raw registry value) or null (Not Present).\n`,
    );
    const intel = join(dir, 'intel.json');
    writeFileSync(
      intel,
      JSON.stringify({ formatVersion: 1, name: 'Intel only', match: { componentId: ['pci\\ven_8086*'] }, settings: [{ keyword: '*FlowControl', value: '3' }] }),
    );
    const refused = lab('profile', 'apply', intel, '0002', '--dry-run');
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('The profile is for adapters with ComponentId like "pci\\ven_8086*"; this adapter does not match');
    expect(lab('profile', 'apply', intel, '0002', '--dry-run', '--ignore-match').code).toBe(0);
    expect(lab('profile', 'apply', 'preset:everything-fast', '0001').code).toBe(3);
    expect(lab('profile', 'apply', join(dir, 'missing.json'), '0001').stderr).toBe(`nicprops: ${join(dir, 'missing.json')} does not exist.\n`);
    expect(lab('profile', 'validate', dir).stderr).toBe(`nicprops: ${dir} is a folder, not a file.\n`);
  });

  it('lists the presets with one sentence each', () => {
    const presets = nicprops('profile', 'presets', '--json').json<{ id: string; description: string }[]>();
    expect(presets.map((p) => p.id)).toEqual(['driver-defaults', 'all-offloads-off', 'all-offloads-on']);
  });
});

describe('nicprops check --fix', () => {
  interface FixJson {
    changes: { adapterId: string; keyword: string; value: string | null }[];
    fixAll: {
      adapter: { id: string };
      fixed: { id: string; fix: { label: string }; alternative: number; alternatives: number }[];
      notFixed: { id: string; reason: string }[];
      remaining: { id: string; severity: string }[];
    }[];
  }

  it('applies one fix per finding, the next alternative where the first conflicts, and says which', () => {
    const r = lab('check', '--fix', '0003', '--dry-run', '--json');
    expect(r.code).toBe(0);
    const out = r.json<FixJson>();
    expect(out.changes.map((c) => `${c.keyword}=${c.value}`)).toEqual(['*TCPChecksumOffloadIPv4=1', '*TCPChecksumOffloadIPv6=3', '*RscIPv4=0']);
    expect(out.fixAll[0]!.fixed.map((f) => `${f.id} ${f.alternative}/${f.alternatives} ${f.fix.label}`)).toEqual([
      'R3.a 1/2 Set TCP Checksum Offload (IPv4) to Tx Enabled',
      'R3.b 1/2 Set TCP Checksum Offload (IPv6) to Rx & Tx Enabled',
      'R11.a 2/2 Turn Recv Segment Coalescing (IPv4) off',
    ]);
    expect(out.fixAll[0]!.remaining.map((f) => f.severity)).toEqual(['info']);
    const text = lab('check', '--fix', '0003', '--dry-run').stdout;
    expect(text).toContain('fix R11.a: Turn Recv Segment Coalescing (IPv4) off (alternative 2 of 2: the first conflicts with another fix)');
  });

  it('fixes every adapter of the demo at once, leaves information findings unless asked, and the result checks clean', () => {
    const file = join(dir, 'fix-all.reg');
    const r = nicprops('check', '--fix', '--out', file, '--json');
    expect(r.code).toBe(0);
    const out = r.json<FixJson>();
    expect(out.fixAll.flatMap((a) => a.notFixed.map((n) => `${a.adapter.id} ${n.id} ${n.reason}`))).toEqual(['0010 R9.a info']);
    const after = nicprops('--source', join(process.cwd(), 'electron', 'sources', 'demo', 'demo.reg'), '--source', file, 'check', '--json');
    expect(after.code).toBe(0);
    const left = after
      .json<{ adapter: { id: string }; findings: { id: string; severity: string }[] }[]>()
      .flatMap((a) => a.findings.filter((f) => f.severity !== 'info').map((f) => `${a.adapter.id} ${f.id}`));
    expect(left).toEqual(['0010 R20.a']); // no fix is offered for it
    const withInfo = nicprops('check', '--fix', '0010', '--include-info', '--dry-run', '--json').json<FixJson>();
    expect(withInfo.changes.map((c) => c.keyword)).toContain('*IPsecOffloadV2');
  });

  it('exits 10 when an error remains that no fix is offered for, 0 when every error is fixed, and refuses --dry-run without --fix', () => {
    expect(nicprops('check', '0015').code).toBe(10);
    expect(nicprops('check', '0015', '--fix', '--dry-run').code).toBe(0);
    // A driver that offers the reserved BusType on its Advanced page (R36, an error with no fix).
    const key = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0001';
    const reserved = join(dir, 'reserved.reg');
    writeFileSync(
      reserved,
      [
        'Windows Registry Editor Version 5.00',
        '',
        `[${key}]`,
        '"DriverDesc"="Odd NIC"',
        '"Characteristics"=dword:00000084',
        '',
        `[${key}\\Ndi\\params\\BusType]`,
        '"ParamDesc"="Bus"',
        '"Type"="int"',
        '"Default"="5"',
        '',
      ].join('\r\n'),
    );
    const r = nicprops('--source', reserved, 'check', '--fix', '--dry-run');
    expect(r.code).toBe(10);
    expect(r.stdout).toContain('0 findings fixed by 0 changes');
    expect(r.stdout).toContain('Nothing to change');
    expect(nicprops('check', '--dry-run').code).toBe(2);
  });
});

describe('nicprops report', () => {
  it('covers the adapters a person sees by default, every adapter with --all, as the documented JSON', () => {
    const r = nicprops('report', '--format', 'json');
    expect(r.code).toBe(0);
    const report = r.json<{
      adapters: { id: string; findings: { id: string }[]; nonDefault: { keyword: string; default: string | null }[] }[];
      totals: Record<string, number>;
    }>();
    expect(Object.keys(report)).toEqual(['title', 'generatedAt', 'tool', 'source', 'globals', 'adapters', 'totals']);
    expect(report.adapters.map((a) => a.id)).toEqual(['0007', '0008', '0009', '0010', '0011', '0012', '0015']);
    expect(nicprops('report', '--all', '--json').json<{ adapters: unknown[] }>().adapters).toHaveLength(8);
    const intel = report.adapters[0]!;
    expect(intel.nonDefault.map((v) => `${v.keyword} (default ${v.default})`)).toEqual([
      '*ReceiveBuffers (default 256)',
      '*TCPChecksumOffloadIPv4 (default 3)',
    ]);
  });

  it('prints Markdown for a ticket and saves a self-contained HTML page', () => {
    const md = nicprops('report', 'Ethernet 5');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Network adapter report: demo data\n/);
    expect(md.stdout).toContain('| Error | R28 | Speed & Duplex is set to "1000"');
    expect(md.stdout).toContain('| Energy-Efficient Ethernet | \\*EEE | REG_BINARY 01 00 00 00 | Enabled |');
    const file = join(dir, 'report.html');
    expect(nicprops('report', '--out', file).code).toBe(0);
    const page = readFileSync(file, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-`);
    expect(page).not.toMatch(/<script|src="http|href="http/);
    expect(nicprops('report', '--out', file).code).toBe(2);
  });

  it('documents exit code 11 in --help', () => {
    expect(nicprops('--help').stdout).toContain('11  diff: the adapters differ; profile check: an adapter differs from the profile');
  });
});
