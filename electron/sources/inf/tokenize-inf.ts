/**
 * INF text to sections of lines of fields, as SetupAPI reads it ("General Syntax Rules for INF
 * Files"): `[section]` headers (names case-insensitive, same-named sections merge), `;` comments
 * outside quotes, `key = field, field, …` entries with the key recognised only before the first
 * comma, `"quoted"` text with `""` for a quote, fields trimmed outside quotes, and a trailing `\`
 * continuing the entry on the next line. `%strkey%` tokens are left for the Strings step.
 *
 * Where the documentation is silent this follows Wine's and ReactOS's setupapi parser: an
 * unterminated quote ends at the end of the line, Ctrl-Z ends the file, and a section header
 * without its closing `]` makes the whole file unreadable.
 */

import type { InfDiagnostic } from './inf-diagnostic';
import { InfParseError } from './inf-parse-error';

/** One entry (a logical line, continuations joined). */
export interface InfLine {
  /** Text before the first `=` (when it comes before any comma); null when the line has no key. */
  readonly key: string | null;
  /** The comma-separated fields after the key (all fields when there is no key), quotes removed. */
  readonly fields: readonly string[];
  /** 1-based line where the entry starts. */
  readonly line: number;
}

export interface InfSection {
  /** As first written. */
  readonly name: string;
  /** Line of the first header of this name. */
  readonly line: number;
  readonly lines: InfLine[];
}

/** One INF file, read but not interpreted. */
export interface InfDocument {
  readonly file: string;
  /** By lower-case name, in order of first appearance. */
  readonly sections: ReadonlyMap<string, InfSection>;
  /** Oddities Windows tolerates but a driver author should fix. */
  readonly diagnostics: readonly InfDiagnostic[];
}

/** Windows' limit on a section name (General Syntax Rules for INF Files). */
export const MAX_SECTION_NAME = 255;

const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const SEMICOLON = 59;
const EQUALS = 61;
const BRACKET_OPEN = 91;
const BACKSLASH = 92;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === CR || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0xfeff;
}

