/**
 * Loading skips key bodies whose text it has read before and shares what they hold
 * (parse-reg.ts, memory-registry.ts). It must give exactly what reading every line gives:
 * same tree, same errors at the same lines, and keys that stay independent when written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryRegistry } from '../memory-registry';
import { parseReg } from './parse-reg';
import { RegParseError } from './reg-parse-error';

const HEADER = 'Windows Registry Editor Version 5.00';
const ROOT = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Shared';

/** Value lines, a few of them, so generated files repeat bodies often. */
const LINES = [
  '"Type"="enum"',
  '"type"="int"',
  '"Default"="1"',
  '"ParamDesc"="Receive [Rx] buffers"',
  '"0"="Disabled"',
  '"Flag"=dword:00000001',
  '"Blob"=hex:01,02,\\\r\n  03,04',
  '"Multi"=hex(7):41,00,00,00,00,00',
  '@="default"',
  '"Default"=-',
  '; a comment',
  '',
  '  "Indented"="yes"',
];
const body = fc.array(fc.constantFrom(...LINES), { maxLength: 5 }).map((lines) => lines.join('\r\n'));
/** Few key names, so keys are opened again and bodies land on keys that already have values. */
const keyPath = fc.array(fc.constantFrom('a', 'B', 'b', 'enum', 'x]y'), { minLength: 0, maxLength: 3 }).map((names) => [ROOT, ...names].join('\\'));
const block = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(keyPath, body).map(([path, b]) => `[${path}]\r\n${b}`) },
  { weight: 1, arbitrary: keyPath.map((path) => `[-${path}]`) },
);
const file = fc.array(block, { maxLength: 14 }).map((blocks) => `${HEADER}\r\n\r\n${blocks.join('\r\n\r\n')}\r\n`);

/** Line by line: the document path, which never skips a body. */
const lineByLine = (text: string) => MemoryRegistry.fromDocuments([parseReg(text, 'f.reg')], 'reg-file', 'f');
const skipping = (text: string) => MemoryRegistry.fromRegTexts([{ text, name: 'f.reg' }], 'reg-file', 'f');

function errorLine(load: () => unknown): number | null {
  try {
    load();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(RegParseError);
    return (e as RegParseError).line;
  }
}

describe('loading with shared key bodies', () => {
  it('builds the same tree as reading every line, for files full of repeated bodies', () => {
    fc.assert(
      fc.property(file, (text) => {
        expect(skipping(text).snapshot()).toEqual(lineByLine(text).snapshot());
      }),
      { numRuns: 400 },
    );
  });

  it('reports an error after skipped bodies at the same line as reading every line', () => {
    const broken = fc.tuple(file, fc.integer({ min: 0, max: 3 })).map(([text, blanks]) => `${text}${'\r\n'.repeat(blanks)}[${ROOT}\\z]\r\n"bad"=dword:xyz\r\n`);
    fc.assert(
      fc.property(broken, (text) => {
        const line = errorLine(() => lineByLine(text));
        expect(line).not.toBeNull();
        expect(errorLine(() => skipping(text))).toBe(line);
      }),
      { numRuns: 200 },
    );
  });

  it('builds the same tree once sharing stops paying (over a thousand bodies, few repeating) and while it pays', () => {
    // Unique bodies first (sharing is given up after the sample), then bodies that repeat.
    const unique = Array.from({ length: 1500 }, (_, i) => `[${ROOT}\\u${i}]\r\n"Type"="enum"\r\n"Label"="Port ${i}"\r\n"Blob"=hex:0${i % 10},\\\r\n  ff\r\n`);
    const repeated = Array.from({ length: 300 }, (_, i) => `[${ROOT}\\r${i}]\r\n"Type"="enum"\r\n"Default"="1"\r\n; note\r\n`);
    for (const blocks of [
      [...unique, ...repeated],
      [...repeated, ...unique],
    ]) {
      const text = `${HEADER}\r\n\r\n${blocks.join('\r\n')}[${ROOT}\\end]\r\n"bad"=dword:xyz\r\n`;
      expect(errorLine(() => skipping(text))).toBe(errorLine(() => lineByLine(text)));
      const ok = text.replace('dword:xyz', 'dword:1');
      expect(skipping(ok).snapshot()).toEqual(lineByLine(ok).snapshot());
    }
  });

  it('keeps keys that share values independent when one of them is written', async () => {
    const text = `${HEADER}\r\n\r\n[${ROOT}\\one]\r\n"Type"="enum"\r\n"Default"="1"\r\n\r\n[${ROOT}\\two]\r\n"Type"="enum"\r\n"Default"="1"\r\n\r\n[${ROOT}\\three]\r\n"Type"="enum"\r\n"Default"="1"\r\n\r\n[${ROOT}\\z]\r\n`;
    const registry = skipping(text);
    await registry.setValue(`${ROOT}\\two`, 'Default', { type: 'REG_SZ', data: '0' });
    await registry.deleteValue(`${ROOT}\\three`, 'type');
    const values = async (name: string) => (await registry.readValues(`${ROOT}\\${name}`))?.map((e) => `${e.name}=${String(e.value.data)}`);
    expect(await values('one')).toEqual(['Type=enum', 'Default=1']);
    expect(await values('two')).toEqual(['Type=enum', 'Default=0']);
    expect(await values('three')).toEqual(['Default=1']);
  });
});
