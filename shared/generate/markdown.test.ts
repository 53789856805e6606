import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { mdDocument, mdHeading, mdList, mdTable, mdText } from './markdown';
import { oneLine } from './plain-text';
import { hostileText } from './test-support/hostile-text';
import { elements, text } from './test-support/html-tree';

// Raw HTML on: if any data escaped its text, it would show up here as an element.
const markdown = new MarkdownIt({ html: true, linkify: false });
const RUNS = { numRuns: 400 };
/** Short strings of the characters Markdown gives meaning to, mixed with letters and digits: where escaping rules meet. */
const markdownish = fc.string({ unit: fc.constantFrom(...'ab1é _*#-+.)(&;#`[]<>|~$@:!\\=\'"'.split('')), maxLength: 12 });
const data = fc.oneof(hostileText(), markdownish);

function render(md: string) {
  return parseFragment(markdown.render(md));
}

describe('mdText()', () => {
  it('renders as exactly the text (made one visible line), and as no element, whatever it holds', () => {
    fc.assert(
      fc.property(data, (value) => {
        const tree = render(`Value: ${mdText(value)} (end)`);
        expect(elements(tree).map((e) => e.tagName)).toEqual(['p']);
        expect(text(elements(tree)[0]!)).toBe(`Value: ${oneLine(value)} (end)`);
        // At the start of a list item, where block markers act.
        const item = render(mdList([mdText(value)]));
        expect(elements(item).map((e) => e.tagName)).toEqual(['ul', 'li']);
        expect(text(elements(item)[1]!)).toBe(oneLine(value));
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps structure-looking text as text: headings, lists, links, HTML, code, emphasis', () => {
    for (const data of [
      '# Title',
      '- item',
      '1. item',
      '[x](javascript:alert(1))',
      '<img src=x onerror=alert(1)>',
      '`code`',
      '**b**',
      '    indented',
      '> quote',
      '&amp;',
      '---',
    ]) {
      const tree = render(mdList([mdText(data)]));
      expect(elements(tree).map((e) => e.tagName)).toEqual(['ul', 'li']);
      expect(text(elements(tree)[1]!)).toBe(data);
    }
  });
});

describe('mdTable()', () => {
  it('keeps white space at the ends of a cell or a heading, a no-break space and other Unicode spaces too', () => {
    // Found by the property below: markdown-it trims every Unicode space from a cell, so a lone
    // U+00A0 became an empty cell.
    for (const space of [' ', '\u00a0', '\u2003', '\u202f', '\u3000']) {
      for (const value of [space, `${space}x`, `x${space}`, `${space}${space}`]) {
        const tree = render(mdTable(['Keyword', 'Value'], [['k', value]]));
        const cells = elements(tree).filter((e) => e.tagName === 'td');
        expect(cells.map(text)).toEqual(['k', oneLine(value)]);
        const heading = render(mdHeading(2, value));
        expect(elements(heading).map((e) => [e.tagName, text(e)])).toEqual([['h2', oneLine(value)]]);
      }
    }
  });

  it('has exactly the header and rows given, each cell holding exactly its text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(data, data, data), { minLength: 1, maxLength: 4 }), data, (rows, headerText) => {
        const header = ['Keyword', headerText, 'Value'];
        const tree = render(mdTable(header, rows));
        const tags = elements(tree).map((e) => e.tagName);
        expect(tags.filter((t) => t === 'table')).toHaveLength(1);
        expect(tags.filter((t) => t === 'tr')).toHaveLength(rows.length + 1);
        expect(tags.filter((t) => t === 'th')).toHaveLength(3);
        expect(tags.filter((t) => t === 'td')).toHaveLength(rows.length * 3);
        expect(tags.filter((t) => !['table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(t))).toEqual([]);
        const cells = elements(tree)
          .filter((e) => e.tagName === 'td')
          .map(text);
        expect(cells).toEqual(rows.flat().map(oneLine));
        expect(
          elements(tree)
            .filter((e) => e.tagName === 'th')
            .map(text),
        ).toEqual(header.map(oneLine));
      }),
      RUNS,
    );
  });
});

describe('mdHeading() and mdDocument()', () => {
  it('make one heading with the text, then the blocks in order', () => {
    fc.assert(
      fc.property(data, data, (title, body) => {
        const tree = render(mdDocument([mdHeading(2, title), null, mdList([mdText(body)])]));
        expect(elements(tree).map((e) => e.tagName)).toEqual(['h2', 'ul', 'li']);
        expect(text(elements(tree)[0]!)).toBe(oneLine(title));
      }),
      RUNS,
    );
  });
});
