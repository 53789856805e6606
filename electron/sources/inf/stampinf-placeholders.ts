/**
 * `.inx` templates (and driver-project `.inf` files not stamped yet) are INFs before the WDK's
 * stampinf runs: `$ARCH$` stands for the target architecture (`NT$ARCH$` becomes `NTamd64`), and
 * other `$NAME$` placeholders (KMDF/UMDF versions) for values the build fills in. Only `$ARCH$`
 * decides which sections apply, so it is substituted as `stampinf -a <arch>` would, and said so;
 * the others are reported and left as written.
 */

import type { DiagnosticList } from './inf-diagnostic';
import type { InfArchitecture } from './target-os';

const ARCH = /\$ARCH\$/gi;
const OTHER = /\$[A-Z][A-Z0-9_]*\$/gi;
/** `$Chicago$` is a [Version] signature, not a placeholder. */
const SIGNATURES = new Set(['$CHICAGO$']);

/** The text with `$ARCH$` replaced; diagnostics say where and which other placeholders remain. */
export function substituteStampinfPlaceholders(text: string, file: string, architecture: InfArchitecture, diagnostics: DiagnosticList): string {
  if (!text.includes('$')) return text;
  const first = text.search(ARCH);
  const lineOf = (index: number) => {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
    return line;
  };
  if (first >= 0) {
    const count = text.match(ARCH)?.length ?? 0;
    diagnostics.add({
      id: 'inf.stampinf-arch',
      severity: 'info',
      message: `$ARCH$ was replaced with ${architecture} in ${count} place${count === 1 ? '' : 's'}, as stampinf -a ${architecture} does: this file is a template not stamped yet.`,
      at: { file, line: lineOf(first) },
    });
  }
  const replaced = text.replace(ARCH, architecture);
  const others = new Map<string, number>();
  for (const m of replaced.matchAll(OTHER)) {
    const name = m[0].toUpperCase();
    if (!SIGNATURES.has(name) && !others.has(name)) others.set(name, m.index);
  }
  for (const [name, index] of others) {
    diagnostics.add({
      id: 'inf.stampinf-placeholder',
      severity: 'info',
      message: `${name} is a placeholder the build fills in (stampinf); it is shown as written.`,
      at: { file, line: lineOf(index) },
    });
  }
  return replaced;
}
