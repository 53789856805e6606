/**
 * The journal folder is input. Files planted there (by another user, a crash, a bug) are listed as
 * unreadable or refused at Undo; a well-formed entry still only restores values where Apply could
 * have written them. Hostile entries are generated from a real one by fast-check.
 */

import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../../shared/generate/test-support/hostile-text';
import type { JournalEntry } from '../../shared/model/journal';
import { NET_CLASS_KEY } from '../../shared/model/registry-paths';
import type { MemoryRegistry } from '../sources/memory-registry';
import { ApplyError } from './apply-error';
import { ChangeService } from './change-service';
import { readCurrent } from './change-targets';
import { FileJournal, MAX_JOURNAL_FILE_BYTES } from './journal-store';
import { ADAPTER_KEY, fixtureRegistry } from './test-support/fixture-registry';

const ID = '2026-02-03T04-05-06-007Z-planted';

function entry(overrides: Partial<JournalEntry> & { writes?: unknown[] } = {}): JournalEntry {
  return {
    id: ID,
    appliedAt: '2026-02-03T04:05:06.007Z',
    source: "this computer's registry",
    undoOf: null,
    state: 'applied',
    writes: [
      {
        change: { scope: 'adapter', adapterId: '0001', keyword: '*JumboPacket', value: '1514' },
        before: { type: 'REG_SZ', data: '9014' },
        after: { type: 'REG_SZ', data: '1514' },
      },
    ],
    ...overrides,
  } as JournalEntry;
}

async function journalDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'nicprops-hostile-journal-'));
}

async function plant(dir: string, name: string, content: unknown): Promise<void> {
  await writeFile(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
}

/** Every value and key of the registry, to prove a refused Undo changed nothing. */
function everything(registry: MemoryRegistry): string {
  return JSON.stringify(registry.snapshot('HKEY_LOCAL_MACHINE\\SYSTEM'));
}

async function undoError(service: ChangeService, id: string): Promise<ApplyError> {
  const error = await service.undo(id).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApplyError);
  return error as ApplyError;
}

