import { describe, expect, it } from 'vitest';
import type { RegistryValue } from '../../../shared/model/registry-value';
import { decodeRegBytes } from './decode-reg-bytes';
import { parseReg } from './parse-reg';
import { encodeRegFile, writeReg, type RegKeyBlock } from './write-reg';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Test';

function line(name: string, value: RegistryValue | null): string {
  return writeReg([{ path: KEY, values: [{ name, value }] }])
    .split('\r\n')
    .slice(3, -2)
    .join('\r\n');
}

describe('writeReg', () => {
  it('writes the header, a blank line before every key and CRLF line ends, like reg export', () => {
    const text = writeReg([
      { path: KEY, values: [{ name: 'a', value: { type: 'REG_SZ', data: 'b' } }] },
      { path: `${KEY}\\Sub`, values: [] },
    ]);
    expect(text).toBe(`Windows Registry Editor Version 5.00\r\n\r\n[${KEY}]\r\n"a"="b"\r\n\r\n[${KEY}\\Sub]\r\n\r\n`);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes backslashes and quotes in names and strings, and writes @ for the default', () => {
    expect(line('a"b\\c', { type: 'REG_SZ', data: 'C:\\x "y"' })).toBe('"a\\"b\\\\c"="C:\\\\x \\"y\\""');
    expect(line('', { type: 'REG_SZ', data: 'd' })).toBe('@="d"');
  });

  it('writes dwords as dword:%08x and deletions as =-', () => {
    expect(line('d', { type: 'REG_DWORD', data: 0x84 })).toBe('"d"=dword:00000084');
    expect(line('d', { type: 'REG_DWORD', data: 0xffffffff })).toBe('"d"=dword:ffffffff');
    expect(line('gone', null)).toBe('"gone"=-');
  });

  it('writes the other types as hex(N) with regedit type numbers', () => {
    expect(line('b', { type: 'REG_BINARY', data: [0, 15, 255] })).toBe('"b"=hex:00,0f,ff');
    expect(line('n', { type: 'REG_NONE', data: [] })).toBe('"n"=hex(0):');
    expect(line('e', { type: 'REG_EXPAND_SZ', data: '%a%' })).toBe('"e"=hex(2):25,00,61,00,25,00,00,00');
    expect(line('m', { type: 'REG_MULTI_SZ', data: ['a', 'b'] })).toBe('"m"=hex(7):61,00,00,00,62,00,00,00,00,00');
    expect(line('m', { type: 'REG_MULTI_SZ', data: [] })).toBe('"m"=hex(7):00,00');
    expect(line('q', { type: 'REG_QWORD', data: '1' })).toBe('"q"=hex(b):01,00,00,00,00,00,00,00');
    expect(line('u', { type: 'REG_UNKNOWN', rawType: 0x20, data: [1] })).toBe('"u"=hex(20):01');
  });

  it('writes strings holding line breaks or NUL as hex(1), which re-parses to the same REG_SZ', () => {
    const value: RegistryValue = { type: 'REG_SZ', data: 'a\r\nb\0' };
    expect(line('s', value)).toMatch(/^"s"=hex\(1\):61,00,0d,00,0a,00,62,00,00,00,00,00$/);
    const doc = parseReg(writeReg([{ path: KEY, values: [{ name: 's', value }] }]), 'x.reg');
    expect(doc.operations[1]).toMatchObject({ value });
  });

  it('escapes line breaks in value names as \\n and \\r', () => {
    expect(line('a\nb\rc', { type: 'REG_DWORD', data: 1 })).toBe('"a\\nb\\rc"=dword:00000001');
  });

  it('wraps long hex data with \\ and a two-space indent, keeping lines under 80 columns', () => {
    const data = Array.from({ length: 1000 }, (_, i) => i % 256);
    const lines = line('Data', { type: 'REG_BINARY', data }).split('\r\n');
    expect(lines.length).toBeGreaterThan(35);
    expect(lines[0]).toMatch(/^"Data"=hex:00,01,02,.*,\\$/);
    for (const l of lines.slice(1)) expect(l).toMatch(/^ {2}[0-9a-f]{2}/);
    for (const l of lines) expect(l.length).toBeLessThan(80);
    for (const l of lines.slice(0, -1)) expect(l.endsWith(',\\')).toBe(true);
  });

  it('writes [-key] for deletions, then the key again when it has values', () => {
    expect(writeReg([{ path: 'HKLM\\x', deleteKey: true, values: [] }])).toBe('Windows Registry Editor Version 5.00\r\n\r\n[-HKEY_LOCAL_MACHINE\\x]\r\n\r\n');
    const replaced = writeReg([{ path: 'HKLM\\x', deleteKey: true, values: [{ name: 'a', value: null }] }]);
    expect(replaced).toContain('[-HKEY_LOCAL_MACHINE\\x]\r\n\r\n[HKEY_LOCAL_MACHINE\\x]\r\n"a"=-\r\n');
  });

  it('refuses what regedit could not express', () => {
    const bad: RegKeyBlock[][] = [
      [{ path: 'NOPE\\x', values: [] }],
      [{ path: 'HKLM\\a\nb', values: [] }],
      [{ path: 'HKLM', deleteKey: true, values: [] }],
      [{ path: KEY, values: [{ name: 'd', value: { type: 'REG_DWORD', data: -1 } }] }],
      [{ path: KEY, values: [{ name: 'd', value: { type: 'REG_DWORD', data: 1.5 } }] }],
      [{ path: KEY, values: [{ name: 'q', value: { type: 'REG_QWORD', data: '18446744073709551616' } }] }],
      [{ path: KEY, values: [{ name: 'q', value: { type: 'REG_QWORD', data: '-1' } }] }],
      [{ path: KEY, values: [{ name: 'b', value: { type: 'REG_BINARY', data: [256] } }] }],
      [{ path: KEY, values: [{ name: 'm', value: { type: 'REG_MULTI_SZ', data: ['a\0b'] } }] }],
    ];
    for (const blocks of bad) expect(() => writeReg(blocks)).toThrow(RangeError);
  });
});

describe('encodeRegFile', () => {
  it('writes UTF-16LE with a BOM, which decodes back to the same text', () => {
    const text = writeReg([{ path: KEY, values: [{ name: 'ü', value: { type: 'REG_SZ', data: '日本\uD83D\uDE00' } }] }]);
    const bytes = encodeRegFile(text);
    expect([...bytes.subarray(0, 6)]).toEqual([0xff, 0xfe, 0x57, 0x00, 0x69, 0x00]);
    expect(bytes.length).toBe(2 + text.length * 2);
    expect(decodeRegBytes(bytes)).toBe(text);
  });
});
