/**
 * One machine of a fleet: its adapters as read from its export, reduced to what the fleet report
 * says about them — driver, findings, differences from the profile (or from the drivers' defaults
 * without one) — plus each keyword's value, which the summary counts and then drops.
 */

import type { AdapterDetails, Globals, Property } from '../model/adapter';
import { parseNumericValue } from '../model/numeric';
import { isNumericType } from '../model/param-types';
import { displayValue, sameValue } from '../model/same-value';
import { displayName } from '../model/validate-value';
import { findKeyword, registryOnlyText } from '../profiles/adapter-settings';
import { profileMatches } from '../profiles/match';
import { hasDrift, planSettings } from '../profiles/plan-settings';
import type { Profile } from '../profiles/profile';
import { evaluateRules } from '../rules/evaluate';
import type { FleetAdapter, FleetDifference, FleetMachine } from './fleet-model';

/** Which adapters of a machine the fleet report looks at. */
export type FleetScope = 'visible' | 'all';

export interface FleetOptions {
  readonly profile: Profile | null;
  readonly scope: FleetScope;
  /** Keywords whose value is reported per adapter (--keyword). */
  readonly keywords: readonly string[];
}

/** What was read from one machine's export. */
export interface MachineExport {
  readonly machine: string;
  readonly file: string;
  readonly osBuild: string | null;
  readonly collectedAt: string | null;
  readonly notes: readonly string[];
  readonly adapters: readonly AdapterDetails[];
  /** DriverVersion of each adapter, by id, where the export has one. */
  readonly driverVersions: ReadonlyMap<string, string>;
  readonly globals: Globals;
}

/** One keyword's value on one adapter, for the fleet's value counts. */
export interface ObservedValue {
  readonly keyword: string;
  readonly label: string;
  /** Groups values that mean the same to the driver ("0100" and "100" for a number). */
  readonly key: string;
  readonly value: string | null;
  readonly display: string;
}

export interface AnalysedMachine {
  readonly machine: FleetMachine;
  /** Per adapter of `machine.adapters`, in the same order. */
  readonly observed: readonly (readonly ObservedValue[])[];
  /** The message of each finding id seen on this machine (rules word a finding the same way everywhere). */
  readonly messages: ReadonlyMap<string, string>;
}

function inScope(d: AdapterDetails, scope: FleetScope): boolean {
  // Unknown kind flags (a partial export without Characteristics) count as shown, as in the support report.
  return scope === 'all' || (d.adapter.hasUi !== false && d.adapter.hidden !== true);
}

/** A value stored that is not the driver's default (or does not fit its metadata). */
function isNonDefault(p: Property): boolean {
  return p.stored !== null && (p.status !== 'ok' || !sameValue(p, p.effective, p.default));
}

function groupKey(p: Property): string {
  if (p.effective === null) return '\u0000not-present';
  if (p.type === 'enum') return p.effective.toLowerCase();
  if (isNumericType(p.type)) {
    const n = parseNumericValue(p.effective, p.base);
    if (n !== null) return `#${n}`;
  }
  return `=${p.effective}`;
}

function differencesFromProfile(details: AdapterDetails, profile: Profile, name: string): { differences: FleetDifference[]; drift: boolean } {
  const plan = planSettings(details, profile.settings, name);
  const differences: FleetDifference[] = plan.changes.map((c) => {
    const slot = findKeyword(details, c.keyword);
    const p = slot?.kind === 'property' ? slot.property : null;
    const current = p ? p.effective : c.from;
    return {
      keyword: c.keyword,
      label: c.label,
      current,
      currentDisplay: p ? displayValue(p, current) : c.fromDisplay,
      wanted: c.to,
      wantedDisplay: c.toDisplay,
      kind: 'differs',
      reason: null,
    };
  });
  for (const s of plan.skipped) {
    if (s.code === 'not-defined') continue;
    const slot = findKeyword(details, s.keyword);
    const p = slot?.kind === 'property' ? slot.property : null;
    differences.push({
      keyword: s.keyword,
      label: p ? displayName(p) : s.keyword,
      current: p ? p.effective : null,
      currentDisplay: p ? displayValue(p, p.effective) : '',
      wanted: s.value,
      wantedDisplay: p ? displayValue(p, s.value) : (s.value ?? 'Not Present'),
      kind: 'cannot-apply',
      reason: s.reason,
    });
  }
  return { differences, drift: hasDrift(plan) };
}

function nonDefaultValues(details: AdapterDetails): FleetDifference[] {
  return details.properties.filter(isNonDefault).map((p) => ({
    keyword: p.keyword,
    label: displayName(p),
    current: p.effective,
    currentDisplay: displayValue(p, p.effective),
    wanted: p.default,
    wantedDisplay: p.default === null ? (p.optional ? 'Not Present' : 'none') : displayValue(p, p.default),
    kind: 'non-default',
    reason: p.status === 'ok' ? null : p.statusMessage,
  }));
}

function requestedValues(details: AdapterDetails, keywords: readonly string[]): Record<string, string | null> {
  const values: Record<string, string | null> = {};
  for (const keyword of keywords) {
    const slot = findKeyword(details, keyword);
    if (slot?.kind === 'property') values[keyword] = slot.property.effective;
    else if (slot?.kind === 'registry-only') values[keyword] = registryOnlyText(slot.value);
  }
  return values;
}

/** Reduce one machine's export to its fleet report entry. Pure: the same export gives the same entry. */
export function analyseMachine(data: MachineExport, options: FleetOptions): AnalysedMachine {
  const adapters: FleetAdapter[] = [];
  const observed: ObservedValue[][] = [];
  const messages = new Map<string, string>();
  let drift = false;
  for (const details of data.adapters) {
    if (!inScope(details, options.scope)) continue;
    const a = details.adapter;
    const name = a.connectionName ?? a.description ?? `adapter ${a.id}`;
    const report = evaluateRules({ details, globals: data.globals });
    for (const f of report.findings) if (!messages.has(f.id)) messages.set(f.id, f.message);
    let profileState: FleetAdapter['profile'] = null;
    let differences: FleetDifference[];
    if (options.profile) {
      const matches = profileMatches(options.profile.match, a);
      profileState = matches ? 'matches' : 'not-matched';
      if (matches) {
        const result = differencesFromProfile(details, options.profile, `${name} on ${data.machine}`);
        differences = result.differences;
        drift ||= result.drift;
      } else {
        differences = [];
      }
    } else {
      differences = nonDefaultValues(details);
    }
    adapters.push({
      id: a.id,
      name,
      description: a.description,
      componentId: a.componentId,
      driverVersion: data.driverVersions.get(a.id) ?? null,
      findings: report.findings.map((f) => ({ id: f.id, severity: f.severity })),
      profile: profileState,
      differences,
      values: requestedValues(details, options.keywords),
    });
    observed.push(
      details.properties.map((p) => ({
        keyword: p.keyword,
        label: displayName(p),
        key: groupKey(p),
        value: p.effective,
        display: displayValue(p, p.effective),
      })),
    );
  }
  return {
    machine: {
      machine: data.machine,
      file: data.file,
      osBuild: data.osBuild,
      collectedAt: data.collectedAt,
      error: null,
      notes: data.notes,
      globals: data.globals,
      adapters,
      drift,
    },
    observed,
    messages,
  };
}

/** The entry for a machine whose export could not be read. */
export function unreadableMachine(machine: string, file: string, error: string, notes: readonly string[] = []): FleetMachine {
  return { machine, file, osBuild: null, collectedAt: null, error, notes, globals: null, adapters: [], drift: false };
}
