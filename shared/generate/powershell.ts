/**
 * PowerShell text generation: the one place where data becomes part of a PowerShell script.
 *
 * Everything this tool writes or runs in PowerShell may run as administrator (a `.ps1` handed from
 * support to a customer, the elevation relaunch, adapter restarts, fleet deployments), and its data
 * comes from hostile files. So data never becomes code:
 * - Scripts are written with the `ps` tagged template. Every interpolated value is turned into a
 *   literal (strings quoted, numbers checked) unless it is a fragment this module made (`PsCode`).
 * - A string is a single-quoted literal (no interpolation in PowerShell), with each of the five
 *   characters PowerShell's tokenizer takes for a single quote (' U+2018 U+2019 U+201A U+201B)
 *   doubled, which is how PowerShell escapes them. Double-quoted strings are never generated.
 * - A string holding characters a reviewer cannot see or that change how the script displays
 *   (controls, line/paragraph separators, bidi overrides, zero-width characters, lone surrogates)
 *   is not written literally: it travels as UTF-16LE base64, decoded when the script runs. The
 *   script text stays plain and reviewable, and the value arrives exactly.
 * - Comments are one line (see plain-text.ts): no line terminator can end one early.
 * - Identifiers are validated: variable names, interface GUIDs, integers.
 */

import { isPlainLine, oneLine } from './plain-text';

/** Held only by this module, so no other code can construct a PsCode. */
const MINT = Symbol('PsCode');

/** A fragment of PowerShell source made by this module: the only thing `ps` inserts verbatim. */
export class PsCode {
  constructor(
    mint: symbol,
    readonly text: string,
  ) {
    if (mint !== MINT) throw new Error('PowerShell code is made only by shared/generate/powershell.ts');
  }
  toString(): string {
    return this.text;
  }
}

function code(text: string): PsCode {
  return new PsCode(MINT, text);
}

/** A value `ps` can interpolate. */
export type PsValue = PsCode | string | number | boolean | readonly PsValue[];

/** Characters PowerShell treats as a single quote (CharTraits.cs, IsSingleQuote). */
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;

/** UTF-16LE bytes of `text` as base64 (no Buffer: this module runs in every process). */
function utf16leBase64(text: string): string {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 * i] = unit & 0xff;
    bytes[2 * i + 1] = unit >> 8;
  }
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A PowerShell expression whose value is exactly `text`. */
export function psString(text: string): PsCode {
  if (isPlainLine(text)) return code(`'${text.replace(SINGLE_QUOTES, (q) => q + q)}'`);
  return code(`([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('${utf16leBase64(text)}')))`);
}

/** An integer literal; anything but a safe integer is refused. */
export function psInt(value: number): PsCode {
  if (!Number.isSafeInteger(value)) throw new Error(`Not an integer: ${String(value)}`);
  // Parenthesised when negative: in argument mode a leading '-' could read as a parameter name.
  return code(value < 0 ? `(${value})` : String(value));
}

/** `$true` / `$false`. */
export function psBool(value: boolean): PsCode {
  return code(value ? '$true' : '$false');
}

/** `@(a, b, c)`: an array of literals. */
export function psArray(values: readonly PsValue[]): PsCode {
  return code(`@(${values.map((v) => literal(v).text).join(', ')})`);
}

/** `@{ 'Key' = value; … }`: a hashtable with quoted keys. */
export function psHashtable(entries: readonly (readonly [string, PsValue])[]): PsCode {
  if (entries.length === 0) return code('@{}');
  return code(`@{ ${entries.map(([k, v]) => `${psString(k).text} = ${literal(v).text}`).join('; ')} }`);
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** `$name`, for a name made by the generator itself (letters, digits, underscore). */
export function psVariable(name: string): PsCode {
  if (!VARIABLE_NAME.test(name)) throw new Error(`Not a safe variable name: ${oneLine(name)}`);
  return code(`$${name}`);
}

const GUID = /^\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}$/;

/** True for a braced GUID, `{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}` (an InterfaceGuid / NetCfgInstanceId). */
export function isBracedGuid(value: string): boolean {
  return GUID.test(value);
}

/** A validated interface GUID as a string literal; anything else is refused. */
export function psGuid(value: string): PsCode {
  if (!isBracedGuid(value)) throw new Error(`Not an interface GUID: ${oneLine(value)}`);
  return psString(value);
}

/**
 * A comment line. `text` is composed by the generator and may hold data: it is made one line
 * first, and always follows "# " so it cannot form a `#Requires` statement.
 */
export function psComment(text: string): PsCode {
  return code(`# ${oneLine(text)}`.trimEnd());
}

function literal(value: PsValue): PsCode {
  if (value instanceof PsCode) return value;
  if (typeof value === 'string') return psString(value);
  if (typeof value === 'number') return psInt(value);
  if (typeof value === 'boolean') return psBool(value);
  if (Array.isArray(value)) return psArray(value);
  throw new Error(`Cannot put ${typeof value} into PowerShell`);
}

/**
 * PowerShell source from a template: the template's own text is code, every `${value}` becomes a
 * literal (see `literal`), so no data can change what the script does.
 */
export function ps(template: TemplateStringsArray, ...values: readonly PsValue[]): PsCode {
  let text = template[0] ?? '';
  values.forEach((value, i) => {
    text += literal(value).text + (template[i + 1] ?? '');
  });
  return code(text);
}

/** Lines joined into one fragment (a block body), each indented by `indent`; null lines are skipped. */
export function psLines(lines: readonly (PsCode | null)[], indent = ''): PsCode {
  return code(
    lines
      .filter((l): l is PsCode => l !== null)
      .flatMap((l) => l.text.split(/\r?\n/))
      .map((line) => (line ? indent + line : line))
      .join('\r\n'),
  );
}

/** A whole script: lines joined with CRLF, as Windows tools expect, ending with a line break. */
export function psScript(lines: readonly (PsCode | null)[]): string {
  return `${psLines(lines).text}\r\n`;
}

/** Statements joined with `; ` for a one-line `-Command` / `-EncodedCommand` script. */
export function psOneLiner(statements: readonly PsCode[]): string {
  return statements.map((s) => s.text).join('; ');
}

/**
 * The argument of `powershell.exe -EncodedCommand`: the script as UTF-16LE base64. Passing a script
 * this way leaves nothing for the Windows command-line parser or PowerShell's own `-Command`
 * argument handling to re-split or unquote.
 */
export function encodedCommand(script: string): string {
  return utf16leBase64(script);
}

/** powershell.exe arguments running `script`: no profile, no prompts, the script as -EncodedCommand. */
export function powershellArguments(script: string): string[] {
  return ['-NoProfile', '-NonInteractive', '-EncodedCommand', encodedCommand(script)];
}
