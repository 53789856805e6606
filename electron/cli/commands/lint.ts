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
import { jsonText, textLines } from '../terminal-text';
import { TOOL_VERSION } from '../../services/tool-info';

export type LintFormat = 'text' | 'json' | 'sarif';

const LEVEL: Readonly<Record<InfLintResult['severity'], SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' };

function counts(results: readonly InfLintResult[]) {
  return {
    errors: results.filter((r) => r.severity === 'error').length,
    warnings: results.filter((r) => r.severity === 'warning').length,
    infos: results.filter((r) => r.severity === 'info').length,
  };
}

function textReport(report: InfLintReport, pathOf: (file: string) => string): string {
  // INF text (messages quote names and values from the file) reaches the terminal only through textLines.
  const lines = report.results.map((r) => {
    const where = `${pathOf(r.file)}${r.line > 0 ? `:${r.line}` : ''}`;
    const sections = r.installSections.length > 0 ? ` [${r.installSections.join(', ')}]` : '';
    return `${where}: ${r.severity} ${r.ruleId}: ${r.message}${sections}`;
  });
  const c = counts(report.results);
  lines.push(
    `${c.errors} error${c.errors === 1 ? '' : 's'}, ${c.warnings} warning${c.warnings === 1 ? '' : 's'}, ${c.infos} note${c.infos === 1 ? '' : 's'} ` +
      `in ${report.files.map(pathOf).join(', ')} for ${report.target}.`,
  );
  return textLines(lines);
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
    { name: 'nicprops', version: TOOL_VERSION, rule: ruleHelp },
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
  else write(`${jsonText(format === 'json' ? lintJson(report, pathOf) : lintSarif(report, pathOf))}\n`);
  if (report.unreadable) return EXIT.badFile;
  return report.results.some((r) => r.severity === 'error') ? EXIT.findingsWithErrors : EXIT.ok;
}
