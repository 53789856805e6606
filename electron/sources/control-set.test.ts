/** Exports of other control sets and of offline hives load as if they were CurrentControlSet. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_CONTROL_SET_KEY, NET_CLASS_KEY, adapterKeyPath } from '../../shared/model/registry-paths';
import { readAllAdapterDetails, readGlobals } from '../services/adapter-reader';
import demoRegText from './demo/demo.reg';
import { createDemoSource, sourceFromRegFiles } from './reg-file-source';
import { encodeRegFile } from './reg-file/write-reg';
import type { RegistrySource } from './registry-source';
import { SourceFileError } from './source-file-error';

const HEADER = 'Windows Registry Editor Version 5.00';

/** The demo export with its CurrentControlSet moved to `prefix` (a hive key and control set). */
function demoUnder(prefix: string): string {
  return demoRegText.split(`[${CURRENT_CONTROL_SET_KEY}`).join(`[${prefix}`);
}

/** A small export: one adapter with `description`, under `setKey`. */
function oneAdapter(setKey: string, description: string): string {
  return `[${setKey}\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0001]\r\n"DriverDesc"="${description}"\r\n"Characteristics"=dword:00000084\r\n\r\n`;
}

function load(name: string, text: string, controlSet?: number): RegistrySource {
  return sourceFromRegFiles([{ name, bytes: encodeRegFile(text) }], { controlSet });
}

async function descriptions(source: RegistrySource): Promise<(string | null)[]> {
  return (await readAllAdapterDetails(source)).map((d) => d.adapter.description);
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SourceFileError);
    return (e as Error).message;
  }
  throw new Error('expected a SourceFileError');
}

