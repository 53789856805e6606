/**
 * A support report: what a support engineer attaches to a ticket about one machine's adapters —
 * where the data came from, each adapter's driver, every value that differs from its driver's
 * default (with the default), the findings with their fixes, requested vs effective state, the
 * global switches and the driver's metadata problems. One model; Markdown, HTML and JSON are
 * views of it (`--format json` prints it as is, so its fields are the documented shape).
 */

import type { AdapterDetails, Globals, StoredValue, ValueStatus } from '../model/adapter';
import { displayValue, sameValue } from '../model/same-value';
import { displayName } from '../model/validate-value';
import { registryOnlyText } from '../profiles/adapter-settings';
import { evaluateRules } from '../rules/evaluate';
import type { Severity } from '../rules/types';

/** What the installation values of an adapter say about its driver; null where absent. */
export interface DriverInfo {
  readonly provider: string | null;
  readonly version: string | null;
  readonly date: string | null;
}

/** Where the data comes from (as SourceInfo.kind). */
export type ReportSourceKind = 'live' | 'reg-file' | 'demo' | 'inf';

export interface ReportInput {
  readonly source: { readonly kind: ReportSourceKind; readonly label: string };
  readonly generatedAt: Date;
  readonly tool: string;
  readonly globals: Globals;
  readonly adapters: readonly { readonly details: AdapterDetails; readonly driver: DriverInfo }[];
}

export interface ReportValue {
  readonly keyword: string;
  readonly label: string;
  /** The stored text (null when the stored value has no text form, e.g. REG_BINARY). */
  readonly value: string | null;
  /** As the Advanced page shows it ("Rx Enabled"), or the raw data when it is not text ("REG_BINARY 01 00 00 00"). */
  readonly display: string;
  readonly default: string | null;
  readonly defaultDisplay: string;
  readonly status: ValueStatus;
  /** Why the stored value does not fit the driver's metadata; null when it does. */
  readonly problem: string | null;
}

export interface ReportFinding {
  readonly id: string;
  readonly severity: Severity;
  readonly keywords: readonly string[];
  readonly message: string;
  /** The Microsoft page (or other source) the rule rests on. */
  readonly source: string;
  /** Alternative ways to fix it, best first (pick one), each in words and as changes; empty when none is offered. */
  readonly fixes: readonly { readonly label: string; readonly changes: readonly { readonly keyword: string; readonly value: string | null }[] }[];
}

export interface ReportAdapter {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly connectionName: string | null;
  readonly componentId: string | null;
  readonly netCfgInstanceId: string | null;
  readonly kind: string;
  readonly driver: DriverInfo;
  readonly propertyCount: number;
  readonly nonDefault: readonly ReportValue[];
  readonly findings: readonly ReportFinding[];
  /** Requested (registry) vs effective state of each feature; `reason` says why they differ. */
  readonly effective: readonly { readonly feature: string; readonly requested: string; readonly effective: string; readonly reason: string | null }[];
  /** Problems in the driver's own Ndi\params metadata (for driver QA), and metadata lint. */
  readonly metadata: readonly { readonly keyword: string; readonly message: string }[];
  readonly registryOnly: readonly { readonly keyword: string; readonly value: string }[];
}

export interface SupportReport {
  readonly title: string;
  readonly generatedAt: string;
  readonly tool: string;
  readonly source: { readonly kind: ReportSourceKind; readonly label: string; readonly description: string };
  readonly globals: readonly { readonly name: string; readonly value: number | null; readonly meaning: string }[];
  readonly adapters: readonly ReportAdapter[];
  readonly totals: { readonly adapters: number; readonly errors: number; readonly warnings: number; readonly infos: number };
}

function sourceDescription(kind: ReportInput['source']['kind'], label: string): string {
  if (kind === 'live') return "this computer's registry, read live";
  if (kind === 'demo') return 'the bundled demo data (not a real computer)';
  if (kind === 'inf') return `a driver package (${label}): the driver's defaults, not an installed adapter`;
  return `a registry export (${label}), not read live`;
}

