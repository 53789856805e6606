import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegistryValue } from '../../../shared/model/registry-value';
import { MemoryRegistry } from '../memory-registry';
import { decodeRegBytes } from './decode-reg-bytes';
import { parseReg } from './parse-reg';
import { encodeRegFile, writeReg } from './write-reg';

const ROOT = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\RoundTrip';

/** Characters that stress the format, plus any code unit (lone surrogates included). */
const char = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('"', '\\', '=', '[', ']', ';', '@', '-', ',', ' ', '\t', '\r', '\n', '\0', ':') },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);
const text = fc.string({ unit: char, maxLength: 12 });
const noNul = fc.string({ unit: char.filter((c) => c !== '\0'), maxLength: 8 });
/** Key names: anything but `\` and line breaks, never empty. */
const keyName = fc.string({ unit: char.filter((c) => !/[\\\r\n]/.test(c)), minLength: 1, maxLength: 8 });
const bytes = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 70 });

const NAMED_TYPES = new Set([0, 1, 2, 3, 4, 7, 11]);

const value: fc.Arbitrary<RegistryValue> = fc.oneof(
  text.map((data) => ({ type: 'REG_SZ' as const, data })),
  text.map((data) => ({ type: 'REG_EXPAND_SZ' as const, data })),
  fc.array(noNul, { maxLength: 5 }).map((data) => ({ type: 'REG_MULTI_SZ' as const, data })),
  fc.integer({ min: 0, max: 0xffffffff }).map((data) => ({ type: 'REG_DWORD' as const, data })),
  fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map((n) => ({ type: 'REG_QWORD' as const, data: n.toString() })),
  bytes.map((data) => ({ type: 'REG_BINARY' as const, data })),
  bytes.map((data) => ({ type: 'REG_NONE' as const, data })),
  fc
    .tuple(
      fc.integer({ min: 0, max: 0xffffffff }).filter((t) => !NAMED_TYPES.has(t)),
      bytes,
    )
    .map(([rawType, data]) => ({ type: 'REG_UNKNOWN' as const, rawType, data })),
);

/** A tree as a list of (key path below ROOT, values); later entries merge into earlier keys. */
const tree = fc.array(
  fc.record({
    names: fc.array(keyName, { minLength: 0, maxLength: 3 }),
    values: fc.array(fc.tuple(text, value), { maxLength: 4 }),
  }),
  { maxLength: 8 },
);

async function build(entries: readonly { names: string[]; values: [string, RegistryValue][] }[]): Promise<MemoryRegistry> {
  const registry = new MemoryRegistry('reg-file', 'generated');
  await registry.createKey(ROOT);
  for (const { names, values } of entries) {
    const path = [ROOT, ...names].join('\\');
    await registry.createKey(path);
    for (const [name, v] of values) await registry.setValue(path, name, v);
  }
  return registry;
}

describe('.reg round trip', () => {
  it('write -> UTF-16LE -> decode -> parse -> MemoryRegistry gives back the same tree', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (entries) => {
        const original = await build(entries);
        const text = original.toRegText(ROOT)!;
        const doc = parseReg(decodeRegBytes(encodeRegFile(text)), 'round-trip.reg');
        const copy = MemoryRegistry.fromDocuments([doc], 'reg-file', 'round-trip.reg');
        expect(copy.snapshot(ROOT)).toEqual(original.snapshot(ROOT));
        expect(copy.snapshot()).toEqual(original.snapshot());
      }),
      { numRuns: 300 },
    );
  });

  it('written, encoded as UTF-16LE and read back, a file gives exactly the operations written; wrapped lines stay under 80 columns', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.option(value, { nil: null })), { maxLength: 6 }), (values) => {
        const blocks = [{ path: ROOT, values: values.map(([name, v]) => ({ name, value: v })) }];
        const written = writeReg(blocks);
        const doc = parseReg(decodeRegBytes(encodeRegFile(written)), 'ops.reg');
        expect(doc.operations.slice(1).map((o) => (o.op === 'set-value' ? [o.name, o.value] : o.op === 'delete-value' ? [o.name, null] : o))).toEqual(values);
        for (const l of written.split('\r\n')) {
          if (l.startsWith('  ')) expect(l.length).toBeLessThan(80);
        }
      }),
      { numRuns: 300 },
    );
  });
});
