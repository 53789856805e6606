/**
 * `nicprops lint FILE.inf… [--format text|json|sarif]`: every finding about a driver package on
 * its INF line, for a person (text), a script (json) or code review tools (SARIF 2.1.0).
 * Exit 10 when an error is found, 8 when a file cannot be read as an INF (the report says where).
 */

import { basename } from 'node:path';
import { toSarif, type SarifLevel } from '../../../shared/generate/sarif';
import { ruleHelp } from '../../../shared/rules/rule-help';
import { lintInfFiles, type InfLintReport, type InfLintResult } from '../../services/inf-lint';
import { readInfFile } from '../../sources/inf/read-inf-file';
import type { InfTarget } from '../../sources/inf/target-os';
import { CliError } from '../cli-error';
import { EXIT } from '../exit-codes';
import { fileError } from '../open-source';
import { VERSION } from '../version';

export type LintFormat = 'text' | 'json' | 'sarif';

const LEVEL: Readonly<Record<InfLintResult['severity'], SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Text from an INF made safe for a terminal: control and format characters (escape sequences,
 * bidirectional overrides) are shown as \u{…} instead of acting on the terminal.
 * To be replaced by the shared sanitizer (shared/generate/terminal-text.ts) once it is on main.
 */
function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

function counts(results: readonly InfLintResult[]) {
  return {
    errors: results.filter((r) => r.severity === 'error').length,
    warnings: results.filter((r) => r.severity === 'warning').length,
    infos: results.filter((r) => r.severity === 'info').length,
  };
}

function textReport(report: InfLintReport, pathOf: (file: string) => string): string {
  const lines = report.results.map((r) => {
    const where = `${printable(pathOf(r.file))}${r.line > 0 ? `:${r.line}` : ''}`;
    const sections = r.installSections.length > 0 ? ` [${r.installSections.map(printable).join(', ')}]` : '';
    return `${where}: ${r.severity} ${r.ruleId}: ${printable(r.message)}${sections}`;
  });
  const c = counts(report.results);
  lines.push(
    `${c.errors} error${c.errors === 1 ? '' : 's'}, ${c.warnings} warning${c.warnings === 1 ? '' : 's'}, ${c.infos} note${c.infos === 1 ? '' : 's'} ` +
      `in ${report.files.map((f) => printable(pathOf(f))).join(', ')} for ${report.target}.`,
  );
  return lines.join('\n');
}

/** The JSON shape (README): the same content as the SARIF, flat. */
export function lintJson(report: InfLintReport, pathOf: (file: string) => string) {
  return {
    target: report.target,
    files: report.files.map(pathOf),
    summary: counts(report.results),
    results: report.results.map((r) => ({
      ruleId: r.ruleId,
      severity: r.severity,
      message: r.message,
      file: pathOf(r.file),
      line: r.line,
      installSections: [...r.installSections],
    })),
  };
}

/** The SARIF 2.1.0 log of a report. */
export function lintSarif(report: InfLintReport, pathOf: (file: string) => string) {
  return toSarif(
    report.results.map((r) => ({
      ruleId: r.ruleId,
      level: LEVEL[r.severity],
      message: r.message,
      file: pathOf(r.file),
      line: r.line,
      ...(r.installSections.length > 0 ? { properties: { installSections: [...r.installSections] } } : {}),
    })),
    { name: 'nicprops', version: VERSION, rule: ruleHelp },
  );
}

export async function lintCommand(paths: readonly string[], format: LintFormat, target: InfTarget, write: (s: string) => void): Promise<number> {
  if (paths.length === 0) throw new CliError('lint needs at least one INF file.', EXIT.usage);
  const byName = new Map<string, string>();
  for (const p of paths) byName.set(basename(p), p);
  let files;
  try {
    files = await Promise.all(paths.map((p) => readInfFile(p)));
  } catch (error) {
    throw fileError(error) ?? error;
  }
  const report = await lintInfFiles(files, target);
  const pathOf = (file: string) => byName.get(file) ?? file;
  if (format === 'text') write(`${textReport(report, pathOf)}\n`);
  else write(`${JSON.stringify(format === 'json' ? lintJson(report, pathOf) : lintSarif(report, pathOf), null, 2)}\n`);
  if (report.unreadable) return EXIT.badFile;
  return report.results.some((r) => r.severity === 'error') ? EXIT.findingsWithErrors : EXIT.ok;
}
