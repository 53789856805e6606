/**
 * How two adapters differ — two ports of one machine, or one adapter in two exports (the customer's
 * and a known-good one): values, keywords only one side has, driver metadata (a driver update
 * changes options, ranges, defaults), and the findings and effective state that follow.
 */

import type { AdapterDetails, Globals, Property, StoredValue, ValueStatus } from '../model/adapter';
import { displayValue, sameValue } from '../model/same-value';
import { displayName } from '../model/validate-value';
import { registryOnlyText } from '../profiles/adapter-settings';
import { evaluateRules } from '../rules/evaluate';
import { findingKey } from '../rules/findings-delta';
import type { EffectiveFeature, Finding } from '../rules/types';

export type DiffKind = 'value' | 'only-a' | 'only-b' | 'metadata' | 'equal';

/** One side of a row: what the page would show, the raw registry value, the effective value. */
export interface DiffSide {
  readonly display: string;
  readonly stored: StoredValue | null;
  readonly effective: string | null;
  /** The stored value's status; null for a registry-only keyword (no metadata). */
  readonly status: ValueStatus | null;
}

/** A piece of driver metadata that differs: "options", "default", "range", "type", "optional", "base". */
export interface MetadataDifference {
  readonly field: 'type' | 'default' | 'range' | 'options' | 'optional' | 'base';
  readonly a: string;
  readonly b: string;
}

export interface DiffRow {
  readonly keyword: string;
  readonly label: string;
  /** value: the effective values differ; metadata: only the driver metadata does; equal: neither. */
  readonly kind: DiffKind;
  readonly a: DiffSide | null;
  readonly b: DiffSide | null;
  /** Metadata differences, also on value rows (empty when the metadata agrees or one side lacks the keyword). */
  readonly metadata: readonly MetadataDifference[];
}

/** One feature whose requested or effective state differs between the sides. */
export interface EffectiveDifference {
  readonly feature: string;
  readonly a: EffectiveFeature | null;
  readonly b: EffectiveFeature | null;
}

export interface AdapterDiff {
  /** Every keyword either side has, sorted by label as the Advanced page sorts. */
  readonly rows: readonly DiffRow[];
  readonly findings: { readonly onlyA: readonly Finding[]; readonly onlyB: readonly Finding[] };
  readonly effective: readonly EffectiveDifference[];
}

/** One side of a comparison: an adapter and the globals of the machine it is on. */
export interface DiffInput {
  readonly details: AdapterDetails;
  readonly globals: Globals;
}

type Slot = { readonly property: Property } | { readonly keyword: string; readonly stored: StoredValue };

function slots(details: AdapterDetails): Map<string, Slot> {
  const map = new Map<string, Slot>();
  for (const r of details.registryOnly) map.set(r.keyword.toLowerCase(), { keyword: r.keyword, stored: { type: r.type, data: r.data } });
  for (const p of details.properties) map.set(p.keyword.toLowerCase(), { property: p });
  return map;
}

function side(slot: Slot): DiffSide {
  if ('property' in slot) {
    const p = slot.property;
    return { display: displayValue(p, p.effective), stored: p.stored, effective: p.effective, status: p.status };
  }
  const text = registryOnlyText({ keyword: slot.keyword, ...slot.stored });
  return { display: text ?? `(${slot.stored.type})`, stored: slot.stored, effective: text, status: null };
}

function range(p: Property): string {
  if (p.min === null && p.max === null && p.step === null) return 'none';
  return `${p.min ?? '?'}..${p.max ?? '?'}${p.step !== null && p.step !== 1 ? ` step ${p.step}` : ''}`;
}

function optionsText(p: Property): string {
  return p.options.map((o) => o.value).join(', ') || 'none';
}

