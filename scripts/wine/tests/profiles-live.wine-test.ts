/**
 * Presets, profiles and copy against the live registry under Wine (prefix seeded from the CLI's
 * two-driver fixture): the QA round trip "all offloads off -> check -> undo", copying between two
 * drivers that offer different options, and a saved profile applied to another port, each seen by
 * reg.exe. The tests run in order and build on each other.
 */

import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';

import { adapterKeyPath } from '../../../shared/model/registry-paths';
import { cliJson, makeTempDir, regQuery, runCli } from './support/wine';

const journal = makeTempDir('nicprops-journal');
const files = makeTempDir('nicprops-profiles');
after(() => {
  rmSync(journal, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});
const live = ['--source', 'live', '--journal', journal];
const PORT1 = adapterKeyPath('0001');
const FABRIKAM = adapterKeyPath('0002');
const PORT2 = adapterKeyPath('0003');

interface ApplyJson {
  applied: boolean;
  journalEntry?: string;
  plans?: { skipped: { keyword: string; code: string }[] }[];
  plan?: { skipped: { keyword: string; code: string }[] };
}

const sz = (data: string) => ({ type: 'REG_SZ', data });

describe('presets, copy and profiles on the live registry', () => {
  let offEntry = '';

  it('applies "all offloads off" to a port: every offload the driver defines is written as its Disabled value', () => {
    const r = cliJson<ApplyJson>(['profile', 'apply', 'preset:all-offloads-off', '0001', ...live]);
    assert.equal(r.applied, true);
    offEntry = r.journalEntry!;
    for (const kw of [
      '*IPChecksumOffloadIPv4',
      '*TCPChecksumOffloadIPv4',
      '*UDPChecksumOffloadIPv6',
      '*LsoV2IPv4',
      '*RscIPv6',
      '*UsoIPv4',
      '*EncapsulatedPacketTaskOffload',
    ]) {
      assert.deepEqual(regQuery(PORT1, kw), sz('0'), kw);
    }
    assert.deepEqual(regQuery(PORT1, '*JumboPacket'), sz('9014')); // not an offload: untouched
    assert.equal(runCli(['profile', 'check', 'preset:all-offloads-off', '0001', ...live]).code, 0);
  });

  it('undo restores every value, and the preset check reports drift again', () => {
    cliJson(['undo', offEntry, ...live]);
    assert.deepEqual(regQuery(PORT1, '*TCPChecksumOffloadIPv4'), sz('3'));
    assert.deepEqual(regQuery(PORT1, '*LsoV2IPv4'), sz('1'));
    assert.equal(runCli(['profile', 'check', 'preset:all-offloads-off', '0001', ...live]).code, 11);
  });

  it('never writes a value the other driver does not offer', () => {
    const r = cliJson<ApplyJson>(['profile', 'apply', 'preset:all-offloads-off', 'Ethernet 2', ...live]);
    assert.deepEqual(
      r.plans![0]!.skipped.map((s) => `${s.keyword} ${s.code}`),
      ['*UDPChecksumOffloadIPv4 not-offered', '*UDPChecksumOffloadIPv6 not-offered'],
    );
    assert.deepEqual(regQuery(FABRIKAM, '*UDPChecksumOffloadIPv4'), sz('3'));
    assert.deepEqual(regQuery(FABRIKAM, '*TCPChecksumOffloadIPv4'), sz('0'));
    cliJson(['undo', ...live]);
    assert.deepEqual(regQuery(FABRIKAM, '*TCPChecksumOffloadIPv4'), sz('3'));
  });

  it("copies a port's values to the other driver where it accepts them", () => {
    const r = cliJson<ApplyJson>(['copy', '0001', '0002', ...live]);
    assert.equal(r.applied, true);
    assert.deepEqual(regQuery(FABRIKAM, '*LsoV2IPv4'), sz('1'));
    assert.deepEqual(regQuery(FABRIKAM, '*ReceiveBuffers'), sz('1024'));
    assert.deepEqual(regQuery(FABRIKAM, '*JumboPacket'), sz('1514')); // 9014 is beyond this driver's 9000
    assert.ok(r.plan!.skipped.some((s) => s.keyword === '*JumboPacket' && s.code === 'invalid'));
  });

  it('saves a port as a profile and applies it to the other port; then they differ only in the address', () => {
    const file = path.join(files, 'port1.json');
    cliJson(['profile', 'save', '0001', file, ...live]);
    cliJson(['profile', 'apply', file, '0003', ...live]);
    assert.deepEqual(regQuery(PORT2, '*TCPChecksumOffloadIPv4'), sz('3'));
    assert.deepEqual(regQuery(PORT2, '*ReceiveBuffers'), sz('1024'));
    const diff = runCli(['diff', '0001', '0003', '--json', ...live]);
    assert.equal(diff.code, 11);
    assert.deepEqual(
      (JSON.parse(diff.stdout) as { rows: { keyword: string }[] }).rows.map((r) => r.keyword),
      ['NetworkAddress'],
    );
    assert.equal(runCli(['profile', 'check', file, '0001', '0003', ...live]).code, 0);
  });
});
