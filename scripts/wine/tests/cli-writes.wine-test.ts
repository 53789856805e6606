/**
 * `nicprops` writing the live registry under Wine (prefix seeded from demo.reg): every kind of
 * write lands as `reg.exe` sees it, invalid input writes nothing, and undo restores the journal's
 * before-values exactly (type included). The tests run in order and build on each other.
 */

import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';

import type { JournalEntry } from '../../../shared/model/journal';
import { adapterKeyPath, IPSEC_KEY, NET_CLASS_KEY, TCPIP_PARAMETERS_KEY } from '../../../shared/model/registry-paths';
import type { RegistryValue } from '../../../shared/model/registry-value';
import { cliJson, makeTempDir, regExportBytes, regExportTree, regQuery, runCli, treeAsSets, type ExportedKey } from './support/wine';

const journal = makeTempDir('nicprops-journal');
after(() => rmSync(journal, { recursive: true, force: true }));
const live = ['--source', 'live', '--journal', journal];
const A7 = adapterKeyPath('0007');
const A12 = adapterKeyPath('0012');

/** Everything the CLI may write: the Net class key and both globals keys. */
function snapshot(): Map<string, ExportedKey> {
  return new Map([...regExportTree(NET_CLASS_KEY), ...regExportTree(TCPIP_PARAMETERS_KEY), ...regExportTree(IPSEC_KEY)]);
}
function exportBytes(): Buffer {
  return Buffer.concat([NET_CLASS_KEY, TCPIP_PARAMETERS_KEY, IPSEC_KEY].map(regExportBytes));
}
/** A value as `reg export` + the project's reader see it; null when absent. */
function exported(tree: Map<string, ExportedKey>, key: string, name: string): RegistryValue | null {
  return tree.get(key.toLowerCase())?.values.find((v) => v.name.toLowerCase() === name.toLowerCase())?.value ?? null;
}

interface ChangeJson {
  applied: boolean;
  journalEntry?: string;
  changes: { keyword?: string; name?: string; value: unknown }[];
}
interface PropertyJson {
  keyword: string;
  default: string | null;
  optional: boolean;
}

const initial = snapshot();
const applied: string[] = [];

function set(args: string[]): ChangeJson {
  const r = cliJson<ChangeJson>([...args, ...live]);
  assert.equal(r.applied, true);
  assert.ok(r.journalEntry);
  applied.push(r.journalEntry);
  return r;
}

describe('writes through the CLI, visible to reg.exe', () => {
  it('set: enum values, stored as REG_SZ', () => {
    assert.deepEqual(regQuery(A7, '*JumboPacket'), { type: 'REG_SZ', data: '1514' });
    set(['set', '0007', '*JumboPacket=9014', 'ITR=950']);
    assert.deepEqual(regQuery(A7, '*JumboPacket'), { type: 'REG_SZ', data: '9014' });
    assert.deepEqual(regQuery(A7, 'ITR'), { type: 'REG_SZ', data: '950' });
  });

  it('set: numeric values by connection name, replacing a REG_DWORD with the REG_SZ Windows writes', () => {
    assert.deepEqual(regQuery(A7, '*ReceiveBuffers'), { type: 'REG_DWORD', data: '0x200' });
    set(['set', 'Ethernet', 'VlanID=42', '*ReceiveBuffers=1024']);
    assert.deepEqual(regQuery(A7, 'VlanID'), { type: 'REG_SZ', data: '42' });
    assert.deepEqual(regQuery(A7, '*ReceiveBuffers'), { type: 'REG_SZ', data: '1024' });
  });

  it('set --not-present: deletes the value', () => {
    assert.deepEqual(regQuery(A12, 'NetworkAddress'), { type: 'REG_SZ', data: '525400A1B2C3' });
    set(['set', '0012', '--not-present', 'NetworkAddress']);
    assert.equal(regQuery(A12, 'NetworkAddress'), null);
    assert.equal(exported(regExportTree(A12), A12, 'NetworkAddress'), null);
  });

  it("reset: every property back to the driver's default (optional ones without a default absent)", () => {
    set(['reset', '0007']);
    const props = cliJson<{ properties: PropertyJson[] }>(['show', '0007', ...live]).properties;
    const tree = regExportTree(A7);
    let defaults = 0;
    for (const p of props) {
      const want: RegistryValue | null = p.default !== null ? { type: 'REG_SZ', data: p.default } : null;
      if (p.default === null) assert.equal(p.optional, true, `${p.keyword} has no default and is not optional`);
      assert.deepEqual(exported(tree, A7, p.keyword), want, p.keyword);
      if (want) defaults++;
    }
    assert.ok(defaults >= 30, `${defaults} defaults`);
    // The values set above are back to their defaults.
    assert.deepEqual(regQuery(A7, '*JumboPacket'), { type: 'REG_SZ', data: '1514' });
    assert.deepEqual(regQuery(A7, '*ReceiveBuffers'), { type: 'REG_SZ', data: '256' });
    assert.deepEqual(regQuery(A7, '*TCPChecksumOffloadIPv4'), { type: 'REG_SZ', data: '3' });
    // Values that are not properties are left alone.
    assert.deepEqual(regQuery(A7, 'DbgTraceLevel'), { type: 'REG_DWORD', data: '0x3' });
  });

  it('globals DisableTaskOffload=1: a REG_DWORD', () => {
    assert.deepEqual(regQuery(TCPIP_PARAMETERS_KEY, 'DisableTaskOffload'), { type: 'REG_DWORD', data: '0x0' });
    set(['globals', 'DisableTaskOffload=1']);
    assert.deepEqual(regQuery(TCPIP_PARAMETERS_KEY, 'DisableTaskOffload'), { type: 'REG_DWORD', data: '0x1' });
    assert.deepEqual(cliJson(['globals', ...live]), { disableTaskOffload: 1, ipsecEnabledOffload: 1 });
  });

  it('set --restart: the value is written, and a restart Windows cannot do here is reported with exit 9', () => {
    // Wine's powershell.exe is a stand-in that runs nothing and exits 0: the missing confirmation must show.
    const r = runCli(['set', '0007', 'ITR=3600', '--restart', '--json', ...live]);
    assert.equal(r.code, 9, r.stderr);
    const out = JSON.parse(r.stdout) as ChangeJson & { restarted: string[]; restartProblems: string[] };
    assert.equal(out.applied, true);
    applied.push(out.journalEntry!);
    assert.deepEqual(out.restarted, []);
    assert.equal(out.restartProblems.length, 1);
    assert.equal(
      out.restartProblems[0],
      'Could not restart Ethernet: PowerShell did not confirm the restart. The values are written; restart the adapter in Device Manager or restart Windows.',
    );
    assert.deepEqual(regQuery(A7, 'ITR'), { type: 'REG_SZ', data: '3600' });
  });

  it('invalid values: exit code 4 and nothing written', () => {
    const before = exportBytes();
    for (const args of [
      ['set', '0007', '*JumboPacket=1234'], // not in the enum
      ['set', '0007', 'VlanID=5000'], // above Max
      ['set', '0007', 'ITR=200', 'VlanID=abc'], // one valid, one not: neither is written
      ['globals', 'DisableTaskOffload=2'],
    ]) {
      const r = runCli([...args, ...live]);
      assert.equal(r.code, 4, `${args.join(' ')}: exit ${r.code}, ${r.stderr}`);
      assert.match(r.stderr, /^nicprops: /);
    }
    assert.ok(exportBytes().equals(before), 'the registry is byte-for-byte as before');
    assert.equal(cliJson<unknown[]>(['history', ...live]).length, applied.length, 'no journal entry');
  });
});

