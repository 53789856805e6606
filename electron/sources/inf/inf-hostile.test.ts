/** A driver INF is hostile input: generated text never crashes the reader, limits hold, errors name file and line. */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InfParseError } from './inf-parse-error';
import { resolveInfFiles, sourceFromInfFiles } from './inf-source';
import { readInfFile } from './read-inf-file';
import { INF_LIMITS } from './resolve-inf';
import { tokenizeInf } from './tokenize-inf';

const HEAD = '[Version]\nSignature = "$Windows NT$"\n';
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Lines an INF author (or an attacker) might write, with every character that means something to the parser. */
const infLine = fc.oneof(
  fc.constantFrom(
    '[Manufacturer]',
    '[Strings]',
    '[M.NTamd64]',
    '[I.NTamd64]',
    '[R]',
    '[Version]',
    'AddReg = R',
    'DelReg = R',
    'Needs = R',
    'Include = other.inf',
  ),
  fc.constantFrom('%M% = M, NTamd64', '%D% = I, PCI\\VEN_1', 'M = "x"', 'D = "Device ""quoted"""', 'HKR, Ndi\\params\\K, ParamDesc, 0, %D%'),
  fc.stringMatching(/^[ -~\t]{0,40}$/),
  fc
    .array(fc.constantFrom('HKR', ',', '"', '""', '\\', '%', '%%', ';', '=', ' ', 'Ndi\\params\\*RSS', '0x10001', '[', ']', 'x', '\u0000', '\u001a'), {
      maxLength: 20,
    })
    .map((parts) => parts.join('')),
);
const infText = fc.array(infLine, { maxLength: 60 }).map((lines) => lines.join('\n'));

function onlyInfErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InfParseError);
    expect((error as InfParseError).message).toMatch(/^t\.inf( line \d+)?: /);
  }
}

describe('hostile INF input', () => {
  it('arbitrary bytes either load or fail with an InfParseError naming the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => onlyInfErrors(() => sourceFromInfFiles([{ name: 't.inf', bytes }]))),
      { numRuns: 300 },
    );
  });

  it('generated INF-shaped text never crashes, and every finding points at a line of the file', () => {
    fc.assert(
      fc.property(infText, (body) => {
        const text = HEAD + body;
        const lineCount = text.split('\n').length;
        onlyInfErrors(() => {
          const resolution = resolveInfFiles([{ name: 't.inf', bytes: utf8(text) }]);
          for (const d of resolution.diagnostics) {
            expect(d.at.file).toBe('t.inf');
            expect(d.at.line).toBeGreaterThanOrEqual(0);
            expect(d.at.line).toBeLessThanOrEqual(lineCount);
            expect(d.message).not.toMatch(/undefined|\[object/);
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('fields without special characters come back exactly; quoted text with "" survives any content', () => {
    const plain = fc.stringMatching(/^[A-Za-z0-9_.*&{}()!-][A-Za-z0-9_.*&{}()! -]{0,20}[A-Za-z0-9_.*&{}()!-]$/);
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 30 }), (fields, free) => {
        const cleanFree = [...free].filter((c) => c !== '\r' && c !== '\n' && c !== '\u001a').join('');
        const quoted = `"${cleanFree.replace(/"/g, '""')}"`;
        const doc = tokenizeInf(`[s]\n${[...fields, quoted].join(' , ')}\n`, 't.inf');
        expect(doc.sections.get('s')?.lines[0]?.fields).toEqual([...fields, cleanFree]);
      }),
      { numRuns: 300 },
    );
  });

  it('Needs chains stop at the depth limit and loops are not followed', () => {
    const depth = INF_LIMITS.needsDepth + 3;
    const chain = Array.from({ length: depth }, (_, i) => `[N${i}]\nNeeds = N${i + 1}\n`).join('');
    const text = `${HEAD}[Manufacturer]\nM = M, NTamd64\n[M.NTamd64]\nD = I, X\\Y\n[I]\nNeeds = N0, Loop\n${chain}[N${depth}]\n[Loop]\nNeeds = I2\n[I2]\nNeeds = Loop\n`;
    const { resolution } = sourceFromInfFiles([{ name: 't.inf', bytes: utf8(text) }]);
    const ids = resolution.diagnostics.map((d) => d.id);
    expect(ids).toContain('inf.needs-too-deep');
    expect(ids).toContain('inf.needs-cycle');
  });

  it('refuses an INF whose install sections would apply millions of registry entries', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `HKR,,V${i},,"x"`).join('\n');
    const models = Array.from({ length: 6000 }, (_, i) => `D = I${i}, X\\${i}\n[I${i}]\nAddReg = R\n`).join('');
    const text = `${HEAD}[Manufacturer]\nM = M, NTamd64\n[M.NTamd64]\n${models.replace(/\n\[I\d+\]\nAddReg = R\n/g, '\n')}${Array.from({ length: 6000 }, (_, i) => `[I${i}]\nAddReg = R\n`).join('')}[R]\n${lines}\n`;
    expect(() => resolveInfFiles([{ name: 't.inf', bytes: utf8(text) }])).toThrow(
      /t\.inf line \d+: the install sections apply more than 2,000,000 registry entries/,
    );
  });

  it('refuses string substitution that would expand without bound', () => {
    const big = 'x'.repeat(4000);
    const refs = Array.from({ length: 20_000 }, (_, i) => `HKR,,V${i},,%big%`).join('\n');
    const text = `${HEAD}[Manufacturer]\nM = M, NTamd64\n[M.NTamd64]\nD = I, X\\Y\n[I]\nAddReg = R\n[R]\n${refs}\n[Strings]\nbig = "${big}"\n`;
    expect(() => resolveInfFiles([{ name: 't.inf', bytes: utf8(text) }])).toThrow(/t\.inf line \d+: string substitution expands the INF beyond/);
  });

  it('reports a field longer than Windows allows instead of storing it whole', () => {
    const text = `${HEAD}[Manufacturer]\nM = M, NTamd64\n[M.NTamd64]\nD = I, X\\Y\n[I]\nAddReg = R\n[R]\nHKR,,Long,,"${'y'.repeat(5000)}"\n`;
    const { resolution } = sourceFromInfFiles([{ name: 't.inf', bytes: utf8(text) }]);
    expect(resolution.diagnostics).toContainEqual(expect.objectContaining({ id: 'inf.string-too-long', severity: 'error', at: { file: 't.inf', line: 10 } }));
  });

  it('reads a file up to the size limit and refuses a larger one with a sentence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nicprops-inf-'));
    try {
      writeFileSync(join(dir, 'ok.inf'), 'x'.repeat(1000));
      writeFileSync(join(dir, 'huge.inf'), 'x'.repeat(1001));
      await expect(readInfFile(join(dir, 'ok.inf'), 1000)).resolves.toMatchObject({ name: 'ok.inf' });
      await expect(readInfFile(join(dir, 'huge.inf'), 1000)).rejects.toThrow(/huge\.inf is 1001 bytes; a driver INF may be at most 1000 bytes\./);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
