import { describe, expect, it } from 'vitest';
import type { RegistryValue } from '../../shared/model/registry-value';
import { MemoryRegistry } from './memory-registry';
import { parseReg } from './reg-file/parse-reg';
import { RegistryWriteError } from './registry-source';

const K = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor';
const sz = (data: string): RegistryValue => ({ type: 'REG_SZ', data });

function fromText(...files: string[]): MemoryRegistry {
  const docs = files.map((lines, i) => parseReg(`Windows Registry Editor Version 5.00\r\n${lines}`, `f${i}.reg`));
  return MemoryRegistry.fromDocuments(docs, 'reg-file', 'test files');
}

describe('MemoryRegistry', () => {
  it('keeps kind and label', () => {
    const r = new MemoryRegistry('demo', 'demo data');
    expect([r.kind, r.label]).toEqual(['demo', 'demo data']);
  });

  it('returns null for a missing key and [] for an empty one', async () => {
    const r = new MemoryRegistry('demo', 'd');
    expect(await r.listSubkeys(K)).toBeNull();
    expect(await r.readValues(K)).toBeNull();
    expect(await r.readValues('NOT_A_ROOT\\x')).toBeNull();
    await r.createKey(K);
    expect(await r.listSubkeys(K)).toEqual([]);
    expect(await r.readValues(K)).toEqual([]);
    expect(await r.listSubkeys('HKEY_LOCAL_MACHINE\\SOFTWARE')).toEqual(['Vendor']);
    expect(await r.listSubkeys('HKEY_USERS')).toEqual([]);
  });

  it('finds keys case-insensitively, by abbreviation too, and keeps the case they were created with', async () => {
    const r = new MemoryRegistry('demo', 'd');
    await r.createKey(`${K}\\Ndi\\Params`);
    await r.createKey('hklm\\software\\VENDOR\\ndi\\params\\*RSS');
    expect(await r.listSubkeys('HKLM\\SOFTWARE\\vendor\\NDI')).toEqual(['Params']);
    expect(await r.listSubkeys(`${K}\\Ndi\\Params`)).toEqual(['*RSS']);
    expect(r.snapshot('hklm\\software\\vendor')!.map((b) => b.path)).toEqual([K, `${K}\\Ndi`, `${K}\\Ndi\\Params`, `${K}\\Ndi\\Params\\*RSS`]);
  });

  it('lists subkeys and values in insertion order', async () => {
    const r = new MemoryRegistry('demo', 'd');
    for (const name of ['0010', '0002', 'Properties', '0001']) await r.createKey(`${K}\\${name}`);
    for (const name of ['b', 'a', 'C']) await r.setValue(K, name, sz(name));
    expect(await r.listSubkeys(K)).toEqual(['0010', '0002', 'Properties', '0001']);
    expect((await r.readValues(K))!.map((e) => e.name)).toEqual(['b', 'a', 'C']);
  });

  it('replaces values case-insensitively, in place, keeping the stored name', async () => {
    const r = new MemoryRegistry('demo', 'd');
    await r.createKey(K);
    await r.setValue(K, '*JumboPacket', sz('1514'));
    await r.setValue(K, 'Other', sz('x'));
    await r.setValue(K, '*JUMBOPACKET', { type: 'REG_DWORD', data: 9014 });
    expect(await r.readValues(K)).toEqual([
      { name: '*JumboPacket', value: { type: 'REG_DWORD', data: 9014 } },
      { name: 'Other', value: sz('x') },
    ]);
  });

  it('deletes values case-insensitively; deleting an absent value is a no-op', async () => {
    const r = new MemoryRegistry('demo', 'd');
    await r.createKey(K);
    await r.setValue(K, 'Speed', sz('0'));
    await r.deleteValue(K, 'SPEED');
    await r.deleteValue(K, 'never-there');
    expect(await r.readValues(K)).toEqual([]);
  });

  it('throws RegistryWriteError key-missing when writing to a key that does not exist', async () => {
    const r = new MemoryRegistry('demo', 'd');
    await expect(r.setValue(K, 'a', sz('b'))).rejects.toMatchObject({ name: 'RegistryWriteError', reason: 'key-missing' });
    await expect(r.deleteValue(K, 'a')).rejects.toBeInstanceOf(RegistryWriteError);
    await expect(r.createKey('NOWHERE\\x')).rejects.toMatchObject({ reason: 'failed' });
    await expect(r.setValue('NOWHERE\\x', 'a', sz('b'))).rejects.toMatchObject({ reason: 'failed' });
    expect(await r.listSubkeys(K)).toBeNull();
  });

  it("stores a copy: mutating the caller's array later does not change the registry", async () => {
    const r = new MemoryRegistry('demo', 'd');
    await r.createKey(K);
    const data = ['a', 'b'];
    await r.setValue(K, 'm', { type: 'REG_MULTI_SZ', data });
    data.push('c');
    expect(await r.readValues(K)).toEqual([{ name: 'm', value: { type: 'REG_MULTI_SZ', data: ['a', 'b'] } }]);
  });

  it('deleteKey removes the whole subtree', async () => {
    const r = new MemoryRegistry('demo', 'd');
    await r.createKey(`${K}\\a\\b`);
    await r.createKey(`${K}\\c`);
    expect(await r.deleteKey(`${K}\\A`)).toBe(true);
    expect(await r.deleteKey(`${K}\\A`)).toBe(false);
    expect(await r.deleteKey('HKEY_LOCAL_MACHINE')).toBe(false);
    expect(await r.listSubkeys(K)).toEqual(['c']);
    expect(await r.listSubkeys(`${K}\\a\\b`)).toBeNull();
  });
});

