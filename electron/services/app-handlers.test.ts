import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdapterDetails } from '../../shared/model/adapter';
import { base64Length, MAX_REG_FILE_BYTES } from '../../shared/model/input-limits';
import { encodeRegFile } from '../sources/reg-file/write-reg';
import { createDemoSource } from '../sources/reg-file-source';
import { createAppHandlers, dispatchRequest, type AppEnvironment } from './app-handlers';
import { fixtureRegistry } from './test-support/fixture-registry';

async function handlers(over: Partial<AppEnvironment> = {}) {
  return createAppHandlers({
    runtime: 'browser-preview',
    journalDir: await mkdtemp(join(tmpdir(), 'nicprops-handlers-')),
    journalSecurity: null,
    initialSource: fixtureRegistry(),
    defaultSource: createDemoSource,
    restartAdapter: null,
    relaunchElevated: null,
    isElevated: null,
    ...over,
  });
}

const b64 = (text: string, utf16 = false) => Buffer.from(utf16 ? encodeRegFile(text) : Buffer.from(text, 'utf8')).toString('base64');

describe('dispatchRequest', () => {
  it('rejects unknown channels and malformed requests without calling a service', async () => {
    const table = await handlers();
    expect(await dispatchRequest(table, 'registry:delete-everything', {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const bad = await dispatchRequest(table, 'adapters:get', { adapterId: '..\\..\\SAM' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(JSON.stringify(bad)).toContain('four digits');
    expect(await dispatchRequest(table, 'adapters:get', { adapterId: '0001', path: 'HKLM\\SAM' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('returns adapters with warning counts and details by id', async () => {
    const table = await handlers();
    const list = await dispatchRequest(table, 'adapters:list', {});
    expect(list.ok).toBe(true);
    const details = await dispatchRequest(table, 'adapters:get', { adapterId: '0001' });
    expect(details.ok && (details.value as AdapterDetails).adapter.connectionName).toBe('Ethernet 3');
    expect(await dispatchRequest(table, 'adapters:get', { adapterId: '0099' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('applies a change set, reads it back, and undoes it from history', async () => {
    const table = await handlers();
    const applied = await dispatchRequest(table, 'changes:apply', {
      items: [{ change: { scope: 'adapter', adapterId: '0001', keyword: '*JumboPacket', value: '4088' }, expectedBefore: { type: 'REG_SZ', data: '9014' } }],
      restartAdapters: true,
    });
    expect(applied).toMatchObject({ ok: true, value: { restarted: [], restartProblems: [] } });
    const after = await dispatchRequest(table, 'adapters:get', { adapterId: '0001' });
    expect((after as { value: AdapterDetails }).value.properties.find((p) => p.keyword === '*JumboPacket')?.effective).toBe('4088');
    const history = await dispatchRequest(table, 'history:list', {});
    const [entry] = (history as { value: { id: string }[] }).value;
    expect(await dispatchRequest(table, 'history:undo', { entryId: entry!.id })).toMatchObject({ ok: true });
    const undone = await dispatchRequest(table, 'adapters:get', { adapterId: '0001' });
    expect((undone as { value: AdapterDetails }).value.properties.find((p) => p.keyword === '*JumboPacket')?.effective).toBe('9014');
  });

  it('says plainly why a value does not fit', async () => {
    const table = await handlers();
    const result = await dispatchRequest(table, 'changes:apply', {
      items: [{ change: { scope: 'adapter', adapterId: '0001', keyword: '*ReceiveBuffers', value: '99999' }, expectedBefore: null }],
      restartAdapters: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('must be between 80 and 2048') } });
  });

  it('restarts the adapters a change touched when asked and the source is live', async () => {
    const restarted: string[] = [];
    const table = await handlers({
      initialSource: fixtureRegistry('live'),
      restartAdapter: async (a) => {
        restarted.push(a.id);
      },
    });
    const result = await dispatchRequest(table, 'changes:apply', {
      items: [{ change: { scope: 'adapter', adapterId: '0001', keyword: '*LsoV2IPv4', value: '0' }, expectedBefore: { type: 'REG_SZ', data: '1' } }],
      restartAdapters: true,
    });
    expect(result).toMatchObject({ ok: true, value: { restarted: ['0001'] } });
    expect(restarted).toEqual(['0001']);
  });

  it('restarts the adapters an undo touched when asked, and only then', async () => {
    const restarted: string[] = [];
    const table = await handlers({ initialSource: fixtureRegistry('live'), restartAdapter: async (a) => void restarted.push(a.id) });
    const apply = (value: string, before: string) =>
      dispatchRequest(table, 'changes:apply', {
        items: [{ change: { scope: 'adapter', adapterId: '0001', keyword: '*LsoV2IPv4', value }, expectedBefore: { type: 'REG_SZ', data: before } }],
        restartAdapters: false,
      });
    expect(await apply('0', '1')).toMatchObject({ ok: true, value: { restarted: [] } });
    const [first] = ((await dispatchRequest(table, 'history:list', {})) as { value: { id: string }[] }).value; // the only entry yet
    expect(await dispatchRequest(table, 'history:undo', { entryId: first!.id })).toMatchObject({ ok: true, value: { restarted: [] } });
    expect(restarted).toEqual([]);
    expect(await apply('0', '1')).toMatchObject({ ok: true });
    const entries = ((await dispatchRequest(table, 'history:list', {})) as { value: { id: string; undoOf: string | null }[] }).value;
    const second = entries.find((e) => e.undoOf === null && e.id !== first!.id);
    expect(await dispatchRequest(table, 'history:undo', { entryId: second!.id, restartAdapters: true })).toMatchObject({
      ok: true,
      value: { restarted: ['0001'] },
    });
    expect(restarted).toEqual(['0001']);
  });

  it('reports a restart that fails without undoing the written values', async () => {
    const table = await handlers({
      initialSource: fixtureRegistry('live'),
      restartAdapter: async () => {
        throw new Error(
          'Could not restart Ethernet 3: pnputil exited with 5. The values are written; restart the adapter in Device Manager or restart Windows.',
        );
      },
    });
    const result = await dispatchRequest(table, 'changes:apply', {
      items: [{ change: { scope: 'adapter', adapterId: '0001', keyword: '*LsoV2IPv4', value: '0' }, expectedBefore: { type: 'REG_SZ', data: '1' } }],
      restartAdapters: true,
    });
    expect(result).toMatchObject({
      ok: true,
      value: { restarted: [], restartProblems: [expect.stringContaining('Could not restart Ethernet 3: pnputil exited with 5.')] },
    });
  });
});

describe('the hand-over to an elevated relaunch', () => {
  it('passes the pending changes to the relaunch', async () => {
    const handed: unknown[] = [];
    const table = await handlers({ relaunchElevated: async (items) => void handed.push(items), isElevated: false });
    const items = [
      {
        change: { scope: 'adapter' as const, adapterId: '0001', keyword: '*JumboPacket', value: '4088' },
        expectedBefore: { type: 'REG_SZ' as const, data: '9014' },
      },
    ];
    expect(await dispatchRequest(table, 'app:relaunch-elevated', { items })).toEqual({ ok: true, value: undefined });
    expect(handed).toEqual([items]);
    expect(
      await dispatchRequest(table, 'app:relaunch-elevated', {
        items: [{ change: { scope: 'adapter', adapterId: '../x', keyword: 'a', value: '1' }, expectedBefore: null }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('validates what the file held again, one change at a time: what fails is named, never applied', async () => {
    const table = await handlers({
      takeHandover: async () => ({
        ok: true,
        items: [
          { change: { scope: 'adapter', adapterId: '0001', keyword: '*jumbopacket', value: '4088' }, expectedBefore: { type: 'REG_SZ', data: '9014' } },
          { change: { scope: 'adapter', adapterId: '0001', keyword: '*ReceiveBuffers', value: '99999' }, expectedBefore: null },
          { change: { scope: 'adapter', adapterId: '0001', keyword: 'EnumPropPages32', value: 'evil.dll' }, expectedBefore: null },
          { change: { scope: 'global', name: 'DisableTaskOffload', value: 1 }, expectedBefore: null },
        ],
      }),
    });
    const r = await dispatchRequest(table, 'app:take-handover', {});
    expect(r).toMatchObject({
      ok: true,
      value: {
        items: [{ change: { scope: 'adapter', adapterId: '0001', keyword: '*JumboPacket', value: '4088' }, expectedBefore: { type: 'REG_SZ', data: '9014' } }],
      },
    });
    const rejected = (r as { value: { rejected: string[] } }).value.rejected;
    expect(rejected).toHaveLength(3);
    expect(rejected[0]).toMatch(/must be between 80 and 2048/);
    expect(rejected[2]).toMatch(/global switches are not taken over/);
    // Nothing was written: the stored value is still the old one.
    const d = (await dispatchRequest(table, 'adapters:get', { adapterId: '0001' })) as { value: AdapterDetails };
    expect(d.value.properties.find((p) => p.keyword === '*JumboPacket')?.stored).toEqual({ type: 'REG_SZ', data: '9014' });
  });

  it('says why a file was not used, and gives nothing when there was none', async () => {
    const table = await handlers({
      takeHandover: async () => ({ ok: false, problem: 'The file of pending changes from before the relaunch is not one this app wrote, so it was not used.' }),
    });
    expect(await dispatchRequest(table, 'app:take-handover', {})).toEqual({
      ok: true,
      value: { items: [], rejected: ['The file of pending changes from before the relaunch is not one this app wrote, so it was not used.'] },
    });
    expect(await dispatchRequest(await handlers(), 'app:take-handover', {})).toEqual({ ok: true, value: null });
  });
});

describe('opening .reg files', () => {
  it('replaces the source with the files, merged in order, UTF-16 or UTF-8', async () => {
    const table = await handlers();
    const key = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0003';
    const first = `Windows Registry Editor Version 5.00\r\n\r\n[${key}]\r\n"DriverDesc"="First"\r\n`;
    const second = `REGEDIT4\r\n\r\n[${key}]\r\n"DriverDesc"="Second"\r\n`;
    const info = await dispatchRequest(table, 'source:load-reg-files', {
      files: [
        { name: 'a.reg', contentBase64: b64(first, true) },
        { name: 'b.reg', contentBase64: b64(second) },
      ],
    });
    expect(info).toMatchObject({ ok: true, value: { kind: 'reg-file', label: 'a.reg, b.reg', notThisComputer: true, canRestartAdapters: false } });
    const list = await dispatchRequest(table, 'adapters:list', {});
    expect((list as { value: { description: string }[] }).value.map((a) => a.description)).toEqual(['Second']);
  });

  it('keeps the previous data and names file and line when a file is malformed', async () => {
    const table = await handlers();
    const broken = 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\X]\r\n"a"=dword:123456789\r\n';
    const result = await dispatchRequest(table, 'source:load-reg-files', { files: [{ name: 'customer.reg', contentBase64: b64(broken) }] });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad-file', message: expect.stringMatching(/customer\.reg line 4: .*previous data is still shown/) },
    });
    expect(await dispatchRequest(table, 'source:info', {})).toMatchObject({ ok: true, value: { label: 'fixture.reg' } });
  });

  it('refuses files over 64 MiB, one by one and together, and keeps the previous data', async () => {
    const table = await handlers();
    const limit = base64Length(MAX_REG_FILE_BYTES);
    const tooLong = await dispatchRequest(table, 'source:load-reg-files', { files: [{ name: 'big.reg', contentBase64: 'A'.repeat(limit + 4) }] });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', details: expect.arrayContaining(['files.0.contentBase64: a .reg file may be at most 64 MiB']) },
    });
    const half = 'A'.repeat(limit / 2 + 4);
    const together = await dispatchRequest(table, 'source:load-reg-files', {
      files: [
        { name: 'a.reg', contentBase64: half },
        { name: 'b.reg', contentBase64: half },
      ],
    });
    expect(together).toMatchObject({ ok: false, error: { details: ['files: the files are larger than 64 MiB together, the most opened at once'] } });
    // Base64 rounds up: a file a byte or two over the limit passes the schema and is refused after decoding.
    const justOver = Buffer.alloc(MAX_REG_FILE_BYTES + 1).toString('base64');
    expect(justOver.length).toBeLessThanOrEqual(limit);
    const decoded = await dispatchRequest(table, 'source:load-reg-files', { files: [{ name: 'over.reg', contentBase64: justOver }] });
    expect(decoded).toMatchObject({
      ok: false,
      error: { code: 'bad-file', message: 'over.reg is more than 64 MiB; a .reg file may be at most 64 MiB. The previous data is still shown.' },
    });
    expect(await dispatchRequest(table, 'source:info', {})).toMatchObject({ ok: true, value: { label: 'fixture.reg' } });
  });

  it('reports a file with no network adapter class key, or control sets to choose from, as a bad file', async () => {
    const table = await handlers();
    const sets = ['ControlSet001', 'ControlSet002'].map(
      (set) => `[HKEY_LOCAL_MACHINE\\SYSTEM\\${set}\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0001]\r\n"DriverDesc"="${set}"\r\n`,
    );
    const result = await dispatchRequest(table, 'source:load-reg-files', {
      files: [{ name: 'hive.reg', contentBase64: b64(`Windows Registry Editor Version 5.00\r\n\r\n${sets.join('')}`, true) }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'bad-file',
        message: expect.stringMatching(
          /^hive\.reg holds ControlSet001 and ControlSet002 and no Select\\Current value .* --control-set 2\. The previous data is still shown\.$/,
        ),
      },
    });
    const empty = await dispatchRequest(table, 'source:load-reg-files', {
      files: [{ name: 'x.reg', contentBase64: b64('Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\X]\r\n') }],
    });
    expect(empty).toMatchObject({ ok: false, error: { code: 'bad-file', message: expect.stringContaining('x.reg holds no network adapter class key') } });
  });
});

describe('source:load-inf-files', () => {
  const INF = join(__dirname, '..', 'sources', 'inf', 'test-fixtures');
  const file = (path: string) => ({ name: path.split('/').pop()!, contentBase64: readFileSync(join(INF, path)).toString('base64') });

  it('opens driver INFs as a driver package preview: one adapter per install section, no Apply, PowerShell but no .reg', async () => {
    const table = await handlers();
    const opened = await dispatchRequest(table, 'source:load-inf-files', { files: [file('hand-written/mlx5.inf'), file('hand-written/mlx5-common.inf')] });
    expect(opened).toMatchObject({
      ok: true,
      value: { kind: 'inf', label: 'mlx5.inf, mlx5-common.inf', notThisComputer: true, canApply: false, infTarget: 'NTamd64.10.0.1..26100' },
    });
    const list = await dispatchRequest(table, 'adapters:list', {});
    expect(list.ok && (list.value as AdapterDetails['adapter'][]).map((a) => a.infModel?.installSection)).toEqual(['ConnectX6Dx.Install']);
    const change = { scope: 'adapter', adapterId: '0000', keyword: '*RSSProfile', value: '2' } as const;
    expect(await dispatchRequest(table, 'changes:apply', { items: [{ change, expectedBefore: null }], restartAdapters: false })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('driver package preview is not applied') },
    });
    expect(await dispatchRequest(table, 'changes:export', { changes: [change], format: 'reg' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await dispatchRequest(table, 'changes:export', { changes: [change], format: 'ps1' })).toMatchObject({ ok: true });
  });

  it('reads another target when asked, and refuses a bad one', async () => {
    const table = await handlers();
    expect(
      await dispatchRequest(table, 'source:load-inf-files', { files: [file('hand-written/e1x68x64.inf')], target: 'NTamd64.10.0.3..17763' }),
    ).toMatchObject({
      ok: true,
      value: { infTarget: 'NTamd64.10.0.3..17763' },
    });
    expect(await dispatchRequest(table, 'source:load-inf-files', { files: [file('hand-written/e1x68x64.inf')], target: 'NTmips' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('keeps the previous source when an INF cannot be read, naming file and line', async () => {
    const table = await handlers();
    const r = await dispatchRequest(table, 'source:load-inf-files', { files: [file('broken/unclosed-section.inf')] });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'bad-file', message: 'unclosed-section.inf line 5: a section name is not closed with "]". The previous data is still shown.' },
    });
    expect(await dispatchRequest(table, 'source:info', {})).toMatchObject({ ok: true, value: { kind: expect.not.stringMatching('inf') } });
  });

  it('accepts only .inf/.inx names of bounded size', async () => {
    const table = await handlers();
    expect(await dispatchRequest(table, 'source:load-inf-files', { files: [{ name: 'x.reg', contentBase64: '' }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await dispatchRequest(table, 'source:load-inf-files', { files: [{ name: 'x.inf', contentBase64: 'A'.repeat(25 * 1024 * 1024) }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});