describe('files planted in the journal folder', () => {
  it('are listed as unreadable with the reason, and the listing finishes', async () => {
    const dir = await journalDir();
    await plant(dir, `${ID}.json`, 'not json {');
    await plant(dir, '2026-02-03T04-05-06-007Z-schema.json', { ...entry(), id: '2026-02-03T04-05-06-007Z-schema', writes: 'all of them' });
    await plant(dir, '2026-02-03T04-05-06-007Z-otherid.json', entry());
    await writeFile(join(dir, '2026-02-03T04-05-06-007Z-huge.json'), Buffer.alloc(MAX_JOURNAL_FILE_BYTES + 1, 0x20));
    await mkdir(join(dir, '2026-02-03T04-05-06-007Z-folder.json'));
    await symlink('/dev/zero', join(dir, '2026-02-03T04-05-06-007Z-zero.json'));
    execFileSync('mkfifo', [join(dir, '2026-02-03T04-05-06-007Z-fifo.json')]);

    const listed = await new FileJournal(dir).list();
    const problems = Object.fromEntries(listed.map((e) => [e.id.split('-').at(-1), `${e.state}: ${e.problem}`]));
    expect(problems).toEqual({
      planted: 'unreadable: is not JSON',
      schema: expect.stringMatching(/^unreadable: is not a journal entry this tool wrote \(.* at writes\)$/),
      otherid: `unreadable: holds entry ${ID}, not the one its file name says`,
      huge: 'unreadable: is larger than 4 MiB',
      folder: expect.stringMatching(/^unreadable: (is not a regular file|cannot be read \(EISDIR\))$/),
      zero: 'unreadable: is a link, not a file',
      fifo: 'unreadable: is not a regular file',
    });
    expect(listed.every((e) => e.writes.length === 0)).toBe(true);
  });

  it('an unreadable entry is never undone', async () => {
    const dir = await journalDir();
    await plant(dir, `${ID}.json`, 'not json');
    const registry = fixtureRegistry('live');
    const error = await undoError(new ChangeService(registry, new FileJournal(dir)), ID);
    expect(error.message).toBe(`History entry ${ID} cannot be undone: the file is not JSON.`);
  });

  const refused: [string, JournalEntry, RegExp][] = [
    [
      'the class key itself (empty adapter id)',
      entry({ writes: [{ change: { scope: 'adapter', adapterId: '', keyword: 'Class', value: 'x' }, before: { type: 'REG_SZ', data: 'x' }, after: null }] }),
      /adapter id is four digits/,
    ],
    [
      'a key under Ndi',
      entry({
        writes: [
          { change: { scope: 'adapter', adapterId: '0001', keyword: 'Ndi\\params\\Evil', value: 'x' }, before: { type: 'REG_SZ', data: 'x' }, after: null },
        ],
      }),
      /not a keyword/,
    ],
    [
      'an installation value',
      entry({
        writes: [
          {
            change: { scope: 'adapter', adapterId: '0001', keyword: 'EnumPropPages32', value: 'x' },
            before: { type: 'REG_SZ', data: 'evil.dll' },
            after: null,
          },
        ],
      }),
      /describes the driver installation/,
    ],
    [
      'a keyword the adapter neither defines nor stores',
      entry({
        writes: [{ change: { scope: 'adapter', adapterId: '0001', keyword: 'SomethingNew', value: 'x' }, before: null, after: { type: 'REG_SZ', data: 'x' } }],
      }),
      /not a keyword of Ethernet 3/,
    ],
    [
      'a value type this tool never writes',
      entry({
        writes: [
          {
            change: { scope: 'adapter', adapterId: '0001', keyword: '*JumboPacket', value: 'x' },
            before: { type: 'REG_SZ', data: '9014' },
            after: { type: 'REG_BINARY', data: [1] },
          },
        ],
      }),
      /not a journal entry this tool wrote/,
    ],
    [
      'a REG_NONE before-value',
      entry({
        writes: [
          {
            change: { scope: 'adapter', adapterId: '0001', keyword: '*JumboPacket', value: 'x' },
            before: { type: 'REG_NONE', data: [] },
            after: { type: 'REG_SZ', data: '1514' },
          },
        ],
      }),
      /not a journal entry this tool wrote/,
    ],
    [
      'a global outside 0/1',
      entry({ writes: [{ change: { scope: 'global', name: 'DisableTaskOffload', value: 1 }, before: null, after: { type: 'REG_DWORD', data: 7 } }] }),
      /not a journal entry this tool wrote/,
    ],
    [
      'an adapter that is not there',
      entry({
        writes: [
          {
            change: { scope: 'adapter', adapterId: '0042', keyword: '*JumboPacket', value: '1514' },
            before: { type: 'REG_SZ', data: '9014' },
            after: { type: 'REG_SZ', data: '1514' },
          },
        ],
      }),
      /Adapter 0042 is not in/,
    ],
  ];
  for (const [what, planted, reason] of refused) {
    it(`refuses to undo an entry naming ${what}, writing nothing`, async () => {
      const dir = await journalDir();
      await plant(dir, `${ID}.json`, planted);
      const registry = fixtureRegistry('live');
      await registry.setValue(ADAPTER_KEY, '*JumboPacket', { type: 'REG_SZ', data: '1514' });
      const before = everything(registry);
      const error = await undoError(new ChangeService(registry, new FileJournal(dir)), ID);
      expect([error.message, ...error.details].join(' ')).toMatch(reason);
      expect(everything(registry)).toBe(before);
      expect(await readdir(dir)).toEqual([`${ID}.json`]);
    });
  }

  it('keeps the conflict check for an interrupted entry: each value must hold its before- or after-value', async () => {
    const dir = await journalDir();
    await plant(dir, `${ID}.pending.json`, entry({ state: 'interrupted' }));
    const registry = fixtureRegistry('live');
    await registry.setValue(ADAPTER_KEY, '*JumboPacket', { type: 'REG_SZ', data: '4088' });
    const error = await undoError(new ChangeService(registry, new FileJournal(dir)), ID);
    expect(error.code).toBe('conflict');
    expect(error.details[0]).toContain('is now "4088", not "9014" or "1514"');
  });

  it('undoes a registry-only value this tool deleted by putting it back', async () => {
    const registry = fixtureRegistry('live');
    const journal = new FileJournal(await journalDir());
    const service = new ChangeService(registry, journal);
    const applied = await service.apply([{ change: { scope: 'adapter', adapterId: '0001', keyword: 'VendorDebug', value: null } }]);
    expect(await readCurrent(registry, ADAPTER_KEY, 'VendorDebug')).toBeNull();
    await service.undo(applied.id);
    expect(await readCurrent(registry, ADAPTER_KEY, 'VendorDebug')).toEqual({ type: 'REG_SZ', data: '1' });
  });
});

