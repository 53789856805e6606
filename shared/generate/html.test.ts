import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { html, htmlDocument, htmlJoin, htmlText, SafeHtml } from './html';
import { oneLine } from './plain-text';
import { hostileText } from './test-support/hostile-text';
import { elements, text, type Node } from './test-support/html-tree';

const RUNS = { numRuns: 400 };
const STYLE = 'body { font: 14px sans-serif; }';
const sha = (text: string) => createHash('sha256').update(text).digest('base64');

function page(title: string, cell: string, attr: string): Node {
  const body = html`<h1>${title}</h1>
    <table>
      <tr>
        <td title="${attr}">${cell}</td>
        <td>${['a', 'b']}</td>
      </tr>
    </table>`;
  return parse(htmlDocument({ title, styleSheet: STYLE, styleSha256: sha(STYLE), body }));
}

describe('html`` and htmlDocument()', () => {
  it('puts data only where the template says: no element, attribute or script ever comes from data', () => {
    const shape = (tree: Node) => elements(tree).map((e) => `${e.tagName}[${e.attrs.map((a) => a.name).join(',')}]`);
    const benign = shape(page('Report', 'cell', 'hint'));
    fc.assert(
      fc.property(hostileText(), hostileText(), hostileText(), (title, cell, attr) => {
        const tree = page(title, cell, attr);
        expect(shape(tree)).toEqual(benign);
        const all = elements(tree);
        expect(text(all.find((e) => e.tagName === 'title')!)).toBe(oneLine(title));
        expect(text(all.find((e) => e.tagName === 'h1')!)).toBe(oneLine(title));
        const td = all.find((e) => e.tagName === 'td')!;
        expect(text(td)).toBe(oneLine(cell));
        expect(td.attrs).toEqual([{ name: 'title', value: oneLine(attr) }]);
      }),
      RUNS,
    );
  });

  it('has a policy that allows nothing but its own hashed style sheet', () => {
    const doc = htmlDocument({ title: 't', styleSheet: STYLE, styleSha256: sha(STYLE), body: html`<p>x</p>` });
    expect(doc).toContain(`content="default-src 'none'; style-src 'sha256-${sha(STYLE)}'; img-src data:; base-uri 'none'; form-action 'none'"`);
    expect(doc).not.toMatch(/<script|<link|src=|href=/i);
  });

  it('refuses values where escaping is not enough, and fragments made elsewhere', () => {
    expect(() => html`<td title=${'x'}></td>`).toThrow(/double-quoted attribute/);
    expect(() => html`<${'script'}></${'script'}>`).toThrow();
    expect(() => new SafeHtml(Symbol('SafeHtml'), '<script>')).toThrow();
    expect(() => htmlDocument({ title: 't', styleSheet: 'x{}</style><script>', styleSha256: sha('x'), body: html`` })).toThrow();
  });

  it('escapes text, joins fragments and writes numbers and null plainly', () => {
    expect(htmlText(`<a href='x'>&"`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
    expect(htmlJoin([html`<b>${1}</b>`, html`${null}<i>${'2'}</i>`], ' ').text).toBe('<b>1</b> <i>2</i>');
  });
});

describe('htmlDocument() with a script', () => {
  const SCRIPT = 'document.body.dataset.ready = "1";';

  it('allows exactly that script by its hash, still nothing else, and puts it last in the body', () => {
    const doc = htmlDocument({ title: 't', styleSheet: STYLE, styleSha256: sha(STYLE), body: html`<p>x</p>`, script: { text: SCRIPT, sha256: sha(SCRIPT) } });
    expect(doc).toContain(
      `content="default-src 'none'; script-src 'sha256-${sha(SCRIPT)}'; style-src 'sha256-${sha(STYLE)}'; img-src data:; base-uri 'none'; form-action 'none'"`,
    );
    const scripts = elements(parse(doc)).filter((e) => e.tagName === 'script');
    expect(scripts).toHaveLength(1);
    expect(text(scripts[0]!)).toBe(SCRIPT);
    expect(doc).not.toMatch(/<link|src=|href=/i);
  });

  it('refuses a script that would end its element early or a hash that is not one', () => {
    const page =
      (text: string, hash = sha(text)) =>
      () =>
        htmlDocument({ title: 't', styleSheet: STYLE, styleSha256: sha(STYLE), body: html``, script: { text, sha256: hash } });
    expect(page('a = "</SCRIPT><img src=x>"')).toThrow(/<\/script/);
    expect(page('a = "<!--"')).toThrow();
    expect(page(SCRIPT, 'not a hash')).toThrow(/sha256/);
  });
});
