/**
 * `.inx` templates (and driver-project `.inf` files not stamped yet) are INFs before the WDK's
 * stampinf runs: `$ARCH$` stands for the target architecture (`NT$ARCH$` becomes `NTamd64`), and
 * other `$NAME$` placeholders (KMDF/UMDF versions) for values the build fills in. Only `$ARCH$`
 * decides which sections apply, so it is substituted as `stampinf -a <arch>` would, and said so;
 * the others are reported and left as written.
 *
 * Every INF has a `$` (its `$Windows NT$` signature), so this walks the dollar signs with indexOf
 * rather than running regular expressions over the whole text.
 */

import type { DiagnosticList } from './inf-diagnostic';
import type { InfArchitecture } from './target-os';

const DOLLAR = 36;
const ARCH = '$arch$';
/** `$Chicago$` is a [Version] signature, not a placeholder. */
const SIGNATURES = new Set(['$CHICAGO$']);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** The end of the `$NAME$` placeholder (a letter, then letters, digits, `_`) starting at `at`, or -1. */
function placeholderEnd(text: string, at: number): number {
  let i = at + 1;
  if (!isLetter(text.charCodeAt(i))) return -1;
  while (isNameChar(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === DOLLAR ? i + 1 : -1;
}

/** 1-based line of `index` in `text`. */
function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The text with `$ARCH$` replaced; diagnostics say where and which other placeholders remain. */
export function substituteStampinfPlaceholders(text: string, file: string, architecture: InfArchitecture, diagnostics: DiagnosticList): string {
  let replaced = '';
  let copied = 0;
  let count = 0;
  let first = -1;
  for (let i = text.indexOf('$'); i >= 0;) {
    if (text.length - i >= ARCH.length && text.slice(i, i + ARCH.length).toLowerCase() === ARCH) {
      if (first < 0) first = i;
      count++;
      replaced += text.slice(copied, i) + architecture;
      copied = i + ARCH.length;
      i = text.indexOf('$', copied);
    } else {
      i = text.indexOf('$', i + 1);
    }
  }
  if (count > 0) {
    replaced += text.slice(copied);
    diagnostics.add({
      id: 'inf.stampinf-arch',
      severity: 'info',
      message: `$ARCH$ was replaced with ${architecture} in ${count} place${count === 1 ? '' : 's'}, as stampinf -a ${architecture} does: this file is a template not stamped yet.`,
      at: { file, line: lineOf(text, first) },
    });
  } else {
    replaced = text;
  }
  // Looked for after $ARCH$ is replaced, as stampinf does it first.
  const others = new Map<string, number>();
  for (let i = replaced.indexOf('$'); i >= 0;) {
    const end = placeholderEnd(replaced, i);
    if (end < 0) {
      i = replaced.indexOf('$', i + 1);
      continue;
    }
    const name = replaced.slice(i, end).toUpperCase();
    if (!SIGNATURES.has(name) && !others.has(name)) others.set(name, i);
    i = replaced.indexOf('$', end);
  }
  for (const [name, index] of others) {
    diagnostics.add({
      id: 'inf.stampinf-placeholder',
      severity: 'info',
      message: `${name} is a placeholder the build fills in (stampinf); it is shown as written.`,
      at: { file, line: lineOf(replaced, index) },
    });
  }
  return replaced;
}
