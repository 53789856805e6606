/**
 * The entries of one stretch of INF text (a section's body) as keys and fields: `key = field,
 * field, …` with the key recognised only before the first comma, `"quoted"` text with `""` for a
 * quote, fields trimmed outside quotes, `;` comments outside quotes, and a trailing `\` joining
 * the next line. The stretch was scanned already (tokenize-inf.ts): it holds no section header,
 * and its oddities (a quote left open) were reported then, so this only builds fields.
 */

import { BACKSLASH, COMMA, continuationLineEnd, EQUALS, isBlank, lineEnd, LF, QUOTE, SEMICOLON, skipLeadingBlanks } from './inf-text';

/** One entry (a logical line, continuations joined). */
export interface InfLine {
  /** Text before the first `=` (when it comes before any comma); null when the line has no key. */
  readonly key: string | null;
  /** The comma-separated fields after the key (all fields when there is no key), quotes removed. */
  readonly fields: readonly string[];
  /** 1-based line where the entry starts. */
  readonly line: number;
}

/** `text` without trailing blanks beyond its first `keep` characters (which came from quotes). */
function trimEndFrom(text: string, keep: number): string {
  let end = text.length;
  while (end > keep && isBlank(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The entries between `start` and `end` of `text`; `line` is the line number at `start`. */
export function readInfEntries(text: string, start: number, end: number, line: number, out: InfLine[]): void {
  new EntryReader(text, start, end, line, out).run();
}

class EntryReader {
  // The field being built: text taken so far, how much of it came from quotes (trailing-blank
  // trimming stops there), and where the run of text not yet taken starts.
  private token = '';
  private kept = 0;
  private runStart = 0;
  private fields: string[] = [];

  constructor(
    private readonly text: string,
    private pos: number,
    private readonly end: number,
    private lineNo: number,
    private readonly out: InfLine[],
  ) {}

  run(): void {
    const { text, end } = this;
    while (this.pos < end) {
      const c = text.charCodeAt(this.pos);
      if (c === LF) {
        this.pos++;
        this.lineNo++;
      } else if (isBlank(c)) {
        this.pos++;
      } else if (c === SEMICOLON) {
        this.pos = lineEnd(text, this.pos, end);
      } else {
        this.entry();
      }
    }
  }

  private flush(upTo: number): void {
    if (upTo > this.runStart) this.token += this.text.slice(this.runStart, upTo);
  }

  /** The field or key ending at `upTo`, trimmed; the next one starts empty. */
  private take(upTo: number): string {
    let taken: string;
    if (this.token === '') {
      // Most fields are one stretch of the text: trim by position and slice once.
      let end = upTo;
      while (end > this.runStart && isBlank(this.text.charCodeAt(end - 1))) end--;
      taken = end > this.runStart ? this.text.slice(this.runStart, end) : '';
    } else {
      this.flush(upTo);
      taken = trimEndFrom(this.token, this.kept);
    }
    this.token = '';
    this.kept = 0;
    return taken;
  }

  /** One entry, from its first character to the end of its (possibly continued) line. */
  private entry(): void {
    const { text, end } = this;
    const line = this.lineNo;
    let key: string | null = null;
    this.fields = [];
    this.token = '';
    this.kept = 0;
    this.runStart = this.pos;
    let atFieldStart = false;

    for (;;) {
      if (this.pos >= end) {
        this.fields.push(this.take(this.pos));
        break;
      }
      const c = text.charCodeAt(this.pos);
      if (atFieldStart) {
        if (isBlank(c)) {
          this.pos++;
          continue;
        }
        atFieldStart = false;
        this.runStart = this.pos;
      }
      if (c === LF) {
        this.fields.push(this.take(this.pos));
        break;
      } else if (c === SEMICOLON) {
        this.fields.push(this.take(this.pos));
        this.pos = lineEnd(text, this.pos, end);
        break;
      } else if (c === QUOTE) {
        this.flush(this.pos);
        this.pos++;
        this.token += this.quoted();
        this.kept = this.token.length;
        this.runStart = this.pos;
      } else if (c === COMMA) {
        this.fields.push(this.take(this.pos));
        this.pos++;
        atFieldStart = true;
      } else if (c === EQUALS && key === null && this.fields.length === 0) {
        key = this.take(this.pos);
        this.pos++;
        atFieldStart = true;
      } else if (c === BACKSLASH) {
        const at = this.pos;
        const continued = continuationLineEnd(text, at, end);
        if (continued < 0) {
          this.pos++;
          continue;
        }
        // Blanks before the backslash are dropped; the next line's leading blanks are skipped.
        this.flush(at);
        this.token = trimEndFrom(this.token, this.kept);
        this.pos = continued;
        if (this.pos < end) {
          this.pos++;
          this.lineNo++;
        }
        this.pos = skipLeadingBlanks(text, this.pos, end);
        this.runStart = this.pos;
      } else {
        this.pos++;
      }
    }
    this.out.push({ key, fields: this.fields, line });
  }

  /** The text of a quoted string starting after its opening quote; `""` is one quote. Ends at the closing quote or the end of the line. */
  private quoted(): string {
    const { text, end } = this;
    let out = '';
    let run = this.pos;
    while (this.pos < end) {
      const c = text.charCodeAt(this.pos);
      if (c === QUOTE) {
        out += text.slice(run, this.pos);
        if (this.pos + 1 < end && text.charCodeAt(this.pos + 1) === QUOTE) {
          out += '"';
          this.pos += 2;
          run = this.pos;
          continue;
        }
        this.pos++;
        return out;
      }
      if (c === LF) break;
      this.pos++;
    }
    out += text.slice(run, this.pos);
    // A quote left open ends at the end of the line (SetupAPI does the same); the rest of the line is part of the text.
    return trimEndFrom(out.endsWith('\r') ? out.slice(0, -1) : out, 0);
  }
}
