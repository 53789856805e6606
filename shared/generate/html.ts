/**
 * HTML generation: registry text inside a self-contained page (the support report).
 *
 * Pages are written with the `html` tagged template. Its own text is markup; every interpolated
 * value becomes escaped text unless it is a fragment this module made (`SafeHtml`), so data can
 * never become an element, an attribute or a script:
 * - text is made one visible line first (plain-text.ts: controls, bidi and invisible characters
 *   become `\u202E`-style escapes), then `& < > " '` become character references;
 * - values may stand in element content or inside a double-quoted attribute value; a value right
 *   after `=` (an unquoted attribute) or inside a tag name is refused when the template is used;
 * - the document has no external resource and says so in its Content-Security-Policy; its only
 *   style sheet and (for pages that need one, like the fleet report's sortable table) its only
 *   script are inline and allowed by their SHA-256 hash, nothing else.
 */

import { oneLine } from './plain-text';

const MINT = Symbol('SafeHtml');

/** Markup made by this module: the only thing `html` inserts verbatim. */
export class SafeHtml {
  constructor(
    mint: symbol,
    readonly text: string,
  ) {
    if (mint !== MINT) throw new Error('HTML is made only by shared/generate/html.ts');
  }
  toString(): string {
    return this.text;
  }
}

function markup(text: string): SafeHtml {
  return new SafeHtml(MINT, text);
}

export type HtmlValue = SafeHtml | string | number | null | readonly HtmlValue[];

const REFERENCES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` as HTML text (or a double-quoted attribute value): one visible line, every special character a reference. */
export function htmlText(text: string): string {
  return oneLine(text).replace(/[&<>"']/g, (c) => REFERENCES[c]!);
}

function fragment(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.text;
  if (value === null) return '';
  if (typeof value === 'number') return htmlText(String(value));
  if (typeof value === 'string') return htmlText(value);
  return value.map(fragment).join('');
}

/**
 * Markup from a template. Values are escaped text (arrays are concatenated, null is nothing). A
 * value placed where escaping would not be enough — right after `=` or `<` — throws.
 */
export function html(template: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let text = template[0] ?? '';
  values.forEach((value, i) => {
    if (/(=|<\/?)\s*$/.test(text)) throw new Error('html``: put values in element content or inside a double-quoted attribute value');
    text += fragment(value) + (template[i + 1] ?? '');
  });
  return markup(text);
}

/** Several fragments as one. */
export function htmlJoin(parts: readonly SafeHtml[], separator = ''): SafeHtml {
  return markup(parts.map((p) => p.text).join(separator));
}

export interface HtmlPage {
  readonly title: string;
  /** The page's only style sheet, inlined; its hash goes into the Content-Security-Policy. */
  readonly styleSheet: string;
  /** base64 SHA-256 of `styleSheet` (the CSP hash source); computed by the caller, which has a hash function. */
  readonly styleSha256: string;
  readonly body: SafeHtml;
  /**
   * The page's only script, inlined (the generator's own code, never data); its base64 SHA-256
   * goes into the Content-Security-Policy. Pages without one allow no script at all.
   */
  readonly script?: { readonly text: string; readonly sha256: string };
}

const SHA256_BASE64 = /^[A-Za-z0-9+/]{43}=$/;

/**
 * A whole page: no external resource, one hashed inline style sheet and at most one hashed inline
 * script. The policy forbids everything else, so even a bug in escaping could not run injected
 * code or reach the network.
 */
export function htmlDocument(page: HtmlPage): string {
  if (page.styleSheet.includes('</')) throw new Error('The style sheet cannot contain "</"');
  if (!SHA256_BASE64.test(page.styleSha256)) throw new Error('styleSha256 must be a base64 SHA-256');
  const script = page.script;
  // "</script" would end the element early and "<!--" changes how the HTML parser reads it.
  if (script && /<\/script|<!--/i.test(script.text)) throw new Error('The script cannot contain "</script" or "<!--"');
  if (script && !SHA256_BASE64.test(script.sha256)) throw new Error('script.sha256 must be a base64 SHA-256');
  const scriptSrc = script ? `script-src 'sha256-${script.sha256}'; ` : '';
  const csp = `default-src 'none'; ${scriptSrc}style-src 'sha256-${page.styleSha256}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${htmlText(page.title)}</title>`,
    `<style>${page.styleSheet}</style>`,
    '</head>',
    `<body>${page.body.text}${script ? `<script>${script.text}</script>` : ''}</body>`,
    '</html>',
    '',
  ].join('\n');
}
