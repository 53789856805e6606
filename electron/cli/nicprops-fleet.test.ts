/**
 * `nicprops fleet`, `collector` and `profile export`, run as the built CLI over a folder of
 * per-machine exports in the collector's layout: the demo machine, hidden variations of it (RSC
 * off, a later driver that no longer offers a value, hostile adapter text), an export without a
 * sidecar, one with a broken sidecar, an unreadable export, and what must be ignored.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FleetReport } from '../../shared/fleet/fleet-model';
import { NET_CLASS_KEY, NETWORK_CONNECTIONS_KEY } from '../../shared/model/registry-paths';
import type { Profile } from '../../shared/profiles/profile';
import { demoVariant, writeMachine } from '../services/fleet/test-support/collector-exports';
import { buildPrivateCli, removePrivateCli } from './test-support/private-cli';

type Element = DefaultTreeAdapterMap['element'];

let cli = '';
const dir = mkdtempSync(join(tmpdir(), 'nicprops-fleet-'));
const fleet = join(dir, 'exports');
const HOSTILE_DESCRIPTION = '=HYPERLINK("http://x")\u001b[2J\nRealtek <script>alert(1)</script>\u202e';
const HOSTILE_CONNECTION = '-Ethernet\u001b]0;owned\u0007 2\r\nforged line\u2028';
const HOSTILE_MACHINE = 'HOST-C <img src=x onerror=alert(1)>';

const adapter = (id: string) => `${NET_CLASS_KEY}\\${id}`;
const profileFile = join(dir, 'intel.json');

/** Writes `profile` as a profile file (format 1) to `path`; returns the path. */
function writeProfile(path: string, profile: Omit<Profile, 'formatVersion'>): string {
  writeFileSync(path, JSON.stringify({ formatVersion: 1, ...profile }));
  return path;
}

beforeAll(async () => {
  cli = buildPrivateCli();
  mkdirSync(fleet);
  await writeMachine(fleet, 'HOST-A', await demoVariant(), { machine: 'HOST-A' });
  await writeMachine(
    fleet,
    'HOST-B',
    await demoVariant(async (r) => {
      // RSC off on the Mellanox; a later Intel driver that no longer offers Flow Control "Rx & Tx".
      await r.setValue(adapter('0010'), '*RscIPv4', { type: 'REG_SZ', data: '0' });
      await r.setValue(adapter('0007'), 'DriverVersion', { type: 'REG_SZ', data: '12.19.9.99' });
      await r.setValue(adapter('0007'), '*FlowControl', { type: 'REG_SZ', data: '0' });
      await r.deleteValue(`${adapter('0007')}\\Ndi\\params\\*FlowControl\\enum`, '3');
    }),
    { machine: 'HOST-B', osBuild: '10.0.26100.2314' },
  );
  await writeMachine(
    fleet,
    'HOST-C',
    await demoVariant(async (r) => {
      await r.setValue(adapter('0008'), 'DriverDesc', { type: 'REG_SZ', data: HOSTILE_DESCRIPTION });
      const guid = (await r.readValues(adapter('0008')))!.find((v) => v.name === 'NetCfgInstanceId')!.value.data as string;
      await r.setValue(`${NETWORK_CONNECTIONS_KEY}\\${guid}\\Connection`, 'Name', { type: 'REG_SZ', data: HOSTILE_CONNECTION });
      await r.setValue(adapter('0007'), '*LsoV2IPv4', { type: 'REG_SZ', data: '0' });
    }),
    { machine: HOSTILE_MACHINE },
  );
  await writeMachine(fleet, 'host-d', await demoVariant(), false);
  await writeMachine(fleet, 'host-e', await demoVariant(), false);
  writeFileSync(join(fleet, 'host-e.json'), '{ not json');
  writeFileSync(join(fleet, 'broken.reg'), 'this is not a registry export\r\n');
  // Still being written by the collector, and things that are not exports: all ignored.
  writeFileSync(join(fleet, 'HOST-F.reg.partial'), 'half');
  writeFileSync(join(fleet, 'notes.txt'), 'x');
  writeProfile(profileFile, {
    name: 'Intel I219 baseline',
    match: { componentId: ['pci\\ven_8086&dev_15bb*'] },
    settings: [
      { keyword: '*LsoV2IPv4', value: '1' },
      { keyword: '*FlowControl', value: '3' },
      { keyword: '*JumboPacket', value: '1514' },
    ],
  });
}, 60_000);

afterAll(() => removePrivateCli(cli));

function nicprops(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: <T>() => JSON.parse(r.stdout) as T };
}

function elements(node: DefaultTreeAdapterMap['node'], out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, out);
  return out;
}

