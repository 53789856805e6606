/**
 * The fleet report as CSV for a spreadsheet: one row per machine and adapter (one row for a
 * machine whose export could not be read, saying why), a column per keyword asked for with
 * --keyword, so "which of my hosts have RSC off" is one filter. Written through csvText
 * (shared/generate/csv.ts): cells are one visible line, formulas neutralised.
 */

import { csvText, type CsvCell } from '../generate/csv';
import type { FleetAdapter, FleetMachine, FleetReport } from './fleet-model';

function differences(a: FleetAdapter): string {
  return a.differences
    .map((d) =>
      d.kind === 'non-default'
        ? `${d.keyword}=${d.current ?? 'Not Present'}`
        : `${d.keyword}: ${d.current ?? 'Not Present'} -> ${d.wanted ?? 'Not Present'}${d.kind === 'cannot-apply' ? ' (cannot apply)' : ''}`,
    )
    .join('; ');
}

function* rows(report: FleetReport): Generator<CsvCell[]> {
  const machineCells = (m: FleetMachine): CsvCell[] => [m.machine, m.file, m.osBuild, m.collectedAt];
  const blanks = (n: number): CsvCell[] => Array.from({ length: n }, () => null);
  for (const m of report.machines) {
    if (m.error !== null || m.adapters.length === 0) {
      yield [...machineCells(m), ...blanks(12 + report.keywords.length), m.error ?? 'no adapter in scope'];
      continue;
    }
    for (const a of m.adapters) {
      const count = (s: string) => a.findings.filter((f) => f.severity === s).length;
      yield [
        ...machineCells(m),
        a.id,
        a.name,
        a.description,
        a.componentId,
        a.driverVersion,
        count('error'),
        count('warning'),
        count('info'),
        [...new Set(a.findings.map((f) => f.id))].join(' '),
        a.profile,
        report.profile ? (a.profile === 'matches' ? (a.differences.length > 0 ? 'yes' : 'no') : null) : null,
        differences(a),
        ...report.keywords.map((k) => (k in a.values ? (a.values[k] ?? 'Not Present') : null)),
        null,
      ];
    }
  }
}

export function fleetCsv(report: FleetReport): string {
  const header = [
    'machine',
    'file',
    'os_build',
    'collected_at',
    'adapter_id',
    'adapter',
    'description',
    'component_id',
    'driver_version',
    'errors',
    'warnings',
    'infos',
    'findings',
    'profile',
    'drift',
    report.profile ? 'differs_from_profile' : 'non_default_values',
    ...report.keywords,
    'unreadable',
  ];
  return csvText(header, rows(report));
}
