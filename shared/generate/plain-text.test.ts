import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainLine, oneLine, safeLines } from './plain-text';
import { hostileText } from './test-support/hostile-text';

/** What a terminal or a line-based reader could act on. */
const LINE_OR_CONTROL = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe('oneLine()', () => {
  it('leaves no line terminator or control character, for any text', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const line = oneLine(text);
        expect(line).not.toMatch(LINE_OR_CONTROL);
        expect(isPlainLine(line)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps ordinary text, including non-Latin scripts and emoji, as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(isPlainLine(text));
        expect(oneLine(text)).toBe(text);
      }),
    );
    expect(oneLine('Realtek® Gaming 2.5GbE — Контроллер 😀')).toBe('Realtek® Gaming 2.5GbE — Контроллер 😀');
  });

  it('shows what was removed as an escape', () => {
    expect(oneLine('Intel\r\nStart-Process calc')).toBe('Intel\\x0D\\x0AStart-Process calc');
    expect(oneLine('\u001b[2Jcleared')).toBe('\\x1B[2Jcleared');
    expect(oneLine('a\u2028b\u202ec\ud800')).toBe('a\\u2028b\\u202Ec\\uD800');
  });
});

describe('safeLines()', () => {
  it('keeps the line breaks of composed text and cleans each line', () => {
    expect(safeLines('one\n\u001b[31mtwo\r\nthree\u0085')).toBe('one\n\\x1B[31mtwo\nthree\\x85');
  });
});
