import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegistryValue } from '../../shared/model/registry-value';
import { IPSEC_KEY, TCPIP_PARAMETERS_KEY } from '../../shared/model/registry-paths';
import { MemoryRegistry } from '../sources/memory-registry';
import { RegistryWriteError } from '../sources/registry-source';
import { ApplyError } from './apply-error';
import { ChangeService } from './change-service';
import { readCurrent } from './change-targets';
import { FileJournal, MemoryJournal } from './journal-store';
import { ADAPTER_KEY, fixtureDocument, fixtureRegistry } from './test-support/fixture-registry';

const set = (keyword: string, value: string | null) => ({ change: { scope: 'adapter' as const, adapterId: '0001', keyword, value } });

/** A registry whose Nth write fails (or silently does nothing), to test rollback. */
class FaultyRegistry extends MemoryRegistry {
  writes = 0;
  constructor(
    private readonly failAt: number,
    private readonly mode: 'throw' | 'denied' | 'ignore',
  ) {
    super('live', 'faulty');
    this.applyDocument(fixtureDocument());
  }
  override async setValue(path: string, name: string, value: RegistryValue): Promise<void> {
    if (++this.writes === this.failAt) {
      if (this.mode === 'ignore') return;
      throw new RegistryWriteError(this.mode === 'denied' ? 'access-denied' : 'failed', `cannot write ${name}`);
    }
    return super.setValue(path, name, value);
  }
  override async deleteValue(path: string, name: string): Promise<void> {
    if (++this.writes === this.failAt) throw new RegistryWriteError('failed', `cannot delete ${name}`);
    return super.deleteValue(path, name);
  }
}

/**
 * The registry's content with values sorted by name: a restored value goes back to its old data,
 * though (as in Windows) it may be listed last.
 */
function contentOf(registry: MemoryRegistry, root: string): string {
  return JSON.stringify(registry.snapshot(root)!.map((b) => ({ path: b.path, values: [...b.values].sort((x, y) => x.name.localeCompare(y.name)) })));
}

async function expectApplyError(promise: Promise<unknown>, code: string): Promise<ApplyError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApplyError);
  expect((error as ApplyError).code).toBe(code);
  return error as ApplyError;
}

describe('applying a change set', () => {
  it('writes REG_SZ values, deletes Not Present ones and journals the before-values', async () => {
    const registry = fixtureRegistry();
    const journal = new MemoryJournal();
    const entry = await new ChangeService(registry, journal).apply([set('*JumboPacket', '4088'), set('NetworkAddress', null), set('*ReceiveBuffers', '1024')]);
    expect(await readCurrent(registry, ADAPTER_KEY, '*JumboPacket')).toEqual({ type: 'REG_SZ', data: '4088' });
    expect(await readCurrent(registry, ADAPTER_KEY, 'NetworkAddress')).toBeNull();
    expect(entry.writes.map((w) => w.before)).toEqual([
      { type: 'REG_SZ', data: '9014' },
      { type: 'REG_SZ', data: '001122aabbcc' },
      { type: 'REG_SZ', data: '4096' },
    ]);
    expect((await journal.list()).map((e) => e.state)).toEqual(['applied']);
  });

  it('normalises values to what the driver expects: enum spelling, hex base, upper case', async () => {
    const registry = fixtureRegistry();
    await new ChangeService(registry, new MemoryJournal()).apply([set('HexMask', '0x1f'), set('NetworkAddress', '00aabbccddee')]);
    expect(await readCurrent(registry, ADAPTER_KEY, 'HexMask')).toEqual({ type: 'REG_SZ', data: '1F' });
    expect(await readCurrent(registry, ADAPTER_KEY, 'NetworkAddress')).toEqual({ type: 'REG_SZ', data: '00AABBCCDDEE' });
  });

  it('refuses invalid values with one sentence each and writes nothing', async () => {
    const registry = fixtureRegistry();
    const before = registry.toRegText(ADAPTER_KEY);
    const error = await expectApplyError(
      new ChangeService(registry, new MemoryJournal()).apply([
        set('*JumboPacket', '9000'),
        set('*ReceiveBuffers', '5000'),
        set('*LsoV2IPv4', null),
        set('NoSuchKeyword', '1'),
        set('DriverDesc', 'x'),
      ]),
      'validation',
    );
    expect(error.details).toHaveLength(5);
    expect(error.details[0]).toContain('"9000" is not one of the values the driver offers');
    expect(error.details[1]).toContain('must be between 80 and 2048');
    expect(error.details[2]).toContain('cannot be Not Present');
    expect(error.details[3]).toContain('not a keyword of Ethernet 3');
    expect(error.details[4]).toContain('never changed by this tool');
    expect(registry.toRegText(ADAPTER_KEY)).toBe(before);
  });

  it('refuses a change set touching one keyword twice', async () => {
    await expectApplyError(
      new ChangeService(fixtureRegistry(), new MemoryJournal()).apply([set('*JumboPacket', '4088'), set('*jumbopacket', '9014')]),
      'validation',
    );
  });

  it('refuses a missing adapter as not found', async () => {
    const error = await expectApplyError(
      new ChangeService(fixtureRegistry(), new MemoryJournal()).apply([
        { change: { scope: 'adapter', adapterId: '0042', keyword: '*JumboPacket', value: '1514' } },
      ]),
      'not-found',
    );
    expect(error.message).toContain('Adapter 0042 does not exist');
  });

  it('refuses when a value changed underneath since it was read, writing nothing', async () => {
    const registry = fixtureRegistry();
    const service = new ChangeService(registry, new MemoryJournal());
    await registry.setValue(ADAPTER_KEY, '*JumboPacket', { type: 'REG_SZ', data: '4088' }); // another tool
    const error = await expectApplyError(
      service.apply([
        { ...set('*LsoV2IPv4', '0'), expectedBefore: { type: 'REG_SZ', data: '1' } },
        { ...set('*JumboPacket', '1514'), expectedBefore: { type: 'REG_SZ', data: '9014' } },
      ]),
      'conflict',
    );
    expect(error.details[0]).toContain('Jumbo Packet (*JumboPacket) on Ethernet 3 is now "4088", not "9014"');
    expect(await readCurrent(registry, ADAPTER_KEY, '*LsoV2IPv4')).toEqual({ type: 'REG_SZ', data: '1' });
    expect(await service.history()).toEqual([]);
  });

  it('writes the globals as REG_DWORD and can delete them', async () => {
    const registry = fixtureRegistry();
    await new ChangeService(registry, new MemoryJournal()).apply([
      { change: { scope: 'global', name: 'DisableTaskOffload', value: 1 } },
      { change: { scope: 'global', name: 'EnabledOffload', value: 0 } },
    ]);
    expect(await readCurrent(registry, TCPIP_PARAMETERS_KEY, 'DisableTaskOffload')).toEqual({ type: 'REG_DWORD', data: 1 });
    expect(await readCurrent(registry, IPSEC_KEY, 'EnabledOffload')).toEqual({ type: 'REG_DWORD', data: 0 });
  });
});