describe('MemoryRegistry.fromDocuments', () => {
  it('merges repeated keys, across files, in order', async () => {
    const r = fromText(`[${K}]\r\n"a"="1"\r\n[${K}\\Sub]\r\n[${K}]\r\n"b"="2"\r\n"A"="3"`, `[hklm\\software\\vendor]\r\n"c"=dword:00000004`);
    expect(await r.readValues(K)).toEqual([
      { name: 'a', value: sz('3') },
      { name: 'b', value: sz('2') },
      { name: 'c', value: { type: 'REG_DWORD', data: 4 } },
    ]);
    expect(await r.listSubkeys(K)).toEqual(['Sub']);
  });

  it('applies [-key] as a subtree deletion at its place in the sequence', async () => {
    const r = fromText(`[${K}\\Old\\Deep]\r\n"x"="1"\r\n[${K}\\Keep]\r\n[-${K}\\old]\r\n[${K}\\New]`, `[-${K}\\Keep]\r\n[${K}\\Keep]\r\n"fresh"="1"`);
    expect(await r.listSubkeys(K)).toEqual(['New', 'Keep']);
    expect(await r.readValues(`${K}\\Old\\Deep`)).toBeNull();
    expect(await r.readValues(`${K}\\Keep`)).toEqual([{ name: 'fresh', value: sz('1') }]);
  });

  it('applies "name"=- as a value deletion, and a [key] with only deletions still creates the key', async () => {
    const r = fromText(`[${K}]\r\n"a"="1"\r\n"b"="2"`, `[${K}]\r\n"A"=-\r\n[${K}\\Empty]\r\n"nothing"=-`);
    expect(await r.readValues(K)).toEqual([{ name: 'b', value: sz('2') }]);
    expect(await r.readValues(`${K}\\Empty`)).toEqual([]);
  });

  it('exports a subtree as regedit text that reads back the same', async () => {
    const r = fromText(`[${K}]\r\n@="default"\r\n"m"=hex(7):61,00,00,00,00,00\r\n[${K}\\Sub]\r\n"d"=dword:00000001`);
    const text = r.toRegText('hklm\\SOFTWARE\\vendor')!;
    expect(text).toBe(
      'Windows Registry Editor Version 5.00\r\n\r\n' +
        `[${K}]\r\n@="default"\r\n"m"=hex(7):61,00,00,00,00,00\r\n\r\n` +
        `[${K}\\Sub]\r\n"d"=dword:00000001\r\n\r\n`,
    );
    expect(fromText(text.slice(text.indexOf('\r\n') + 2)).snapshot()).toEqual(r.snapshot());
    expect(r.toRegText(`${K}\\Missing`)).toBeNull();
    expect(r.snapshot(`${K}\\Missing`)).toBeNull();
  });
});
