/**
 * `%strkey%` substitution from an INF's Strings section ("INF Strings Section"): Windows picks one
 * Strings section per installation — `[Strings.<LANGID>]` for the exact language, else the
 * language with SUBLANG_NEUTRAL, else any sublanguage of it, else the undecorated `[Strings]` —
 * and translates every token from that one section. `%%` is a literal percent sign; a token that
 * is a number is a directory id (`%11%`) and stays as written; an undefined token stays as written,
 * which is what Windows would show.
 */

import type { SourceLocation } from '../../../shared/model/adapter';
import type { DiagnosticList } from './inf-diagnostic';
import { InfParseError } from './inf-parse-error';
import type { InfDocument, InfSection } from './tokenize-inf';

/** Windows' limit on a string after substitution, in characters (4096 including the terminating NUL). */
export const MAX_INF_STRING = 4095;

const STRINGS_SECTION = /^strings(?:\.([0-9a-f]{4}))?$/i;
const DIRID = /^-?\d+$/;

/** Counts substituted characters across a whole resolution, so a hostile INF cannot expand without bound. */
export interface ExpansionBudget {
  remaining: number;
}

/** The string table Windows would use for one INF and language, and the substitution over it. */
export class InfStrings {
  /** The section chosen (`Strings.0409`), or null when the INF has none. */
  readonly sectionName: string | null;
  private readonly table = new Map<string, string>();
  /** The other Strings sections, read only when a token is missing (for a sharper message). */
  private readonly others: readonly InfSection[];
  private elsewhere: Map<string, string> | null = null;

  constructor(
    doc: InfDocument,
    language: number,
    private readonly diagnostics: DiagnosticList,
    private readonly budget: ExpansionBudget,
  ) {
    const chosen = chooseStringsSection(doc, language);
    this.sectionName = chosen?.name ?? null;
    this.others = [...doc.sections].filter(([lower, section]) => section !== chosen && STRINGS_SECTION.test(lower)).map(([, section]) => section);
    for (const line of chosen?.lines ?? []) {
      if (line.key === null) continue;
      const key = line.key.toLowerCase();
      // The first definition of a key wins, as SetupAPI searches the section from the top.
      if (this.table.has(key)) continue;
      let value = line.fields[0] ?? '';
      if (value.length > MAX_INF_STRING) {
        diagnostics.add({
          id: 'inf.string-too-long',
          severity: 'error',
          message: `The string ${line.key} is ${value.length} characters long; Windows' limit is ${MAX_INF_STRING}, so it is cut there.`,
          at: { file: doc.file, line: line.line },
        });
        value = value.slice(0, MAX_INF_STRING);
      }
      this.table.set(key, value);
    }
  }

  /** The other Strings section defining `lower`, if any. */
  private definedElsewhere(lower: string): string | undefined {
    if (this.elsewhere === null) {
      this.elsewhere = new Map();
      for (const section of this.others) {
        for (const line of section.lines)
          if (line.key !== null && !this.elsewhere.has(line.key.toLowerCase())) this.elsewhere.set(line.key.toLowerCase(), section.name);
      }
    }
    return this.elsewhere.get(lower);
  }

  /** Replace every `%token%` in `text` (a field read at `at`); reports undefined tokens. */
  substitute(text: string, at: SourceLocation): string {
    let out = text.length <= MAX_INF_STRING && !text.includes('%') ? text : this.expand(text, at);
    if (out.length > MAX_INF_STRING) {
      this.diagnostics.add({
        id: 'inf.string-too-long',
        severity: 'error',
        message: `A field is ${out.length} characters long after string substitution; Windows' limit is ${MAX_INF_STRING}, so it is cut there.`,
        at,
      });
      out = out.slice(0, MAX_INF_STRING);
    }
    this.budget.remaining -= out.length;
    if (this.budget.remaining < 0) {
      throw new InfParseError(at.file, at.line, 'string substitution expands the INF beyond what any driver package needs; it is not read.');
    }
    return out;
  }

  private expand(text: string, at: SourceLocation): string {
    let out = '';
    let i = 0;
    for (;;) {
      const open = text.indexOf('%', i);
      if (open < 0) break;
      const close = text.indexOf('%', open + 1);
      if (close < 0) break;
      out += text.slice(i, open);
      const token = text.slice(open + 1, close);
      out += this.lookup(token, at);
      i = close + 1;
    }
    return out + text.slice(i);
  }

  /** The value of one token (without its percent signs). */
  private lookup(token: string, at: SourceLocation): string {
    if (token === '') return '%';
    const value = this.table.get(token.toLowerCase());
    if (value !== undefined) return value;
    if (DIRID.test(token)) return `%${token}%`;
    const other = this.definedElsewhere(token.toLowerCase());
    this.diagnostics.add({
      id: 'inf.undefined-string',
      severity: 'error',
      message:
        this.sectionName === null
          ? `%${token}% is used but the INF has no Strings section: Windows would show "%${token}%" as it is.`
          : other
            ? `%${token}% is not defined in [${this.sectionName}], the one Strings section Windows uses for this language (it is in [${other}]): Windows would show "%${token}%" as it is.`
            : `%${token}% is not defined in [${this.sectionName}]: Windows would show "%${token}%" as it is.`,
      at,
    });
    return `%${token}%`;
  }
}

/** The Strings section Windows picks for `language` (a LANGID such as 0x0409), or null when there is none. */
export function chooseStringsSection(doc: InfDocument, language: number): InfSection | null {
  let exact: InfSection | null = null;
  let neutral: InfSection | null = null;
  let sameLanguage: InfSection | null = null;
  let plain: InfSection | null = null;
  const primary = language & 0x3ff;
  for (const [lower, section] of doc.sections) {
    const m = STRINGS_SECTION.exec(lower);
    if (!m) continue;
    if (m[1] === undefined) {
      plain = section;
      continue;
    }
    const id = parseInt(m[1], 16);
    if (id === language) exact = section;
    else if (id === primary) neutral ??= section;
    else if ((id & 0x3ff) === primary) sameLanguage ??= section;
  }
  return exact ?? neutral ?? sameLanguage ?? plain;
}
