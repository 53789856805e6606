/**
 * The collector's layout with a real reg.exe: in a prefix seeded from the demo (fixtures/
 * fleet-collect.reg links to demo.reg), Wine's reg.exe exports each 4-digit adapter key and the
 * connection names key one at a time, exactly as the collector script runs it, and the parts are
 * joined as the collector joins them (each file's header line dropped, one header first, the two
 * global switches written as values). `nicprops fleet` must read that file to the same adapters and
 * findings that `nicprops check` reads from the registry itself — and from the demo file.
 *
 * (No PowerShell runs here: Wine's powershell.exe is a stub. The collector script itself runs on
 * the Windows runner, job `fleet`.)
 */

import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';

import { LiveRegistry } from '../../../electron/sources/live-registry';
import { decodeRegBytes } from '../../../electron/sources/reg-file/decode-reg-bytes';
import { encodeRegFile } from '../../../electron/sources/reg-file/write-reg';
import { IPSEC_KEY, NET_CLASS_KEY, NETWORK_CONNECTIONS_KEY, TCPIP_PARAMETERS_KEY } from '../../../shared/model/registry-paths';
import { makeTempDir, regExportBytes, runCli } from './support/wine';

const tmp = makeTempDir('nicprops-fleet-collect');
after(() => rmSync(tmp, { recursive: true, force: true }));

interface CheckJson {
  adapter: { id: string };
  findings: { id: string; severity: string }[];
}
interface FleetJson {
  totals: { machines: number; unreadable: number };
  machines: {
    machine: string;
    globals: { disableTaskOffload: number | null; ipsecEnabledOffload: number | null };
    adapters: { id: string; findings: { id: string; severity: string }[] }[];
  }[];
}

/** What the collector writes for this registry, built step by step the way its script does. */
async function collect(): Promise<Buffer> {
  const live = new LiveRegistry();
  const ids = ((await live.listSubkeys(NET_CLASS_KEY)) ?? []).filter((k) => /^\d{4}$/.test(k)).sort();
  const parts: string[] = [];
  for (const key of [...ids.map((id) => `${NET_CLASS_KEY}\\${id}`), NETWORK_CONNECTIONS_KEY]) {
    // [IO.File]::ReadAllText(..., Unicode) then -replace '^Windows Registry Editor Version 5\.00\r?\n', ''
    parts.push(decodeRegBytes(regExportBytes(key.replace('HKEY_LOCAL_MACHINE', 'HKLM'))).replace(/^Windows Registry Editor Version 5\.00\r?\n/, ''));
  }
  for (const [key, name] of [
    [TCPIP_PARAMETERS_KEY, 'DisableTaskOffload'],
    [IPSEC_KEY, 'EnabledOffload'],
  ] as const) {
    const value = (await live.readValues(key))?.find((v) => v.name === name)?.value;
    if (value?.type === 'REG_DWORD') parts.push(`\r\n[${key}]\r\n"${name}"=dword:${value.data.toString(16).padStart(8, '0')}\r\n`);
  }
  return Buffer.from(encodeRegFile(`Windows Registry Editor Version 5.00\r\n${parts.join('')}`));
}

describe('the collector layout from a real reg.exe, read by nicprops fleet', () => {
  it('reads back the same adapters, findings and globals as the registry itself and as the demo file', async () => {
    const folder = path.join(tmp, 'exports');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'WINEHOST.reg'), await collect());
    writeFileSync(
      path.join(folder, 'WINEHOST.json'),
      JSON.stringify({ format: 'nicprops-collector', version: 1, machine: 'WINEHOST', osBuild: '6.1.7601.0', collectedAt: new Date().toISOString() }),
    );

    const r = runCli(['fleet', folder, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const fleet = JSON.parse(r.stdout) as FleetJson;
    assert.deepEqual(fleet.totals.machines, 1);
    assert.deepEqual(fleet.totals.unreadable, 0);
    const machine = fleet.machines[0]!;
    assert.equal(machine.machine, 'WINEHOST');
    assert.deepEqual(machine.globals, { disableTaskOffload: 0, ipsecEnabledOffload: 1 });

    const shape = (list: { adapter: { id: string }; findings: { id: string; severity: string }[] }[]) =>
      list.filter((c) => machine.adapters.some((a) => a.id === c.adapter.id)).map((c) => [c.adapter.id, c.findings.map((f) => `${f.severity} ${f.id}`).sort()]);
    const fromFleet = machine.adapters.map((a) => [a.id, a.findings.map((f) => `${f.severity} ${f.id}`).sort()]);
    // check exits 10: the demo has error findings on purpose.
    const check = (source: string) => {
      const c = runCli(['check', '--source', source, '--json']);
      assert.equal(c.code, 10, c.stderr);
      return JSON.parse(c.stdout) as CheckJson[];
    };
    assert.deepEqual(fromFleet, shape(check('live')));
    assert.deepEqual(fromFleet, shape(check('demo')));
    assert.ok(fromFleet.length >= 7, 'every adapter with an Advanced page');
  });
});
