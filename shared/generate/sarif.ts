/**
 * Findings as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), the format
 * GitHub code scanning and other review tools read to show findings on the lines of a file.
 * One run, one tool; every rule used is listed with its help text; each result points at a file
 * and, when known, its line. The log is data: JSON.stringify does all the quoting.
 */

import type { Log, ReportingDescriptor, Result } from 'sarif';

export type SarifLevel = 'error' | 'warning' | 'note';

/** One finding to report. `line` 0 means the whole file. */
export interface SarifFinding {
  readonly ruleId: string;
  readonly level: SarifLevel;
  readonly message: string;
  /** The path as given on the command line (relative paths stay relative to the repository root). */
  readonly file: string;
  readonly line: number;
  readonly properties?: Readonly<Record<string, unknown>>;
}

export interface SarifTool {
  readonly name: string;
  readonly version: string;
  /** Help for a rule id. */
  readonly rule: (id: string) => { readonly name: string; readonly summary: string };
}

/** SARIF's schema location, as GitHub's documentation gives it. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A file path as a URI reference: relative paths stay relative (to %SRCROOT%), absolute ones become file: URIs. */
export function pathToUri(path: string): { uri: string; uriBaseId?: string } {
  const slashed = path.replace(/\\/g, '/');
  const encode = (p: string) =>
    p
      .split('/')
      .map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
      .join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${encode(slashed)}` };
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed)}` };
  return { uri: encode(slashed.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}

/** Build the SARIF log. */
export function toSarif(findings: readonly SarifFinding[], tool: SarifTool): Log {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Result[] = findings.map((f) => {
    let index = ruleIndex.get(f.ruleId);
    if (index === undefined) {
      const help = tool.rule(f.ruleId);
      index = rules.length;
      ruleIndex.set(f.ruleId, index);
      rules.push({
        id: f.ruleId,
        name: help.name,
        shortDescription: { text: help.summary },
        fullDescription: { text: help.summary },
        help: { text: `${help.summary} (${tool.name} rule ${f.ruleId})` },
        defaultConfiguration: { level: f.level },
      });
    }
    const location = pathToUri(f.file);
    return {
      ruleId: f.ruleId,
      ruleIndex: index,
      level: f.level,
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location,
            ...(f.line > 0 ? { region: { startLine: f.line } } : {}),
          },
        },
      ],
      ...(f.properties ? { properties: { ...f.properties } } : {}),
    };
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, semanticVersion: tool.version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
