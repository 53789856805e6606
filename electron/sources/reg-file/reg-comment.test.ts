/** A `.reg` comment carries data (adapter names, labels, values): nothing in it may become a registry line. */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_FRAGMENTS } from '../../../shared/generate/test-support/hostile-text';
import { parseReg } from './parse-reg';
import { regCommentText, writeReg } from './write-reg';

const KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0007';

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(`[${KEY}]`, '"*JumboPacket"="1"', `[-${KEY}]`, '"Evil"=-', 'Windows Registry Editor Version 5.00', 'hex:00,\\') },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }) },
);
const hostileText = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

describe('.reg comment lines', () => {
  it('keep any text on its one line: the file parses to exactly the intended change, whatever the data', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 4 }), (comment) => {
        const text = writeReg([{ path: KEY, values: [{ name: '*JumboPacket', value: { type: 'REG_SZ', data: '9014' } }] }], { comment });
        const lines = text.split('\r\n');
        expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
        // One comment line per entry, each starting with "; ", and the key right after the blank line.
        for (let i = 1; i <= comment.length; i++) expect(lines[i]!.startsWith('; ')).toBe(true);
        expect(lines[comment.length + 1]).toBe('');
        expect(lines[comment.length + 2]).toBe(`[${KEY}]`);
        for (const line of lines.slice(1, comment.length + 1)) {
          expect(line).not.toMatch(/[\r\n\u0085\u2028\u2029\p{Cc}\p{Cf}\p{Cs}]/u);
          expect(line.endsWith('\\')).toBe(false);
        }
        const doc = parseReg(text, 'changes.reg');
        expect(doc.operations.map((o) => (o.op === 'set-value' ? [o.op, o.path, o.name, o.value] : [o.op, o.path]))).toEqual([
          ['open-key', KEY],
          ['set-value', KEY, '*JumboPacket', { type: 'REG_SZ', data: '9014' }],
        ]);
      }),
      { numRuns: 400 },
    );
  });

  it('replaces what could end or hide text with "?" and keeps the rest readable', () => {
    expect(regCommentText('Intel(R) I219\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Evil]')).toBe('Intel(R) I219??[HKEY_LOCAL_MACHINE\\SOFTWARE\\Evil]');
    expect(regCommentText('a\u2028b\u2029c\u0085d\u202ee')).toBe('a?b?c?d?e');
    expect(regCommentText('ends with a backslash \\\\')).toBe('ends with a backslash');
    expect(regCommentText('Wi-Fi 6E – 160 MHz 😀')).toBe('Wi-Fi 6E – 160 MHz 😀');
  });

  it('cuts very long data, never leaving half a surrogate pair', () => {
    const long = regCommentText('😀'.repeat(1000));
    expect(long.length).toBeLessThanOrEqual(400);
    expect(long.endsWith('…')).toBe(true);
    expect(long).not.toMatch(/\p{Cs}/u);
  });
});