describe('control sets and offline hives', () => {
  it('reads an export of CurrentControlSet as it is', async () => {
    const source = load('live.reg', demoRegText);
    expect(source.label).toBe('live.reg');
    expect(await readAllAdapterDetails(source)).toEqual(await readAllAdapterDetails(createDemoSource()));
  });

  it('reads any numbered control set of any hive name, under HKLM or HKU, exactly as CurrentControlSet', async () => {
    const expected = { adapters: await readAllAdapterDetails(createDemoSource()), globals: await readGlobals(createDemoSource()) };
    // Key names are any characters but backslash (and line breaks, which a .reg key line cannot hold).
    const hiveName = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/[\\\r\n]/.test(s) && s.trim() === s && s !== '');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('HKEY_LOCAL_MACHINE', 'HKEY_USERS'), hiveName, fc.integer({ min: 1, max: 999 }), async (parent, hive, n) => {
        const set = `ControlSet${String(n).padStart(3, '0')}`;
        const source = load('customer.reg', demoUnder(`${parent}\\${hive}\\${set}`));
        expect(source.label).toBe(
          parent === 'HKEY_LOCAL_MACHINE' && hive.toUpperCase() === 'SYSTEM' ? `customer.reg (${set})` : `customer.reg (${set} of ${parent}\\${hive})`,
        );
        expect(await readAllAdapterDetails(source)).toEqual(expected.adapters);
        expect(await readGlobals(source)).toEqual(expected.globals);
      }),
      { numRuns: 25 },
    );
  });

  it('uses the control set Select\\Current names when there are several', async () => {
    const text = `${HEADER}\r\n\r\n${oneAdapter('HKEY_LOCAL_MACHINE\\CUSTOMER\\ControlSet001', 'one')}${oneAdapter('HKEY_LOCAL_MACHINE\\CUSTOMER\\ControlSet002', 'two')}`;
    expect(
      await descriptions(load('c.reg', `${text}[HKEY_LOCAL_MACHINE\\CUSTOMER\\Select]\r\n"Current"=dword:00000002\r\n"Default"=dword:00000001\r\n`)),
    ).toEqual(['two']);
    expect(await descriptions(load('c.reg', `${text}[HKEY_LOCAL_MACHINE\\CUSTOMER\\Select]\r\n"Current"=dword:00000001\r\n`))).toEqual(['one']);
  });

  it('asks for --control-set when several are there and Select\\Current names none of them, and honours it', async () => {
    const text = `${HEADER}\r\n\r\n${oneAdapter('HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001', 'one')}${oneAdapter('HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet002', 'two')}`;
    const asking =
      'c.reg holds ControlSet001 and ControlSet002 and no Select\\Current value naming one of them; choose one with --control-set 1 or --control-set 2.';
    expect(errorOf(() => load('c.reg', text))).toBe(asking);
    expect(errorOf(() => load('c.reg', `${text}[HKEY_LOCAL_MACHINE\\SYSTEM\\Select]\r\n"Current"=dword:00000003\r\n`))).toBe(asking);
    expect(await descriptions(load('c.reg', text, 2))).toEqual(['two']);
    expect(errorOf(() => load('c.reg', text, 3))).toBe('c.reg has no ControlSet003 with a network adapter class key; it has ControlSet001 and ControlSet002.');
    expect(errorOf(() => load('live.reg', demoRegText, 1))).toBe(
      'live.reg has no ControlSet001 with a network adapter class key; it holds CurrentControlSet only.',
    );
  });

  it('prefers CurrentControlSet when an export holds it beside numbered control sets', async () => {
    const text = `${HEADER}\r\n\r\n${oneAdapter('HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001', 'one')}${oneAdapter('HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet', 'current')}`;
    expect(await descriptions(load('c.reg', text))).toEqual(['current']);
    expect(await descriptions(load('c.reg', text, 1))).toEqual(['one']);
  });

  it('says so when a file holds no network adapter class key, instead of listing no adapters', () => {
    const text = `${HEADER}\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters]\r\n"DisableTaskOffload"=dword:00000000\r\n`;
    expect(errorOf(() => load('tcpip.reg', text))).toBe(
      `tcpip.reg holds no network adapter class key (${NET_CLASS_KEY}, or the same under another control set), so there are no adapters to show.`,
    );
    // Merged files are checked together: the class key may come from any of them.
    const both = sourceFromRegFiles([
      { name: 'tcpip.reg', bytes: encodeRegFile(text) },
      { name: 'nic.reg', bytes: encodeRegFile(`${HEADER}\r\n\r\n${oneAdapter(CURRENT_CONTROL_SET_KEY, 'nic')}`) },
    ]);
    expect(both.label).toBe('tcpip.reg, nic.reg');
  });

  it('refuses a file with class keys in two hives rather than mixing them', () => {
    const text = `${HEADER}\r\n\r\n${oneAdapter('HKEY_LOCAL_MACHINE\\A\\ControlSet001', 'a')}${oneAdapter('HKEY_USERS\\B\\ControlSet001', 'b')}`;
    expect(errorOf(() => load('two.reg', text))).toBe(
      'two.reg holds network adapter class keys in more than one hive (HKEY_LOCAL_MACHINE\\A and HKEY_USERS\\B); open them one at a time.',
    );
  });

  it('writes through the view into the control set it shows', async () => {
    const source = load('c.reg', `${HEADER}\r\n\r\n${oneAdapter('HKEY_LOCAL_MACHINE\\CUSTOMER\\ControlSet001', 'one')}`);
    await source.setValue(adapterKeyPath('0001'), '*JumboPacket', { type: 'REG_SZ', data: '9014' });
    await source.createKey(`${adapterKeyPath('0001')}\\Ndi\\params\\*JumboPacket`);
    expect((await source.readValues(adapterKeyPath('0001')))?.map((e) => e.name)).toEqual(['DriverDesc', 'Characteristics', '*JumboPacket']);
    await source.deleteValue(adapterKeyPath('0001'), 'driverdesc');
    expect(
      (await source.readValues('HKEY_LOCAL_MACHINE\\CUSTOMER\\ControlSet001\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0001'))?.map(
        (e) => e.name,
      ),
    ).toEqual(['Characteristics', '*JumboPacket']);
    expect(await source.listSubkeys('HKEY_LOCAL_MACHINE\\SYSTEM')).toBeNull();
  });
});