describe('a write that fails mid-way', () => {
  for (const [mode, code] of [
    ['throw', 'write-failed'],
    ['denied', 'access-denied'],
    ['ignore', 'write-failed'],
  ] as const) {
    it(`leaves the registry exactly as before (${mode})`, async () => {
      const registry = new FaultyRegistry(3, mode);
      const before = contentOf(registry, 'HKEY_LOCAL_MACHINE\\SYSTEM');
      const journal = new MemoryJournal();
      const error = await expectApplyError(
        new ChangeService(registry, journal).apply([
          set('*JumboPacket', '1514'),
          set('NetworkAddress', null),
          set('*LsoV2IPv4', '0'),
          set('*ReceiveBuffers', '256'),
        ]),
        code,
      );
      expect(error.message).toContain('rolled back');
      if (mode === 'denied') expect(error.message).toContain('administrator');
      expect(contentOf(registry, 'HKEY_LOCAL_MACHINE\\SYSTEM')).toBe(before);
      expect(await journal.list()).toEqual([]);
    });
  }

  it('fails cleanly when the adapter key vanishes mid-operation', async () => {
    const registry = fixtureRegistry();
    const vanishing = Object.create(registry) as MemoryRegistry;
    let writes = 0;
    vanishing.setValue = async (path, name, value) => {
      if (++writes === 2) await registry.deleteKey(ADAPTER_KEY);
      return registry.setValue(path, name, value);
    };
    vanishing.createKey = async () => undefined; // the key is not recreated behind the user's back
    const error = await expectApplyError(
      new ChangeService(vanishing, new MemoryJournal()).apply([set('*JumboPacket', '1514'), set('*LsoV2IPv4', '0')]),
      'write-failed',
    );
    expect(error.details.join(' ')).toMatch(/could not be restored|key/i);
  });
});

describe('values Undo could not restore', () => {
  it('are refused before anything is written', async () => {
    const registry = fixtureRegistry();
    await registry.setValue(ADAPTER_KEY, 'VendorDebug', { type: 'REG_NONE', data: [1, 2] });
    const before = contentOf(registry, ADAPTER_KEY);
    const error = await expectApplyError(
      new ChangeService(registry, new MemoryJournal()).apply([set('*JumboPacket', '4088'), set('VendorDebug', '0')]),
      'validation',
    );
    expect(error.message).toBe('Nothing was written: a value there now could not be restored by Undo.');
    expect(error.details).toEqual(['VendorDebug (registry-only) on Ethernet 3 holds REG_NONE [1,2], which Undo could not restore.']);
    expect(contentOf(registry, ADAPTER_KEY)).toBe(before);
  });
});

