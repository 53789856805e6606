/**
 * A PowerShell tokenizer for tests: enough of the language's lexical rules (after PowerShell's own
 * tokenizer.cs / CharTraits.cs) to tell, for any generated script, which characters are string
 * literal content, which are comments and which are code. Tests use it to prove that data never
 * lands outside a string literal, whatever the data.
 *
 * Deliberately written without reference to the generator: it knows every quote variant, here-
 * strings, block comments, `$()` in double-quoted strings and backtick escapes, even though the
 * generator is meant to emit none but single-quoted strings and line comments — so a generator bug
 * that emitted them would show up as unexpected tokens.
 */

export type TokenKind =
  /** '…' (any of the five single quotes); `value` is the decoded content. */
  | 'string'
  /** "…" (any of the four double quotes) — expandable, never expected in generated code. */
  | 'expandable-string'
  /** @'…'@ or @"…"@. */
  | 'here-string'
  /** # … to the end of the line, or <# … #>. */
  | 'comment'
  /** $name, ${name}, $_, $true… */
  | 'variable'
  /** Digits. */
  | 'number'
  /** A statement separator: newline or `;`. */
  | 'separator'
  /** Brackets, operators, `.`, `::`, `,`, `|`, `=`, `@(`, `@{`, `$(`… */
  | 'punct'
  /** A bare word: command name, parameter (-Name), member name, type name part. */
  | 'word';

export interface Token {
  readonly kind: TokenKind;
  /** Source text of the token. */
  readonly text: string;
  /** Decoded value for strings and comments; the text otherwise. */
  readonly value: string;
  readonly start: number;
}

const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);
const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e']);
const DASHES = new Set(['-', '\u2013', '\u2014', '\u2015']);

function isNewline(c: string): boolean {
  return c === '\r' || c === '\n';
}

