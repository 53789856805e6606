/** jsonTextChunks: a large document saved in pieces is the very text jsonText gives, hostile characters escaped alike. */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonText, jsonTextChunks } from './terminal-text';

/** Strings that include what jsonText escapes (bidi controls, separators, C1, BOM) and line breaks. */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u202e', '\u2028', '\u0085', '\ufeff', '\u001b', '\n', '"', '\\'),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  ),
});
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.constant(undefined)),
  node: fc.oneof({ maxDepth: 5 }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(text, tie('node'), { maxKeys: 4 })),
})).node;

describe('jsonTextChunks', () => {
  it('joins to exactly jsonText for any depth of pieces, including skipped members, empty containers and escaped text', () => {
    fc.assert(
      fc.property(fc.dictionary(text, value), fc.integer({ min: 0, max: 4 }), (data, depth) => {
        expect([...jsonTextChunks(data, depth)].join('')).toBe(jsonText(data));
      }),
      { numRuns: 300 },
    );
  });

  it('at depth 2, gives a fleet-shaped report as one piece per machine, none holding a raw bidi control', () => {
    const report = {
      title: 'Fleet',
      generatedAt: new Date(0),
      machines: [
        { machine: 'HOST-\u202eA', adapters: [{ id: '0001' }] },
        { machine: 'HOST-B', adapters: [] },
      ],
      keywords: [],
    };
    const pieces = [...jsonTextChunks(report, 2)];
    expect(pieces.join('')).toBe(jsonText(report));
    expect(pieces.filter((p) => p.startsWith('{') && p.includes('"machine": "HOST-'))).toHaveLength(2);
    expect(pieces.some((p) => p.includes('\u202e'))).toBe(false);
  });
});