describe('history and undo', () => {
  it('history --json lists every applied change set, newest first, with before and after values', () => {
    const entries = cliJson<JournalEntry[]>(['history', ...live]);
    assert.deepEqual(
      entries.map((e) => e.id),
      [...applied].reverse(),
    );
    for (const e of entries) {
      assert.equal(e.state, 'applied');
      assert.equal(e.undoOf, null);
    }
    const numeric = entries.find((e) => e.id === applied[1])!;
    const rb = numeric.writes.find((w) => w.change.scope === 'adapter' && w.change.keyword === '*ReceiveBuffers')!;
    assert.deepEqual(rb.before, { type: 'REG_DWORD', data: 512 });
    assert.deepEqual(rb.after, { type: 'REG_SZ', data: '1024' });
    const np = entries.find((e) => e.id === applied[2])!.writes[0]!;
    assert.deepEqual([np.before, np.after], [{ type: 'REG_SZ', data: '525400A1B2C3' }, null]);
  });

  it("undo (newest first) restores each entry's before-values exactly, type included", () => {
    const entries = cliJson<JournalEntry[]>(['history', ...live]);
    for (const id of [...applied].reverse()) {
      const r = cliJson<{ undone: string }>(['undo', ...live]);
      assert.equal(r.undone, id);
      const entry = entries.find((e) => e.id === id)!;
      const tree = snapshot();
      for (const w of entry.writes) {
        const c = w.change;
        const [key, name] =
          c.scope === 'adapter' ? [adapterKeyPath(c.adapterId), c.keyword] : [c.name === 'DisableTaskOffload' ? TCPIP_PARAMETERS_KEY : IPSEC_KEY, c.name];
        assert.deepEqual(exported(tree, key, name), w.before, `${id}: ${name}`);
      }
    }
    assert.deepEqual(regQuery(A7, '*ReceiveBuffers'), { type: 'REG_DWORD', data: '0x200' });
    assert.deepEqual(regQuery(A12, 'NetworkAddress'), { type: 'REG_SZ', data: '525400A1B2C3' });
    assert.deepEqual(regQuery(TCPIP_PARAMETERS_KEY, 'DisableTaskOffload'), { type: 'REG_DWORD', data: '0x0' });
  });

  it('after undoing everything the registry is as seeded (every key, every value)', () => {
    assert.deepEqual(treeAsSets(snapshot()), treeAsSets(initial));
  });

  it('the history records the undos, and there is nothing left to undo', () => {
    const entries = cliJson<JournalEntry[]>(['history', ...live]);
    assert.equal(entries.length, applied.length * 2);
    assert.deepEqual(
      entries
        .filter((e) => e.undoOf !== null)
        .map((e) => e.undoOf)
        .sort(),
      [...applied].sort(),
    );
    const r = runCli(['undo', ...live]);
    assert.equal(r.code, 3, r.stderr);
  });
});