/** CharTraits.IsWhitespace: space, tab, VT, FF, NBSP, NEL, and Unicode separators (Zs, Zl, Zp). */
function isWhitespace(c: string): boolean {
  if (c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\u00a0' || c === '\u0085') return true;
  return c.charCodeAt(0) > 0x7f && /[\p{Zs}\p{Zl}\p{Zp}]/u.test(c);
}

const PUNCT = ['::', '$(', '@(', '@{', '(', ')', '{', '}', '[', ']', ',', '|', '=', '.', '!', '+', '*', '/', '%', '<', '>', '&'];

export class TokenizeError extends Error {}

/** Tokenize `source`; throws TokenizeError on an unterminated string or comment. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, value?: string) => {
    const text = source.slice(start, i);
    tokens.push({ kind, text, value: value ?? text, start });
  };

  while (i < source.length) {
    const start = i;
    const c = source[i]!;
    const next = source[i + 1] ?? '';

    if (isWhitespace(c) || (c === '`' && isNewline(next))) {
      i += c === '`' ? 2 : 1;
      continue;
    }
    if (isNewline(c) || c === ';') {
      i++;
      push('separator', start);
      continue;
    }
    if (c === '#') {
      while (i < source.length && !isNewline(source[i]!)) i++;
      push('comment', start, source.slice(start + 1, i));
      continue;
    }
    if (c === '<' && next === '#') {
      const end = source.indexOf('#>', i + 2);
      if (end < 0) throw new TokenizeError(`unterminated block comment at ${start}`);
      i = end + 2;
      push('comment', start, source.slice(start + 2, end));
      continue;
    }
    if (c === '@' && (SINGLE.has(next) || DOUBLE.has(next))) {
      // Here-string: the opening quote ends its line; it closes at a line starting with quote + @.
      const quotes = SINGLE.has(next) ? SINGLE : DOUBLE;
      let j = i + 2;
      while (j < source.length && isWhitespace(source[j]!)) j++;
      if (!isNewline(source[j] ?? '')) throw new TokenizeError(`here-string header not followed by a newline at ${start}`);
      let close = -1;
      for (let k = j; k < source.length - 1; k++) {
        if (isNewline(source[k]!) && quotes.has(source[k + 1]!) && source[k + 2] === '@') {
          close = k;
          break;
        }
      }
      if (close < 0) throw new TokenizeError(`unterminated here-string at ${start}`);
      i = close + 3;
      push('here-string', start, source.slice(j + 1, close));
      continue;
    }
    if (SINGLE.has(c)) {
      let value = '';
      i++;
      for (;;) {
        if (i >= source.length) throw new TokenizeError(`unterminated string at ${start}`);
        const ch = source[i]!;
        if (SINGLE.has(ch)) {
          if (SINGLE.has(source[i + 1] ?? '')) {
            value += source[i + 1];
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += ch;
        i++;
      }
      push('string', start, value);
      continue;
    }
    if (DOUBLE.has(c)) {
      i++;
      let depth = 0;
      for (;;) {
        if (i >= source.length) throw new TokenizeError(`unterminated expandable string at ${start}`);
        const ch = source[i]!;
        if (ch === '`') {
          i += 2;
          continue;
        }
        if (ch === '$' && source[i + 1] === '(') {
          depth++;
          i += 2;
          continue;
        }
        if (ch === ')' && depth > 0) depth--;
        if (DOUBLE.has(ch) && depth === 0) {
          if (DOUBLE.has(source[i + 1] ?? '')) {
            i += 2;
            continue;
          }
          i++;
          break;
        }
        i++;
      }
      push('expandable-string', start);
      continue;
    }
    if (c === '$' && next === '{') {
      const end = source.indexOf('}', i);
      if (end < 0) throw new TokenizeError(`unterminated variable at ${start}`);
      i = end + 1;
      push('variable', start);
      continue;
    }
    if (c === '$' && next !== '(') {
      i++;
      while (i < source.length && /[\p{L}\p{Nd}_:?]/u.test(source[i]!)) i++;
      push('variable', start);
      continue;
    }
    if (/[0-9]/.test(c)) {
      while (i < source.length && /[0-9A-Za-z.]/.test(source[i]!)) i++;
      push('number', start);
      continue;
    }
    if (DASHES.has(c) && /[\p{L}]/u.test(next)) {
      i++;
      while (i < source.length && /[\p{L}\p{Nd}_:]/u.test(source[i]!)) i++;
      push('word', start);
      continue;
    }
    const punct = PUNCT.find((p) => source.startsWith(p, i));
    if (punct) {
      i += punct.length;
      push('punct', start);
      continue;
    }
    // A bare word: everything up to a character that starts a new token.
    while (i < source.length) {
      const ch = source[i]!;
      if (isWhitespace(ch) || isNewline(ch) || '(){}[],;|=.&'.includes(ch) || SINGLE.has(ch) || DOUBLE.has(ch) || ch === '#' || ch === '$') break;
      i++;
    }
    if (i === start) i++;
    push('word', start);
  }
  return tokens;
}

/** Split tokens into statements at separators, dropping comments and empty statements. */
export function statements(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (const t of tokens) {
    if (t.kind === 'comment') continue;
    if (t.kind === 'separator') {
      if (current.length > 0) out.push(current);
      current = [];
      continue;
    }
    current.push(t);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * The shape of a script with every string literal's content replaced by a placeholder and every
 * comment by "#": equal shapes for benign and hostile data mean the data changed no code.
 * The generator's base64 form of a string (`([Text.Encoding]::Unicode.GetString(…('…')))`) is
 * folded into a single string token first, with its decoded value.
 */
export function codeShape(tokens: readonly Token[]): string {
  return foldEncodedStrings(tokens)
    .map((t) => (t.kind === 'string' ? "'…'" : t.kind === 'comment' ? '#' : t.kind === 'separator' ? '\n' : t.text))
    .join(' ');
}

const ENCODED_PREFIX = ['(', '[', 'Text', '.', 'Encoding', ']', '::', 'Unicode', '.', 'GetString', '(', '[', 'Convert', ']', '::', 'FromBase64String', '('];

/** Replace the base64-decoding expression by one string token holding the decoded text. */
export function foldEncodedStrings(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const here = tokens.slice(i, i + ENCODED_PREFIX.length + 4);
    const matches =
      here.length === ENCODED_PREFIX.length + 4 &&
      ENCODED_PREFIX.every((p, k) => here[k]!.text === p) &&
      here[ENCODED_PREFIX.length]!.kind === 'string' &&
      here.slice(ENCODED_PREFIX.length + 1).every((t) => t.text === ')');
    if (matches) {
      const b64 = here[ENCODED_PREFIX.length]!.value;
      const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      let value = '';
      for (let k = 0; k + 1 < bytes.length; k += 2) value += String.fromCharCode(bytes[k]! | (bytes[k + 1]! << 8));
      out.push({ kind: 'string', text: here.map((t) => t.text).join(''), value, start: here[0]!.start });
      i += here.length - 1;
      continue;
    }
    out.push(tokens[i]!);
  }
  return out;
}

/** Decoded values of every string literal, in order (base64 forms decoded). */
export function stringValues(tokens: readonly Token[]): string[] {
  return foldEncodedStrings(tokens)
    .filter((t) => t.kind === 'string')
    .map((t) => t.value);
}
