/**
 * A write that fails mid-transaction leaves the registry as it was. ChangeService runs over the
 * real `live` source (registry-js + native-reg under Wine, prefix seeded from demo.reg) through a
 * wrapper that fails the Nth setValue: either before it reaches the registry, or after (the value
 * was written but the source reported an error). The change set uses every write path the live
 * source has: registry-js (REG_SZ over REG_SZ, over REG_DWORD, over absent), native-reg writes
 * (restoring a REG_BINARY) and deletes (Not Present, and undoing a value that was absent), and a global.
 */

import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';

import { ApplyError } from '../../../electron/services/apply-error';
import { ChangeService } from '../../../electron/services/change-service';
import { FileJournal } from '../../../electron/services/journal-store';
import { LiveRegistry } from '../../../electron/sources/live-registry';
import { RegistryWriteError, type RegistrySource } from '../../../electron/sources/registry-source';
import type { Change } from '../../../shared/model/change-set';
import { adapterKeyPath, IPSEC_KEY, NET_CLASS_KEY, TCPIP_PARAMETERS_KEY } from '../../../shared/model/registry-paths';
import type { RegistryValue } from '../../../shared/model/registry-value';
import { makeTempDir, regExportTree, regQuery, treeAsSets, type ExportedKey } from './support/wine';

/** Fails the `failAt`-th setValue (1-based), before or after passing it to the real source. */
class FailingSource implements RegistrySource {
  readonly kind = 'live' as const;
  readonly label = 'live registry that fails a write';
  setCalls = 0;
  readonly log: string[] = [];

  constructor(
    private readonly inner: RegistrySource,
    private readonly failAt: number,
    private readonly when: 'before' | 'after',
  ) {}

  listSubkeys(path: string) {
    return this.inner.listSubkeys(path);
  }
  readValues(path: string) {
    return this.inner.readValues(path);
  }
  createKey(path: string) {
    return this.inner.createKey(path);
  }
  deleteValue(path: string, name: string) {
    this.log.push(`delete ${name}`);
    return this.inner.deleteValue(path, name);
  }
  async setValue(path: string, name: string, value: RegistryValue): Promise<void> {
    this.setCalls++;
    this.log.push(`set ${name}`);
    if (this.setCalls === this.failAt) {
      if (this.when === 'after') await this.inner.setValue(path, name, value);
      throw new RegistryWriteError('failed', `injected failure on setValue #${this.failAt} (${name}, ${this.when} writing)`);
    }
    await this.inner.setValue(path, name, value);
  }
}

const live = new LiveRegistry();
const journalDir = makeTempDir('nicprops-rollback-journal');
after(() => rmSync(journalDir, { recursive: true, force: true }));

const A7 = adapterKeyPath('0007');
const A12 = adapterKeyPath('0012');
const A15 = adapterKeyPath('0015');

const changes: Change[] = [
  { scope: 'adapter', adapterId: '0007', keyword: '*JumboPacket', value: '9014' }, // REG_SZ "1514" -> "9014"
  { scope: 'adapter', adapterId: '0007', keyword: '*ReceiveBuffers', value: '1024' }, // REG_DWORD 512 -> REG_SZ
  { scope: 'adapter', adapterId: '0007', keyword: '*PtpHardwareTimestamp', value: '1' }, // absent -> REG_SZ
  { scope: 'adapter', adapterId: '0012', keyword: 'NetworkAddress', value: null }, // deleted (native-reg)
  { scope: 'adapter', adapterId: '0015', keyword: '*EEE', value: '0' }, // REG_BINARY -> REG_SZ (restored by native-reg)
  { scope: 'global', name: 'DisableTaskOffload', value: 1 }, // REG_DWORD 0 -> 1
];
const SET_CALLS = 5; // every change but the deletion is a setValue
/** The source calls a successful apply makes, in order (createKey and reads aside). */
const FORWARD = ['set *JumboPacket', 'set *ReceiveBuffers', 'set *PtpHardwareTimestamp', 'delete NetworkAddress', 'set *EEE', 'set DisableTaskOffload'];

function snapshot(): Map<string, ExportedKey> {
  return new Map([...regExportTree(NET_CLASS_KEY), ...regExportTree(TCPIP_PARAMETERS_KEY), ...regExportTree(IPSEC_KEY)]);
}

describe('a failed write mid-transaction is rolled back', () => {
  const seeded = snapshot();

  it('starts from the seeded values the change set replaces', () => {
    assert.deepEqual(regQuery(A7, '*ReceiveBuffers'), { type: 'REG_DWORD', data: '0x200' });
    assert.equal(regQuery(A7, '*PtpHardwareTimestamp'), null);
    assert.deepEqual(regQuery(A12, 'NetworkAddress'), { type: 'REG_SZ', data: '525400A1B2C3' });
    assert.deepEqual(regQuery(A15, '*EEE'), { type: 'REG_BINARY', data: '01000000' });
  });

  for (const [failAt, when] of [
    [1, 'before'],
    [2, 'after'],
    [4, 'before'],
    [SET_CALLS, 'after'],
  ] as const) {
    it(`setValue #${failAt} fails ${when} writing: ApplyError write-failed, registry and journal as before`, async () => {
      const source = new FailingSource(live, failAt, when);
      const service = new ChangeService(source, new FileJournal(journalDir));
      let error: unknown;
      try {
        await service.apply(changes.map((change) => ({ change })));
      } catch (e) {
        error = e;
      }
      assert.ok(error instanceof ApplyError, `expected an ApplyError, got ${String(error)}`);
      assert.equal(error.code, 'write-failed');
      assert.match(error.message, /rolled back; the registry is as it was/);
      assert.match(error.message, new RegExp(`injected failure on setValue #${failAt}`));
      // Forward writes in change-set order up to the failing one, nothing after it; then the rollback.
      const forward = FORWARD.slice(0, FORWARD.indexOf(FORWARD.filter((l) => l.startsWith('set '))[failAt - 1]!) + 1);
      assert.deepEqual(source.log.slice(0, forward.length), forward);
      const rollback = source.log.slice(forward.length);
      // Every value actually changed is written back (the failed one too when it reached the registry).
      const changed = forward.slice(0, when === 'after' ? forward.length : forward.length - 1).map((l) => l.replace(/^\w+ /, ''));
      assert.deepEqual(rollback.map((l) => l.replace(/^\w+ /, '')).sort(), [...changed].sort(), `rollback: ${rollback.join(', ')}`);
      assert.deepEqual(treeAsSets(snapshot()), treeAsSets(seeded), 'every key and value as seeded');
      assert.deepEqual(readdirSync(journalDir), [], 'the journal entry was discarded');
    });
  }

  it('the binary, absent and deleted values are back exactly (reg.exe)', () => {
    assert.deepEqual(regQuery(A7, '*ReceiveBuffers'), { type: 'REG_DWORD', data: '0x200' });
    assert.equal(regQuery(A7, '*PtpHardwareTimestamp'), null);
    assert.deepEqual(regQuery(A12, 'NetworkAddress'), { type: 'REG_SZ', data: '525400A1B2C3' });
    assert.deepEqual(regQuery(A15, '*EEE'), { type: 'REG_BINARY', data: '01000000' });
    assert.deepEqual(regQuery(TCPIP_PARAMETERS_KEY, 'DisableTaskOffload'), { type: 'REG_DWORD', data: '0x0' });
  });
});
