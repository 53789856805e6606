/**
 * The fleet report for a terminal or a text file: the summary first (what most machines have in
 * common, what differs), then one row per machine and adapter. Lines are composed here and made
 * safe by the caller (every line through oneLine), since names and values are registry text.
 */

import { plural } from '../report/plural';
import type { FleetAdapter, FleetCount, FleetMachine, FleetReport } from './fleet-model';

/** Names shown after a count before "and N more". */
const NAMES_SHOWN = 8;

export function machineList(count: FleetCount, shown = NAMES_SHOWN): string {
  const names = count.machineNames.slice(0, shown).join(', ');
  return count.machineNames.length > shown ? `${names} and ${count.machineNames.length - shown} more` : names;
}

function counts(c: FleetCount): string {
  return `${plural(c.machines, 'machine')}, ${plural(c.adapters, 'adapter')}`;
}

/** A value with its label where the label says more: "Disabled (0)", "9014", "Not Present". */
export function valueText(value: string | null, display: string): string {
  return value === null || display === value ? display : `${display} (${value})`;
}

/** Left-aligned columns; the caller makes each line safe. */
function columns(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map(
    (r) =>
      indent +
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
  );
}

/** The opening sentences: how much was read and what the profile comparison found. */
export function headline(report: FleetReport): string[] {
  const t = report.totals;
  const lines = [
    `${report.title}: ${plural(t.machines, 'machine')} read from ${plural(t.files, 'export')}${t.unreadable ? ` (${t.unreadable} unreadable)` : ''}; ${plural(t.adapters, 'adapter')} ${report.scope === 'all' ? 'in all' : 'with an Advanced page'}.`,
  ];
  if (report.profile) {
    const p = report.profile;
    lines.push(
      `Profile "${p.name}" (${p.file}, ${plural(p.settings, 'setting')}): ${t.drifted === 0 ? 'no machine drifts' : `${plural(t.drifted, 'machine')} ${t.drifted === 1 ? 'drifts' : 'drift'}`}${t.noMatchingAdapter ? `; ${plural(t.noMatchingAdapter, 'machine')} without an adapter it is meant for` : ''}.`,
    );
  }
  lines.push(`Findings: ${plural(t.machinesWithErrors, 'machine')} with errors, ${plural(t.machinesWithWarnings, 'machine')} with warnings.`);
  return lines;
}

function adapterDifferences(a: FleetAdapter): string {
  if (a.profile === 'not-matched') return 'profile not meant for it';
  if (a.differences.length === 0) return a.profile === 'matches' ? 'matches the profile' : 'all defaults';
  return a.differences
    .map((d) =>
      d.kind === 'non-default'
        ? `${d.keyword}=${d.current ?? 'Not Present'}`
        : `${d.keyword} ${d.current ?? 'Not Present'}->${d.wanted ?? 'Not Present'}${d.kind === 'cannot-apply' ? ' (cannot apply)' : ''}`,
    )
    .join(', ');
}

function machineRows(report: FleetReport): string[][] {
  const header = ['Machine', 'Adapter', 'Driver', 'Errors', 'Warnings', ...report.keywords, report.profile ? 'Differs from the profile' : 'Non-default values'];
  const rows: string[][] = [header];
  const severity = (a: FleetAdapter, s: string) => String(a.findings.filter((f) => f.severity === s).length);
  for (const m of report.machines) {
    if (m.error !== null) continue;
    if (m.adapters.length === 0) rows.push([m.machine, '(no adapter)', '', '', '', ...report.keywords.map(() => ''), '']);
    for (const a of m.adapters) {
      rows.push([
        m.machine,
        a.name,
        [a.componentId, a.driverVersion].filter(Boolean).join(' ') || 'unknown',
        severity(a, 'error'),
        severity(a, 'warning'),
        ...report.keywords.map((k) => (k in a.values ? (a.values[k] ?? 'Not Present') : '-')),
        adapterDifferences(a),
      ]);
    }
  }
  return rows;
}

function notes(machines: readonly FleetMachine[]): string[] {
  return machines.flatMap((m) => m.notes.map((n) => `  ${m.file}: ${n}`));
}

/** The whole report as lines of text. */
export function fleetTextLines(report: FleetReport): string[] {
  const s = report.summary;
  const lines = [...headline(report)];
  const section = (title: string, body: string[]) => {
    if (body.length > 0) lines.push('', title, ...body);
  };
  section(
    'Most common findings (machines, adapters):',
    s.findings.map((f) => `  ${f.severity.toUpperCase().padEnd(7)} ${f.id.padEnd(6)} ${counts(f)}  e.g. ${f.message}`),
  );
  section(
    report.profile ? 'Keywords that differ from the profile:' : 'Keywords set to other than the driver default:',
    s.differences.map(
      (d) =>
        `  ${d.label} (${d.keyword}): ${counts(d)}${d.cannotApply ? `, cannot be applied as-is on ${plural(d.cannotApply, 'adapter')}` : ''}: ${machineList(d)}`,
    ),
  );
  section(
    report.keywords.length > 0 ? 'Values of the keywords asked for, and of those that differ between machines:' : 'Values that differ between machines:',
    s.values.flatMap((k) => [
      `  ${k.label} (${k.keyword}), defined on ${plural(k.machines, 'machine')}, ${plural(k.adapters, 'adapter')}:`,
      ...k.values.map(
        (v) => `    ${valueText(v.value, v.display)}: ${counts(v)}: ${machineList(v, report.keywords.length > 0 ? Number.POSITIVE_INFINITY : NAMES_SHOWN)}`,
      ),
    ]),
  );
  section('Drivers:', columns(s.drivers.map((d) => [d.componentId ?? 'no ComponentId', d.driverVersion ?? 'no version', counts(d), d.description ?? ''])));
  section(
    'Unreadable exports:',
    report.machines.filter((m) => m.error !== null).map((m) => `  ${m.file}: ${m.error}`),
  );
  section('Notes:', notes(report.machines));
  const rows = machineRows(report);
  if (rows.length > 1) section('Machines:', columns(rows));
  return lines;
}
