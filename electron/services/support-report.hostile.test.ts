/**
 * The support report rendered from generated hostile registry text (descriptions, connection names,
 * labels, keywords, values, file names): the Markdown renders (markdown-it, raw HTML allowed) and the
 * HTML parses (parse5) to exactly the report's own structure, with each datum as text.
 */

import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { parse, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../shared/generate/plain-text';
import { hostileText } from '../../shared/generate/test-support/hostile-text';
import { adapterKeyPath } from '../../shared/model/registry-paths';
import { buildReportFrom, renderReport } from './support-report';
import { ADAPTER_ID, hostileFields, hostileRegistry, TEXT_KEYWORD, type HostileFields } from './test-support/hostile-registry';
import { elements, text, type Element } from '../../shared/generate/test-support/html-tree';

const fields = hostileFields();

/** The report of one hostile adapter that stores a hostile text value and a hostile registry-only value. */
async function report(f: HostileFields, stored: string) {
  const source = await hostileRegistry(f);
  await source.setValue(adapterKeyPath(ADAPTER_ID), TEXT_KEYWORD, { type: 'REG_SZ', data: stored });
  await source.setValue(adapterKeyPath(ADAPTER_ID), 'VendorDebug', { type: 'REG_SZ', data: stored });
  return buildReportFrom(source, 'all', new Date('2026-11-25T10:00:00Z'));
}

/** Every table has as many cells in each row as in its header. */
function tablesAreRectangular(all: readonly Element[]): void {
  for (const table of all.filter((e) => e.tagName === 'table')) {
    const rows = elements(table).filter((e) => e.tagName === 'tr');
    const width = elements(rows[0]!).filter((e) => e.tagName === 'th').length;
    for (const row of rows) expect(elements(row).filter((e) => e.tagName === 'td' || e.tagName === 'th')).toHaveLength(width);
  }
}

describe('the support report from hostile registry text', () => {
  it('Markdown: only the report structure, tables intact, each datum as its text', async () => {
    const markdown = new MarkdownIt({ html: true, linkify: false });
    const allowed = new Set(['h1', 'h2', 'h3', 'ul', 'li', 'strong', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
    await fc.assert(
      fc.asyncProperty(fields, hostileText(), async (f, stored) => {
        const r = await report(f, stored);
        const all = elements(parseFragment(markdown.render(renderReport(r, 'md'))));
        expect(all.filter((e) => !allowed.has(e.tagName)).map((e) => e.tagName)).toEqual([]);
        expect(all.filter((e) => e.tagName === 'h2')).toHaveLength(2); // Global switches, the adapter
        tablesAreRectangular(all);
        const items = all.filter((e) => e.tagName === 'li').map(text);
        expect(items).toContain(`Description: ${oneLine(f.description) || 'none'}`);
        const cells = all.filter((e) => e.tagName === 'td').map(text);
        expect(cells).toContain(oneLine(stored));
      }),
      { numRuns: 120 },
    );
  });

  it('HTML: only the report structure, no script, links only inside the page, each datum as its text', async () => {
    const allowedTags = new Set([
      'html',
      'head',
      'body',
      'meta',
      'title',
      'style',
      'header',
      'main',
      'section',
      'h1',
      'h2',
      'p',
      'span',
      'strong',
      'code',
      'a',
      'dl',
      'dt',
      'dd',
      'table',
      'caption',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ]);
    const allowedAttributes = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'href', 'scope']);
    await fc.assert(
      fc.asyncProperty(fields, hostileText(), async (f, stored) => {
        const r = await report(f, stored);
        const all = elements(parse(renderReport(r, 'html')));
        expect(all.filter((e) => !allowedTags.has(e.tagName)).map((e) => e.tagName)).toEqual([]);
        expect(all.flatMap((e) => e.attrs.map((a) => a.name)).filter((n) => !allowedAttributes.has(n))).toEqual([]);
        expect(all.filter((e) => e.tagName === 'a').map((e) => e.attrs.find((a) => a.name === 'href')?.value)).toEqual([`#adapter-${ADAPTER_ID}`]);
        expect(all.filter((e) => e.tagName === 'style')).toHaveLength(1);
        tablesAreRectangular(all);
        expect(all.filter((e) => e.tagName === 'dd').map(text)[0]).toBe(oneLine(f.description) || 'none');
        expect(text(all.find((e) => e.tagName === 'title')!)).toBe(oneLine(r.title));
        expect(all.filter((e) => e.tagName === 'td').map(text)).toContain(oneLine(stored));
      }),
      { numRuns: 120 },
    );
  });
});