function textOf(node: DefaultTreeAdapterMap['node']): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

describe('nicprops fleet', () => {
  it('reads every export in the folder one machine at a time, names machines from their sidecars, and says which could not be read', () => {
    const r = nicprops('fleet', fleet, '--json');
    expect(r.code, r.stderr).toBe(8);
    const report = r.json<FleetReport>();
    expect(report.totals).toMatchObject({ files: 6, machines: 5, unreadable: 1, drifted: 0 });
    expect(report.machines.map((m) => m.machine)).toEqual(['HOST-A', 'HOST-B', HOSTILE_MACHINE, 'broken', 'host-d', 'host-e']);
    expect(report.machines.find((m) => m.file === 'broken.reg')?.error).toMatch(/^broken\.reg line 1: /);
    expect(report.machines.find((m) => m.machine === 'host-e')?.notes).toEqual([expect.stringMatching(/host-e\.json is not valid JSON; ignored\./)]);
    expect(report.machines.find((m) => m.machine === 'HOST-B')).toMatchObject({ osBuild: '10.0.26100.2314', collectedAt: '2026-11-20T09:30:00.0000000Z' });
    // The adapters a person sees (an Advanced page, not hidden): the WAN miniport is left out.
    expect(report.machines[0]!.adapters.map((a) => a.id)).toEqual(['0007', '0008', '0009', '0010', '0011', '0012', '0015']);
  });

  it('round-trips the demo: a machine collected from the demo has exactly the findings "check" finds on the demo', () => {
    const report = nicprops('fleet', join(fleet, 'HOST-A.reg'), '--json').json<FleetReport>();
    const check = nicprops('check', '--json').json<{ adapter: { id: string }; findings: { id: string; severity: string }[] }[]>();
    const fromFleet = report.machines[0]!.adapters.map((a) => [a.id, a.findings.map((f) => `${f.severity} ${f.id}`)]);
    const fromCheck = check
      .filter((c) => report.machines[0]!.adapters.some((a) => a.id === c.adapter.id))
      .map((c) => [c.adapter.id, c.findings.map((f) => `${f.severity} ${f.id}`)]);
    expect(fromFleet).toEqual(fromCheck);
    expect(fromFleet.flatMap(([, f]) => f).length).toBeGreaterThan(3);
    // Without a profile, differences are the values not at the driver default, as "report" lists them.
    const nonDefault = report.machines[0]!.adapters.find((a) => a.id === '0008')!.differences.map((d) => d.keyword);
    expect(nonDefault).toContain('*JumboPacket');
  });

  it('answers "which of my hosts have RSC off": each value of a keyword with the machines that hold it', () => {
    const r = nicprops('fleet', fleet, '--keyword', '*RscIPv4', '--json');
    const rsc = r.json<FleetReport>().summary.values.find((k) => k.keyword === '*RscIPv4')!;
    // HOST-B has RSC off on its Mellanox and on on its other adapters that define it.
    expect(rsc.values.map((v) => [v.value, v.display, v.machineNames])).toEqual([
      ['1', 'Enabled', ['HOST-A', 'HOST-B', HOSTILE_MACHINE, 'host-d', 'host-e']],
      ['0', 'Disabled', ['HOST-B']],
    ]);
    const text = nicprops('fleet', fleet, '--keyword', '*RscIPv4').stdout;
    expect(text).toContain('    Disabled (0): 1 machine, 1 adapter: HOST-B\n');
    // Keywords whose value differs between machines are listed without asking (not those that only
    // differ between the adapters of every machine alike); the driver versions too.
    const report = nicprops('fleet', fleet, '--json').json<FleetReport>();
    expect(report.summary.values.map((k) => k.keyword).sort()).toEqual(['*FlowControl', '*LsoV2IPv4', '*RscIPv4']);
    expect(
      report.summary.drivers.filter((d) => d.componentId === 'pci\\ven_8086&dev_15bb&subsys_085a1028').map((d) => [d.driverVersion, d.machineNames]),
    ).toEqual([
      ['12.19.2.45', ['HOST-A', HOSTILE_MACHINE, 'host-d', 'host-e']],
      ['12.19.9.99', ['HOST-B']],
    ]);
  });

  it('compares every matching adapter with a profile: drift exits 11, and a value the driver no longer offers is drift that cannot be applied', () => {
    const r = nicprops('fleet', fleet, '--profile', profileFile, '--json');
    expect(r.code).toBe(11);
    const report = r.json<FleetReport>();
    expect(report.profile).toEqual({ file: profileFile, name: 'Intel I219 baseline', settings: 3 });
    expect(report.totals).toMatchObject({ drifted: 2, noMatchingAdapter: 0 });
    expect(report.machines.filter((m) => m.drift).map((m) => m.machine)).toEqual(['HOST-B', HOSTILE_MACHINE]);
    const b = report.machines.find((m) => m.machine === 'HOST-B')!.adapters.find((a) => a.id === '0007')!;
    expect(b.differences).toEqual([
      expect.objectContaining({
        keyword: '*FlowControl',
        kind: 'cannot-apply',
        current: '0',
        wanted: '3',
        reason: expect.stringContaining('"3" is not one of the values the driver offers'),
      }),
    ]);
    const c = report.machines.find((m) => m.machine === HOSTILE_MACHINE)!.adapters.find((a) => a.id === '0007')!;
    expect(c.differences).toEqual([
      expect.objectContaining({ keyword: '*LsoV2IPv4', kind: 'differs', current: '0', currentDisplay: 'Disabled', wanted: '1', wantedDisplay: 'Enabled' }),
    ]);
    // Adapters the profile is not meant for are not compared.
    expect(report.machines[0]!.adapters.filter((a) => a.profile === 'matches').map((a) => a.id)).toEqual(['0007']);
    expect(report.summary.differences.map((d) => [d.keyword, d.machines, d.cannotApply])).toEqual([
      ['*FlowControl', 1, 1],
      ['*LsoV2IPv4', 1, 0],
    ]);
    const text = nicprops('fleet', fleet, '--profile', profileFile).stdout;
    expect(text).toContain('Profile "Intel I219 baseline"');
    expect(text).toContain('2 machines drift');
    expect(text).toMatch(/HOST-B\s+Ethernet\s+pci\\ven_8086&dev_15bb&subsys_085a1028 12\.19\.9\.99.*\*FlowControl 0->3 \(cannot apply\)/);
  });

  it('keeps hostile adapter and machine text inert in every format: one terminal line, one CSV cell, HTML text', () => {
    const text = nicprops('fleet', fleet).stdout;
    for (const raw of ['\u001b', '\u0007', '\u202e', '\u2028', '\r']) expect(text).not.toContain(raw);
    expect(text).toMatch(/^ {2}HOST-C <img src=x onerror=alert\(1\)> +-Ethernet\\x1B\]0;owned\\x07 2\\x0D\\x0Aforged line\\u2028 +pci/m);
    expect(text.split('\n').filter((l) => l.includes('forged line'))).toHaveLength(1);

    const csv = nicprops('fleet', fleet, '--format', 'csv', '--keyword', '*RscIPv4');
    const rows = parseCsv(csv.stdout, { columns: true }) as Record<string, string>[];
    const hostileRow = rows.find((row) => row.machine === HOSTILE_MACHINE && row.adapter_id === '0008')!;
    expect(hostileRow.description).toBe(`'=HYPERLINK("http://x")\\x1B[2J\\x0ARealtek <script>alert(1)</script>\\u202E`);
    expect(hostileRow.adapter).toBe(`'-Ethernet\\x1B]0;owned\\x07 2\\x0D\\x0Aforged line\\u2028`);
    expect(rows.find((row) => row.machine === 'HOST-B' && row.adapter_id === '0010')!['*RscIPv4']).toBe('0');
    expect(rows.find((row) => row.file === 'broken.reg')!.unreadable).toMatch(/^broken\.reg line 1: /);
    expect(rows).toHaveLength(5 * 7 + 1);

    const html = nicprops('fleet', fleet, '--format', 'html').stdout;
    const all = elements(parseHtml(html));
    expect(all.filter((e) => e.tagName === 'script')).toHaveLength(1);
    expect(all.filter((e) => e.tagName === 'img')).toEqual([]);
    const cells = all.filter((e) => e.tagName === 'td').map(textOf);
    expect(cells).toContain(HOSTILE_MACHINE);
    expect(cells).toContain('-Ethernet\\x1B]0;owned\\x07 2\\x0D\\x0Aforged line\\u2028');
    expect(all.find((e) => e.attrs.some((a) => a.name === 'id' && a.value === 'machines'))).toBeDefined();
  });

  it('saves to --out in the format its extension names, never over an existing file without --force', () => {
    const out = join(dir, 'fleet.html');
    const saved = nicprops('fleet', fleet, '--profile', profileFile, '--out', out);
    expect(saved.code).toBe(11);
    expect(saved.stdout).toContain(`Saved the fleet report to ${out} (html).`);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const again = nicprops('fleet', fleet, '--out', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; add --force to replace it.');
    const csvFile = join(dir, 'fleet.csv');
    nicprops('fleet', fleet, '--out', csvFile);
    expect([...readFileSync(csvFile).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('says in one sentence when a folder cannot be read or holds no export', () => {
    const missing = nicprops('fleet', join(dir, 'nowhere'));
    expect(missing.code).toBe(8);
    expect(missing.stderr).toBe(`nicprops: Cannot read ${join(dir, 'nowhere')}: no such file or folder.\n`);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(nicprops('fleet', empty).stderr).toBe(`nicprops: ${empty} holds no .reg exports (the collector writes <machine>.reg files).\n`);
  });
});

describe('nicprops collector', () => {
  it('prints the read-only collector, with a destination built in when asked, and saves it with a BOM', () => {
    const r = nicprops('collector');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("    [string] $Destination = ''\r\n");
    expect(r.stdout).toContain("& $reg export ('HKLM\\' + $key) $part /y | Out-Null");
    const share = nicprops('collector', '--destination', "\\\\files\\nic$\\o'brien");
    expect(share.stdout).toContain("    [string] $Destination = '\\\\files\\nic$\\o''brien'\r\n");
    expect(nicprops('collector', '--destination', 'a\nb').code).toBe(2);
    const out = join(dir, 'collect.ps1');
    expect(nicprops('collector', '--out', out).code).toBe(0);
    expect([...readFileSync(out).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('nicprops profile export', () => {
  it("writes each engine's files into --out, each script a UTF-8 file with a BOM and the playbook without one", () => {
    const expected = {
      dsc: ['nic-profile.dsc.ps1'],
      ansible: ['nic-profile.playbook.yml'],
      intune: ['nic-profile-detect.ps1', 'nic-profile-remediate.ps1'],
      'ps-remoting': ['apply-nic-profile.ps1'],
    };
    for (const [format, names] of Object.entries(expected)) {
      const out = join(dir, `export-${format}`);
      const r = nicprops('profile', 'export', profileFile, '--format', format, '--out', out);
      expect(r.code, r.stderr).toBe(0);
      expect(readdirSync(out).sort()).toEqual([...names].sort());
      for (const name of names) expect(readFileSync(join(out, name))[0] === 0xef).toBe(name.endsWith('.ps1'));
    }
  });

  it('prints a one-file format, and asks for --out when there are two', () => {
    expect(nicprops('profile', 'export', profileFile, '--format', 'ps-remoting').stdout).toMatch(
      /^# Generated by NIC Advanced Properties .* from the profile "Intel I219 baseline"/,
    );
    const intune = nicprops('profile', 'export', profileFile, '--format', 'intune');
    expect(intune.code).toBe(2);
    expect(intune.stderr).toContain('--format intune writes 2 files (nic-profile-detect.ps1, nic-profile-remediate.ps1); give --out FOLDER.');
    expect(nicprops('profile', 'export', profileFile, '--format', 'dsc', '--restart').code).toBe(2);
  });

  it("refuses a profile that would set an adapter's identity on a fleet, and warns about values the catalog does not document", () => {
    const bad = writeProfile(join(dir, 'bad.json'), {
      name: 'x',
      settings: [
        { keyword: 'NetworkAddress', value: '00AA00BB00CC' },
        { keyword: 'DriverDesc', value: 'x' },
      ],
    });
    const r = nicprops('profile', 'export', bad, '--format', 'ansible');
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('cannot be deployed as it is (2 problems)');
    expect(r.stderr).toContain("NetworkAddress is one adapter's own address");
    const odd = writeProfile(join(dir, 'odd.json'), {
      name: 'x',
      settings: [
        { keyword: '*LsoV2IPv4', value: '7' },
        { keyword: '*LsoV3', value: '1' },
      ],
    });
    const w = nicprops('profile', 'export', odd, '--format', 'ps-remoting');
    expect(w.code).toBe(0);
    expect(w.stderr).toContain('warning: *LsoV2IPv4=7 is not a documented value');
    expect(w.stderr).toContain('warning: *LsoV3 is not a standardized keyword in the catalog');
  });

  it('with --against, lists the machines where the profile cannot apply as-is (exit 11), and still writes the files', () => {
    const out = join(dir, 'against');
    const r = nicprops('profile', 'export', profileFile, '--format', 'intune', '--out', out, '--against', fleet, '--json');
    expect(r.code).toBe(11);
    const result = r.json<{ against: { machines: number; cannotApply: { machine: string; keyword: string }[]; unreadable: unknown[] } }>();
    expect(result.against.machines).toBe(5);
    expect(result.against.cannotApply.map((c) => [c.machine, c.keyword])).toEqual([['HOST-B', '*FlowControl']]);
    expect(result.against.unreadable).toHaveLength(1);
    expect(readdirSync(out)).toHaveLength(2);
  });
});