describe('generated hostile journal entries', () => {
  /** Where Undo of anything may write: the fixture adapter's root values and the two globals. */
  const allowed = (path: string) => path === ADAPTER_KEY || /\\Services\\(Tcpip\\Parameters|Ipsec)$/i.test(path);

  /** Everything outside the allowed places, to compare before and after. */
  function outsideAllowed(registry: MemoryRegistry): string {
    return JSON.stringify(registry.snapshot('HKEY_LOCAL_MACHINE')!.map((b) => ({ path: b.path, values: allowed(b.path) ? [] : b.values })));
  }

  const anyValue = fc.oneof(
    fc.constant(null),
    fc.record({ type: fc.constantFrom('REG_SZ', 'REG_EXPAND_SZ', 'REG_QWORD'), data: hostileText() }),
    fc.record({ type: fc.constantFrom('REG_DWORD'), data: fc.oneof(fc.integer(), fc.double()) }),
    fc.record({ type: fc.constantFrom('REG_BINARY', 'REG_NONE', 'REG_UNKNOWN'), data: fc.array(fc.integer({ min: -1, max: 300 }), { maxLength: 4 }) }),
    fc.record({ type: fc.constantFrom('REG_MULTI_SZ'), data: fc.array(hostileText(), { maxLength: 3 }) }),
    fc.anything(),
  );
  const anyWrite = fc.record({
    change: fc.oneof(
      fc.record({
        scope: fc.constant('adapter'),
        adapterId: fc.oneof(fc.constantFrom('0001', '0002', '0000', '', '1', '../0001', '0001\\Ndi'), hostileText()),
        keyword: fc.oneof(
          fc.constantFrom('*JumboPacket', 'VendorDebug', 'DriverDesc', 'Ndi', 'ndi\\params\\x', 'Characteristics', 'NetCfgInstanceId'),
          hostileText(),
        ),
        value: fc.oneof(fc.constant(null), hostileText()),
      }),
      fc.record({ scope: fc.constant('global'), name: fc.constantFrom('DisableTaskOffload', 'EnabledOffload', 'Evil'), value: fc.constantFrom(0, 1, null, 2) }),
    ),
    before: anyValue,
    after: anyValue,
  });

  /** Writes this tool really makes, so that some generated entries are undoable. */
  const realWrite = fc.constantFrom(
    {
      change: { scope: 'adapter', adapterId: '0001', keyword: '*JumboPacket', value: '4088' },
      before: { type: 'REG_SZ', data: '9014' },
      after: { type: 'REG_SZ', data: '4088' },
    },
    { change: { scope: 'adapter', adapterId: '0001', keyword: 'VendorDebug', value: null }, before: { type: 'REG_SZ', data: '1' }, after: null },
    {
      change: { scope: 'adapter', adapterId: '0001', keyword: '*NumRssQueues', value: '8' },
      before: { type: 'REG_DWORD', data: 4 },
      after: { type: 'REG_SZ', data: '8' },
    },
    { change: { scope: 'global', name: 'DisableTaskOffload', value: 1 }, before: null, after: { type: 'REG_DWORD', data: 1 } },
  );

  /** Schema-valid writes aimed where Undo must not write: validation, not parsing, must stop them. */
  const wellFormedHostileWrite = fc.record({
    change: fc.record({
      scope: fc.constant('adapter'),
      adapterId: fc.constantFrom('0001', '0002', '0003'),
      keyword: fc.constantFrom('DriverDesc', 'EnumPropPages32', 'Characteristics', 'NetCfgInstanceId', 'NewValue', '*JumboPacket', 'VendorDebug'),
      value: fc.constant(null),
    }),
    before: fc.record({ type: fc.constant('REG_SZ'), data: hostileText().filter((t) => t.length <= 4096) }),
    after: fc.oneof(fc.constant(null), fc.record({ type: fc.constant('REG_SZ'), data: fc.constantFrom('4088', 'x') })),
  });

  it('never write outside an adapter root or the globals, never create a key, never touch installation values', async () => {
    const dir = await journalDir();
    let undone = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          // Some entries made only of writes this tool really makes, so successful undos are certain to occur...
          { weight: 1, arbitrary: fc.uniqueArray(realWrite, { minLength: 1, maxLength: 3, selector: (w) => JSON.stringify(w.change) }) },
          // ...and most mixing them with well-formed and arbitrary hostile writes.
          { weight: 3, arbitrary: fc.array(fc.oneof(realWrite, wellFormedHostileWrite, anyWrite), { minLength: 1, maxLength: 3 }) },
        ),
        fc.constantFrom('applied', 'interrupted', 'garbage'),
        async (writes, state) => {
          const registry = fixtureRegistry('live');
          // Make the registry hold each write's after-value, so the conflict check passes and
          // validation alone has to stop what is not allowed.
          for (const w of writes as { change: { scope: string; adapterId?: unknown; keyword?: unknown }; after: unknown }[]) {
            const after = w.after as { type?: unknown; data?: unknown } | null;
            if (w.change.scope !== 'adapter' || w.change.adapterId !== '0001' || typeof w.change.keyword !== 'string' || w.change.keyword.includes('\\'))
              continue;
            if (after === null) await registry.deleteValue(ADAPTER_KEY, w.change.keyword);
            else if (after?.type === 'REG_SZ' && typeof after.data === 'string')
              await registry.setValue(ADAPTER_KEY, w.change.keyword, { type: 'REG_SZ', data: after.data });
          }
          const before = outsideAllowed(registry);
          const keys = JSON.stringify(registry.snapshot('HKEY_LOCAL_MACHINE')!.map((b) => b.path));
          const installation = async () =>
            JSON.stringify(
              (await registry.readValues(ADAPTER_KEY))!.filter((x) =>
                /^(DriverDesc|Characteristics|NetCfgInstanceId|ComponentId|EnumPropPages32)$/i.test(x.name),
              ),
            );
          const install = await installation();
          const id = `2026-02-03T04-05-06-007Z-${Math.random().toString(36).slice(2, 8)}`;
          await plant(dir, `${id}${state === 'interrupted' ? '.pending' : ''}.json`, { ...entry(), id, state, writes });
          await new ChangeService(registry, new FileJournal(dir)).undo(id).then(
            () => undone++,
            (e: unknown) => {
              expect(e).toBeInstanceOf(ApplyError);
              refused++;
            },
          );
          expect(outsideAllowed(registry)).toBe(before);
          expect(JSON.stringify(registry.snapshot('HKEY_LOCAL_MACHINE')!.map((b) => b.path))).toBe(keys);
          expect(await installation()).toBe(install);
        },
      ),
      { numRuns: 100 },
    );
    // Both outcomes happened: the property was not met by refusing everything (about 15 undos are
    // expected of 100 runs; none at all would mean validation refuses what this tool writes).
    expect(undone).toBeGreaterThan(3);
    expect(refused).toBeGreaterThan(3);
  }, 60_000);

  it('a valid entry of this tool still undoes exactly', async () => {
    const registry = fixtureRegistry('live');
    const service = new ChangeService(registry, new FileJournal(await journalDir()));
    const original = JSON.stringify(registry.snapshot(NET_CLASS_KEY));
    const applied = await service.apply([{ change: { scope: 'adapter', adapterId: '0001', keyword: '*JumboPacket', value: '4088' } }]);
    await service.undo(applied.id);
    const restored = registry.snapshot(NET_CLASS_KEY)!;
    expect(restored.map((b) => b.path)).toEqual(JSON.parse(original).map((b: { path: string }) => b.path));
    expect(await readCurrent(registry, ADAPTER_KEY, '*JumboPacket')).toEqual({ type: 'REG_SZ', data: '9014' });
  });
});