function globalRows(g: Globals): SupportReport['globals'] {
  return [
    {
      name: 'DisableTaskOffload',
      value: g.disableTaskOffload,
      meaning:
        g.disableTaskOffload === 1
          ? 'TCP/IP offloads no tasks to any adapter: checksum, LSO and IPsec settings below have no effect.'
          : g.disableTaskOffload === null
            ? 'Not set: task offloads follow each adapter.'
            : 'Task offloads follow each adapter.',
    },
    {
      name: 'Ipsec EnabledOffload',
      value: g.ipsecEnabledOffload,
      meaning:
        g.ipsecEnabledOffload === 0
          ? 'IPsec offload is off for every adapter.'
          : g.ipsecEnabledOffload === null
            ? 'Not set: IPsec offload follows each adapter.'
            : 'IPsec offload follows each adapter.',
    },
  ];
}

/** A stored value that is not text, as regedit would describe it. */
function rawText(stored: StoredValue): string {
  const data = Array.isArray(stored.data)
    ? stored.data.map((x) => (typeof x === 'number' ? x.toString(16).padStart(2, '0') : x)).join(' ')
    : String(stored.data);
  return `${stored.type} ${data}`;
}

function kindText(a: AdapterDetails['adapter']): string {
  return (
    [a.physical && 'physical', a.virtual && 'virtual', a.hidden && 'hidden', a.hasUi === false && 'no Advanced page'].filter(Boolean).join(', ') || 'unknown'
  );
}

function adapterReport(details: AdapterDetails, driver: DriverInfo, globals: Globals): ReportAdapter {
  const a = details.adapter;
  const report = evaluateRules({ details, globals });
  const nonDefault: ReportValue[] = details.properties
    .filter((p) => p.stored !== null && (p.status !== 'ok' || !sameValue(p, p.effective, p.default)))
    .map((p) => ({
      keyword: p.keyword,
      label: displayName(p),
      value: p.effective,
      display: p.effective === null && p.stored !== null ? rawText(p.stored) : displayValue(p, p.effective),
      default: p.default,
      defaultDisplay: p.default === null ? (p.optional ? 'Not Present' : 'none') : displayValue(p, p.default),
      status: p.status,
      problem: p.status === 'ok' ? null : p.statusMessage,
    }))
    .sort((x, y) => x.label.localeCompare(y.label, undefined, { sensitivity: 'base', numeric: true }));
  return {
    id: a.id,
    name: a.connectionName ?? a.description ?? `adapter ${a.id}`,
    description: a.description,
    connectionName: a.connectionName,
    componentId: a.componentId,
    netCfgInstanceId: a.netCfgInstanceId,
    kind: kindText(a),
    driver,
    propertyCount: details.properties.length,
    nonDefault,
    findings: report.findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      keywords: [...f.keywords],
      message: f.message,
      source: f.details.source,
      fixes: f.fixes.map((alt) => ({ label: alt.label, changes: alt.changes.map((c) => ({ keyword: c.keyword, value: c.value })) })),
    })),
    effective: report.effective.map((e) => ({ feature: e.feature, requested: e.requested, effective: e.effective, reason: e.reason })),
    metadata: [
      ...details.properties.flatMap((p) => p.problems.map((m) => ({ keyword: p.keyword, message: m.message }))),
      ...report.lint.map((l) => ({ keyword: l.keywords.join(', '), message: l.message })),
    ],
    registryOnly: details.registryOnly.map((r) => ({ keyword: r.keyword, value: registryOnlyText(r) ?? `(${r.type})` })),
  };
}

/** The report model for the adapters given (in the order given). */
export function buildSupportReport(input: ReportInput): SupportReport {
  const adapters = input.adapters.map(({ details, driver }) => adapterReport(details, driver, input.globals));
  const count = (s: Severity) => adapters.reduce((n, a) => n + a.findings.filter((f) => f.severity === s).length, 0);
  return {
    title: `Network adapter report: ${input.source.kind === 'live' ? 'this computer' : input.source.label}`,
    generatedAt: input.generatedAt.toISOString(),
    tool: input.tool,
    source: { kind: input.source.kind, label: input.source.label, description: sourceDescription(input.source.kind, input.source.label) },
    globals: globalRows(input.globals),
    adapters,
    totals: { adapters: adapters.length, errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}
