/**
 * Generated hostile text for property-based tests of everything the tool writes: every quote
 * PowerShell knows, line terminators of every kind, control and bidi characters, PowerShell,
 * .reg, CSV, Markdown and HTML syntax, lone surrogates — mixed into arbitrary Unicode.
 */

import fc from 'fast-check';

/** Fragments that break one output format or another when written unquoted. */
export const HOSTILE_FRAGMENTS = [
  "'", '\u2018', '\u2019', '\u201a', '\u201b', '"', '\u201c', '\u201d', '\u201e', '`', '$', '$(', '${', '@(', '@\'', "'@", '@"', '"@',
  ';', '|', '&', '&&', '#', '<#', '#>', '{', '}', '(', ')', '[', ']', ',', '=', '\\', '\\\\', '-', '\u2013', '--%',
  '\r', '\n', '\r\n', '\u0085', '\u2028', '\u2029', '\v', '\f', '\u0000', '\u001b[2J', '\u001b]0;x\u0007', '\u009b', '\u007f',
  '\u202e', '\u2066', '\u200b', '\ufeff', '\ud800', '\udfff', '\ud83d\ude00',
  'Start-Process calc.exe', '; Start-Process calc; ', '\u2019; Start-Process calc; \u2019', "'; Start-Process calc; '", '\nStart-Process calc.exe\n',
  '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Evil]', '"x"=dword:1', '\r\n[-HKEY_LOCAL_MACHINE\\SYSTEM]\r\n',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&amp;', '</td>', '-->', '<!--',
  '=HYPERLINK("http://x")', '+cmd', '@SUM(1)', '\t=1', '| x |', '\\|', '*', '_', '[link](javascript:alert(1))',
  '{{', '}}', '%', '%%', '%PATH%', '!', '^', '~', '0x0D',
];

/** One string: arbitrary Unicode (lone surrogates included) interleaved with hostile fragments. */
export function hostileText(options: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  );
  return fc
    .array(piece, { minLength: options.minLength ?? 0, maxLength: options.maxLength ?? 8 })
    .map((parts) => parts.join(''));
}
