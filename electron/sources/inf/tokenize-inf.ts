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
 *
 * One scan over the whole text finds the sections and everything that concerns the file as a
 * whole (a broken header, a quote left open, text before the first section); a section's entries
 * are split into fields only when something reads them (read-inf-entries.ts). Most of a vendor
 * INF is Strings sections for languages that are not used and Models and install sections for
 * other Windows versions: they are scanned once and never split.
 */

import type { InfDiagnostic } from './inf-diagnostic';
import { InfParseError } from './inf-parse-error';
import { BRACKET_OPEN, continuationLineEnd, isBlank, lineEnd, LF, QUOTE, SEMICOLON, skipLeadingBlanks } from './inf-text';
import { readInfEntries, type InfLine } from './read-inf-entries';

export type { InfLine } from './read-inf-entries';

export interface InfSection {
  /** As first written. */
  readonly name: string;
  /** Line of the first header of this name. */
  readonly line: number;
  /** The entries of every part of the file with this header, in file order (read on first use). */
  readonly lines: readonly InfLine[];
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

/** Split INF text (BOM removed) into sections. Throws InfParseError for a header Windows cannot read. */
export function tokenizeInf(text: string, file: string): InfDocument {
  return new InfScanner(text, file).run();
}

/** A section whose text is known (one or more stretches of the file) and whose entries are read on first use. */
class ScannedSection implements InfSection {
  /** Start, end and first line number of each stretch, flat; null once read. */
  private stretches: number[] | null = [];
  private entries: InfLine[] = [];

  constructor(
    private readonly text: string,
    readonly name: string,
    readonly line: number,
  ) {}

  addStretch(start: number, end: number, line: number): void {
    this.stretches!.push(start, end, line);
  }

  get lines(): readonly InfLine[] {
    const stretches = this.stretches;
    if (stretches !== null) {
      this.stretches = null;
      for (let i = 0; i < stretches.length; i += 3) readInfEntries(this.text, stretches[i]!, stretches[i + 1]!, stretches[i + 2]!, this.entries);
    }
    return this.entries;
  }
}

/** The characters an entry's scan looks for, and "none left in the text". */
const SCANNED = ['"', ';', '\\'] as const;
const QUOTE_CHAR = 0;
const SEMICOLON_CHAR = 1;
const BACKSLASH_CHAR = 2;
const NONE = Number.MAX_SAFE_INTEGER;

class InfScanner {
  private pos = 0;
  /** The next quote, semicolon and backslash found so far (valid while not behind `pos`). */
  private readonly nextAt = [-1, -1, -1];
  private lineNo = 1;
  private readonly end: number;
  private readonly sections = new Map<string, ScannedSection>();
  private readonly diagnostics: InfDiagnostic[] = [];
  /** The section being scanned, where its current stretch starts and that stretch's first line. */
  private current: ScannedSection | null = null;
  private stretchStart = 0;
  private stretchLine = 0;
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
      } else if (c === BRACKET_OPEN) {
        this.header();
      } else {
        this.entry();
      }
    }
    this.closeStretch(end);
    return { file: this.file, sections: this.sections, diagnostics: this.diagnostics };
  }

  private closeStretch(at: number): void {
    this.current?.addStretch(this.stretchStart, at, this.stretchLine);
  }

  private header(): void {
    const { text } = this;
    const lineEndAt = lineEnd(text, this.pos, this.end);
    const close = text.indexOf(']', this.pos + 1);
    if (close < 0 || close > lineEndAt) {
      throw new InfParseError(this.file, this.lineNo, 'a section name is not closed with "]".');
    }
    const name = text.slice(this.pos + 1, close).trim();
    if (name.length > MAX_SECTION_NAME) {
      throw new InfParseError(this.file, this.lineNo, `a section name is longer than Windows' limit of ${MAX_SECTION_NAME} characters.`);
    }
    this.closeStretch(this.pos);
    const lower = name.toLowerCase();
    let section = this.sections.get(lower);
    if (!section) {
      section = new ScannedSection(text, name, this.lineNo);
      this.sections.set(lower, section);
    }
    this.current = section;
    // Anything after the closing bracket is ignored, as by SetupAPI; the section's text starts at the line feed.
    this.pos = lineEndAt;
    this.stretchStart = lineEndAt;
    this.stretchLine = this.lineNo;
  }

  /**
   * Step over one entry (to the end of its possibly continued line) as the entry reader will,
   * noting only what concerns the file: a quote left open, an entry outside any section. Most
   * lines hold no quote, comment or backslash at all: the next of each is found with indexOf
   * (native, far faster than looking at every character) and kept until passed.
   */
  private entry(): void {
    const { text, end } = this;
    const line = this.lineNo;
    let lineEndAt = lineEnd(text, this.pos, end);
    for (;;) {
      const quote = this.next(QUOTE_CHAR);
      const semicolon = this.next(SEMICOLON_CHAR);
      const backslash = this.next(BACKSLASH_CHAR);
      const first = Math.min(quote, semicolon, backslash);
      if (first >= lineEndAt) break;
      if (first === semicolon) break;
      if (first === quote) {
        if (!this.skipQuoted(quote, lineEndAt)) {
          this.diagnostics.push({
            id: 'inf.unclosed-quote',
            severity: 'warning',
            message: 'A quoted string is not closed before the end of the line.',
            at: { file: this.file, line },
          });
          break;
        }
        continue;
      }
      const continued = continuationLineEnd(text, backslash, end);
      if (continued < 0) {
        // A backslash within the text (a registry path).
        this.pos = backslash + 1;
        continue;
      }
      // The file may end where the entry would continue.
      if (continued >= end) break;
      this.lineNo++;
      this.pos = skipLeadingBlanks(text, continued + 1, end);
      lineEndAt = lineEnd(text, this.pos, end);
    }
    this.pos = lineEndAt;
    if (this.current === null && !this.strayReported) {
      this.strayReported = true;
      this.diagnostics.push({
        id: 'inf.text-before-section',
        severity: 'warning',
        message: 'Text before the first [section] is ignored by Windows.',
        at: { file: this.file, line },
      });
    }
  }

  /** Where the next `char` at or after the position is (NONE when there is none). */
  private next(char: 0 | 1 | 2): number {
    let at = this.nextAt[char]!;
    if (at < this.pos) {
      at = this.text.indexOf(SCANNED[char], this.pos);
      if (at < 0) at = NONE;
      this.nextAt[char] = at;
    }
    return at;
  }

  /** From an opening quote, past its closing one (`""` inside is a quote); false when the line ends first. */
  private skipQuoted(open: number, lineEndAt: number): boolean {
    const { text } = this;
    let from = open + 1;
    for (;;) {
      const close = text.indexOf('"', from);
      if (close < 0 || close >= lineEndAt) return false;
      if (close + 1 < this.end && text.charCodeAt(close + 1) === QUOTE) {
        from = close + 2;
        continue;
      }
      this.pos = close + 1;
      return true;
    }
  }
}