describe('undo', () => {
  it('restores the before-values exactly, types included, and only once', async () => {
    const registry = fixtureRegistry();
    const service = new ChangeService(registry, new MemoryJournal());
    const before = contentOf(registry, ADAPTER_KEY);
    const entry = await service.apply([set('*NumRssQueues', '8'), set('NetworkAddress', null), set('InterruptRate', '500')]);
    expect(await readCurrent(registry, ADAPTER_KEY, '*NumRssQueues')).toEqual({ type: 'REG_SZ', data: '8' });
    const undo = await service.undo(entry.id);
    expect(undo.undoOf).toBe(entry.id);
    expect(contentOf(registry, ADAPTER_KEY)).toBe(before);
    expect(await readCurrent(registry, ADAPTER_KEY, '*NumRssQueues')).toEqual({ type: 'REG_DWORD', data: 4 });
    const again = await expectApplyError(service.undo(entry.id), 'validation');
    expect(again.message).toContain('already undone');
  });

  it('restores a value of a type Apply never writes (a driver-written REG_BINARY), and can undo that undo', async () => {
    const registry = fixtureRegistry();
    await registry.setValue(ADAPTER_KEY, '*JumboPacket', { type: 'REG_BINARY', data: [0xea, 0x05, 0, 0] });
    const service = new ChangeService(registry, new MemoryJournal());
    const entry = await service.apply([set('*JumboPacket', '9014')]);
    const undo = await service.undo(entry.id);
    expect(await readCurrent(registry, ADAPTER_KEY, '*JumboPacket')).toEqual({ type: 'REG_BINARY', data: [0xea, 0x05, 0, 0] });
    expect((await service.history()).map((e) => e.id)).toContain(undo.id);
    await service.undo(undo.id);
    expect(await readCurrent(registry, ADAPTER_KEY, '*JumboPacket')).toEqual({ type: 'REG_SZ', data: '9014' });
  });

  it('refuses to undo over a value someone changed since', async () => {
    const registry = fixtureRegistry();
    const service = new ChangeService(registry, new MemoryJournal());
    const entry = await service.apply([set('*JumboPacket', '4088')]);
    await registry.setValue(ADAPTER_KEY, '*JumboPacket', { type: 'REG_SZ', data: '1514' });
    await expectApplyError(service.undo(entry.id), 'conflict');
  });

  it('says so for an unknown entry', async () => {
    await expectApplyError(new ChangeService(fixtureRegistry(), new MemoryJournal()).undo('nope'), 'not-found');
  });
});

describe('FileJournal', () => {
  it('keeps history across service instances and leaves no pending files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nicprops-journal-'));
    const registry = fixtureRegistry('live');
    const entry = await new ChangeService(registry, new FileJournal(dir)).apply([set('*JumboPacket', '1514')]);
    const later = new ChangeService(registry, new FileJournal(dir));
    expect((await later.history()).map((e) => e.id)).toEqual([entry.id]);
    expect(await readdir(dir)).toEqual([`${entry.id}.json`]);
    await later.undo(entry.id);
    expect(await readCurrent(registry, ADAPTER_KEY, '*JumboPacket')).toEqual({ type: 'REG_SZ', data: '9014' });
  });

  it('shows an entry interrupted by a crash, and undo restores its before-values', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nicprops-journal-'));
    const registry = fixtureRegistry('live');
    const journal = new FileJournal(dir);
    // Simulate a crash after journaling and the first write.
    await journal.begin({
      id: '2026-01-01T00-00-00-000Z-crash0',
      appliedAt: '2026-01-01T00:00:00.000Z',
      source: 'fixture.reg',
      undoOf: null,
      state: 'applied',
      writes: [
        {
          change: { scope: 'adapter', adapterId: '0001', keyword: '*JumboPacket', value: '1514' },
          before: { type: 'REG_SZ', data: '9014' },
          after: { type: 'REG_SZ', data: '1514' },
        },
        {
          change: { scope: 'adapter', adapterId: '0001', keyword: '*LsoV2IPv4', value: '0' },
          before: { type: 'REG_SZ', data: '1' },
          after: { type: 'REG_SZ', data: '0' },
        },
      ],
    });
    await registry.setValue(ADAPTER_KEY, '*JumboPacket', { type: 'REG_SZ', data: '1514' });
    const service = new ChangeService(registry, new FileJournal(dir));
    expect((await service.history())[0]!.state).toBe('interrupted');
    await service.undo('2026-01-01T00-00-00-000Z-crash0');
    expect(await readCurrent(registry, ADAPTER_KEY, '*JumboPacket')).toEqual({ type: 'REG_SZ', data: '9014' });
    expect(await readCurrent(registry, ADAPTER_KEY, '*LsoV2IPv4')).toEqual({ type: 'REG_SZ', data: '1' });
  });
});
