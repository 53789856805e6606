import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvBytes, csvText } from './csv';
import { oneLine } from './plain-text';
import { hostileText } from './test-support/hostile-text';

const RUNS = { numRuns: 400 };
/** What a spreadsheet would take for a formula (OWASP CSV injection), full-width forms included. */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

describe('csvText()', () => {
  it('parses back to the same rows and columns, each text cell one visible line, none a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileText(), hostileText(), fc.nat()), { maxLength: 5 }), (rows) => {
        const text = csvText(['machine', 'value', 'count'], rows);
        const parsed = parse(text, { relax_column_count: false }) as string[][];
        expect(parsed).toHaveLength(rows.length + 1);
        expect(parsed[0]).toEqual(['machine', 'value', 'count']);
        rows.forEach(([a, b, n], i) => {
          const expected = [a, b].map((cell) => {
            const line = oneLine(cell);
            return FORMULA_START.test(line) ? `'${line}` : line;
          });
          expect(parsed[i + 1]).toEqual([...expected, String(n)]);
        });
        for (const row of parsed.slice(1)) for (const cell of row.slice(0, 2)) expect(cell).not.toMatch(FORMULA_START);
      }),
      RUNS,
    );
  });

  it('neutralises formulas but keeps numbers numbers', () => {
    expect(csvText(['a', 'b', 'c'], [['=HYPERLINK("http://x")', '-1', -1]])).toBe('"a","b","c"\r\n"\'=HYPERLINK(""http://x"")","\'-1",-1\r\n');
  });

  it('refuses a row that does not fit the header', () => {
    expect(() => csvText(['a', 'b'], [['x']])).toThrow(/2/);
  });

  it('marks the file UTF-8 for spreadsheets', () => {
    expect([...csvBytes('é').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csvBytes('é').subarray(3))).toBe('é');
  });
});