/** Driver metadata that differs: what a driver update or another driver changes. Labels are not compared (drivers word them differently). */
function metadataDifferences(a: Property, b: Property): MetadataDifference[] {
  const out: MetadataDifference[] = [];
  const add = (field: MetadataDifference['field'], x: string, y: string) => {
    if (x !== y) out.push({ field, a: x, b: y });
  };
  add('type', a.type ?? 'none', b.type ?? 'none');
  if (!sameValue(a, a.default, b.default)) out.push({ field: 'default', a: a.default ?? 'none', b: b.default ?? 'none' });
  add('range', range(a), range(b));
  const sortedValues = (p: Property) =>
    p.options
      .map((o) => o.value.toLowerCase())
      .sort()
      .join('\u0000');
  if (sortedValues(a) !== sortedValues(b)) out.push({ field: 'options', a: optionsText(a), b: optionsText(b) });
  add('optional', a.optional ? 'yes' : 'no', b.optional ? 'yes' : 'no');
  add('base', String(a.base ?? 10), String(b.base ?? 10));
  return out;
}

function row(a: Slot | undefined, b: Slot | undefined): DiffRow {
  const pa = a && 'property' in a ? a.property : null;
  const pb = b && 'property' in b ? b.property : null;
  const keyword = pa?.keyword ?? pb?.keyword ?? (a && 'keyword' in a ? a.keyword : b && 'keyword' in b ? b.keyword : '');
  const label = pa ? displayName(pa) : pb ? displayName(pb) : keyword;
  const sa = a ? side(a) : null;
  const sb = b ? side(b) : null;
  if (!sa || !sb) return { keyword, label, kind: sa ? 'only-a' : 'only-b', a: sa, b: sb, metadata: [] };
  const metadata = pa && pb ? metadataDifferences(pa, pb) : [];
  // Values compare as the driver reads them: by the metadata of either side (enum names ignore case, numbers as numbers).
  const same = sameValue(pa ?? pb, sa.effective, sb.effective) && (sa.effective !== null || sameStored(sa.stored, sb.stored));
  return { keyword, label, kind: !same ? 'value' : metadata.length > 0 ? 'metadata' : 'equal', a: sa, b: sb, metadata };
}

/** Two values without text (binary, or both null) are the same when their raw data is. */
function sameStored(a: StoredValue | null, b: StoredValue | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function effectiveDifferences(a: readonly EffectiveFeature[], b: readonly EffectiveFeature[]): EffectiveDifference[] {
  const byFeature = (list: readonly EffectiveFeature[]) => new Map(list.map((f) => [f.feature, f]));
  const ma = byFeature(a);
  const mb = byFeature(b);
  const out: EffectiveDifference[] = [];
  for (const feature of new Set([...ma.keys(), ...mb.keys()])) {
    const fa = ma.get(feature) ?? null;
    const fb = mb.get(feature) ?? null;
    if (fa && fb && fa.requested === fb.requested && fa.effective === fb.effective) continue;
    out.push({ feature, a: fa, b: fb });
  }
  return out;
}

/** Compare two adapters (each with its own machine's globals). */
export function diffAdapters(a: DiffInput, b: DiffInput): AdapterDiff {
  const sa = slots(a.details);
  const sb = slots(b.details);
  const rows = [...new Set([...sa.keys(), ...sb.keys()])]
    .map((key) => row(sa.get(key), sb.get(key)))
    .sort((x, y) => x.label.localeCompare(y.label, undefined, { sensitivity: 'base', numeric: true }) || x.keyword.localeCompare(y.keyword));
  const ra = evaluateRules(a);
  const rb = evaluateRules(b);
  const keysA = new Set(ra.findings.map(findingKey));
  const keysB = new Set(rb.findings.map(findingKey));
  return {
    rows,
    findings: { onlyA: ra.findings.filter((f) => !keysB.has(findingKey(f))), onlyB: rb.findings.filter((f) => !keysA.has(findingKey(f))) },
    effective: effectiveDifferences(ra.effective, rb.effective),
  };
}

/** True when anything differs: a row, a finding, or an effective state. */
export function hasDifferences(diff: AdapterDiff): boolean {
  return diff.rows.some((r) => r.kind !== 'equal') || diff.findings.onlyA.length > 0 || diff.findings.onlyB.length > 0 || diff.effective.length > 0;
}