/** `text` without trailing blanks beyond its first `keep` characters (which came from quotes). */
function trimEndFrom(text: string, keep: number): string {
  let end = text.length;
  while (end > keep && isBlank(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Split INF text (BOM removed) into sections. Throws InfParseError for a header Windows cannot read. */
export function tokenizeInf(text: string, file: string): InfDocument {
  return new InfTokenizer(text, file).run();
}

class InfTokenizer {
  private pos = 0;
  private lineNo = 1;
  private readonly end: number;
  private readonly sections = new Map<string, InfSection>();
  private readonly diagnostics: InfDiagnostic[] = [];
  private current: InfSection | null = null;
  private strayReported = false;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    // Ctrl-Z ends the file, as it does for SetupAPI.
    const eof = text.indexOf('\u001a');
    this.end = eof < 0 ? text.length : eof;
  }

  run(): InfDocument {
    const { text } = this;
    while (this.pos < this.end) {
      const c = text.charCodeAt(this.pos);
      if (c === LF) {
        this.pos++;
        this.lineNo++;
      } else if (isBlank(c)) {
        this.pos++;
      } else if (c === SEMICOLON) {
        this.skipToLineEnd();
      } else if (c === BRACKET_OPEN) {
        this.header();
      } else {
        this.entry();
      }
    }
    return { file: this.file, sections: this.sections, diagnostics: this.diagnostics };
  }

  /** Move to the line feed ending this line (or the end). */
  private skipToLineEnd(): void {
    const lf = this.text.indexOf('\n', this.pos);
    this.pos = lf < 0 || lf > this.end ? this.end : lf;
  }

  private header(): void {
    const { text } = this;
    const lf = text.indexOf('\n', this.pos);
    const lineEnd = lf < 0 || lf > this.end ? this.end : lf;
    const close = text.indexOf(']', this.pos + 1);
    if (close < 0 || close > lineEnd) {
      throw new InfParseError(this.file, this.lineNo, 'a section name is not closed with "]".');
    }
    const name = text.slice(this.pos + 1, close).trim();
    if (name.length > MAX_SECTION_NAME) {
      throw new InfParseError(this.file, this.lineNo, `a section name is longer than Windows' limit of ${MAX_SECTION_NAME} characters.`);
    }
    const lower = name.toLowerCase();
    let section = this.sections.get(lower);
    if (!section) {
      section = { name, line: this.lineNo, lines: [] };
      this.sections.set(lower, section);
    }
    this.current = section;
    // Anything after the closing bracket is ignored, as by SetupAPI.
    this.pos = lineEnd;
  }

  /** One entry, from its first character to the end of its (possibly continued) line. */
  private entry(): void {
    const { text } = this;
    const end = this.end;
    const line = this.lineNo;
    let key: string | null = null;
    const fields: string[] = [];
    let token = '';
    /** Characters of `token` that came from quotes: trailing-blank trimming stops there. */
    let kept = 0;
    let run = this.pos;
    let atFieldStart = false;
    let done = false;

    const flush = (upTo: number) => {
      if (upTo > run) token += text.slice(run, upTo);
    };
    const endField = () => {
      fields.push(trimEndFrom(token, kept));
      token = '';
      kept = 0;
    };

    while (!done) {
      if (this.pos >= end) {
        flush(this.pos);
        endField();
        break;
      }
      const c = text.charCodeAt(this.pos);
      if (atFieldStart) {
        if (isBlank(c)) {
          this.pos++;
          continue;
        }
        atFieldStart = false;
        run = this.pos;
      }
      switch (c) {
        case LF:
          flush(this.pos);
          endField();
          done = true;
          break;
        case SEMICOLON:
          flush(this.pos);
          endField();
          this.skipToLineEnd();
          done = true;
          break;
        case QUOTE: {
          flush(this.pos);
          this.pos++;
          token += this.quoted(line);
          kept = token.length;
          run = this.pos;
          break;
        }
        case COMMA:
          flush(this.pos);
          endField();
          this.pos++;
          atFieldStart = true;
          break;
        case EQUALS:
          if (key === null && fields.length === 0) {
            flush(this.pos);
            key = trimEndFrom(token, kept);
            token = '';
            kept = 0;
            this.pos++;
            atFieldStart = true;
          } else {
            this.pos++;
          }
          break;
        case BACKSLASH: {
          const at = this.pos;
          if (this.continuation()) {
            // Blanks before the backslash are dropped; the next line's leading blanks were skipped.
            flush(at);
            token = trimEndFrom(token, kept);
            run = this.pos;
          } else {
            this.pos++;
          }
          break;
        }
        default:
          this.pos++;
      }
    }

    if (this.current === null) {
      if (!this.strayReported) {
        this.strayReported = true;
        this.diagnostics.push({
          id: 'inf.text-before-section',
          severity: 'warning',
          message: 'Text before the first [section] is ignored by Windows.',
          at: { file: this.file, line },
        });
      }
      return;
    }
    this.current.lines.push({ key, fields, line });
  }

  /**
   * At a backslash: if only backslashes, blanks and a comment follow before the end of the line,
   * it continues the entry on the next line. Then move past the line feed and the next line's
   * leading blanks, and return true; otherwise leave the position alone.
   */
  private continuation(): boolean {
    const { text } = this;
    let j = this.pos + 1;
    while (j < this.end) {
      const c = text.charCodeAt(j);
      if (c === BACKSLASH || (isBlank(c) && c !== LF)) j++;
      else break;
    }
    if (j < this.end && text.charCodeAt(j) === SEMICOLON) {
      const lf = text.indexOf('\n', j);
      j = lf < 0 || lf > this.end ? this.end : lf;
    }
    if (j < this.end && text.charCodeAt(j) !== LF) return false;
    this.pos = j;
    if (j < this.end) {
      this.pos++;
      this.lineNo++;
    }
    while (this.pos < this.end && isBlank(text.charCodeAt(this.pos)) && text.charCodeAt(this.pos) !== LF) this.pos++;
    return true;
  }

  /** The text of a quoted string starting after its opening quote; `""` is one quote. Ends at the closing quote or the end of the line. */
  private quoted(line: number): string {
    const { text } = this;
    let out = '';
    let run = this.pos;
    while (this.pos < this.end) {
      const c = text.charCodeAt(this.pos);
      if (c === QUOTE) {
        out += text.slice(run, this.pos);
        if (text.charCodeAt(this.pos + 1) === QUOTE && this.pos + 1 < this.end) {
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
    this.diagnostics.push({
      id: 'inf.unclosed-quote',
      severity: 'warning',
      message: 'A quoted string is not closed before the end of the line.',
      at: { file: this.file, line },
    });
    return trimEndFrom(out.endsWith('\r') ? out.slice(0, -1) : out, 0);
  }
}
