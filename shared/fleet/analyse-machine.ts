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

/**
 * Every string a fleet entry keeps goes through here, for two reasons. The same few hundred
 * keywords, labels and values recur on every machine: one copy of each is kept for the whole
 * fleet. And a string cut from a machine's export text may share that whole text's memory (V8
 * keeps the text alive for a slice of it): the pool keeps a copy of its own, so no machine's export
 * outlives its turn.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();
  get<T extends string | null>(text: T): T {
    if (text === null) return text;
    const known = this.strings.get(text);
    if (known !== undefined) return known as T;
    const copy = own(text);
    this.strings.set(copy, copy);
    return copy as T;
  }
}

/** A copy of `text` that shares no memory with the string it came from. */
function own(text: string): string {
  // Joining code units builds a new flat string; slices and concatenations are never kept.
  return text.length === 0 ? '' : String.fromCharCode(...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));
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

function differencesFromProfile(details: AdapterDetails, profile: Profile, name: string, pool: StringPool): { differences: FleetDifference[]; drift: boolean } {
  const plan = planSettings(details, profile.settings, name);
  const differences: FleetDifference[] = plan.changes.map((c) => {
    const slot = findKeyword(details, c.keyword);
    const p = slot?.kind === 'property' ? slot.property : null;
    const current = p ? p.effective : c.from;
    return {
      keyword: pool.get(c.keyword),
      label: pool.get(c.label),
      current: pool.get(current),
      currentDisplay: pool.get(p ? displayValue(p, current) : c.fromDisplay),
      wanted: pool.get(c.to),
      wantedDisplay: pool.get(c.toDisplay),
      kind: 'differs',
      reason: null,
    };
  });
  for (const s of plan.skipped) {
    if (s.code === 'not-defined') continue;
    const slot = findKeyword(details, s.keyword);
    const p = slot?.kind === 'property' ? slot.property : null;
    differences.push({
      keyword: pool.get(s.keyword),
      label: pool.get(p ? displayName(p) : s.keyword),
      current: pool.get(p ? p.effective : null),
      currentDisplay: pool.get(p ? displayValue(p, p.effective) : ''),
      wanted: pool.get(s.value),
      wantedDisplay: pool.get(p ? displayValue(p, s.value) : (s.value ?? 'Not Present')),
      kind: 'cannot-apply',
      reason: pool.get(s.reason),
    });
  }
  return { differences, drift: hasDrift(plan) };
}

function nonDefaultValues(details: AdapterDetails, pool: StringPool): FleetDifference[] {
  return details.properties.filter(isNonDefault).map((p) => ({
    keyword: pool.get(p.keyword),
    label: pool.get(displayName(p)),
    current: pool.get(p.effective),
    currentDisplay: pool.get(displayValue(p, p.effective)),
    wanted: pool.get(p.default),
    wantedDisplay: pool.get(p.default === null ? (p.optional ? 'Not Present' : 'none') : displayValue(p, p.default)),
    kind: 'non-default',
    reason: p.status === 'ok' ? null : pool.get(p.statusMessage),
  }));
}

function requestedValues(details: AdapterDetails, keywords: readonly string[], pool: StringPool): Record<string, string | null> {
  const values: Record<string, string | null> = {};
  for (const keyword of keywords) {
    const slot = findKeyword(details, keyword);
    if (slot?.kind === 'property') values[keyword] = pool.get(slot.property.effective);
    else if (slot?.kind === 'registry-only') values[keyword] = pool.get(registryOnlyText(slot.value));
  }
  return values;
}

/** Reduce one machine's export to its fleet report entry. Pure: the same export gives the same entry. */
export function analyseMachine(data: MachineExport, options: FleetOptions, pool: StringPool): AnalysedMachine {
  const adapters: FleetAdapter[] = [];
  const observed: ObservedValue[][] = [];
  const messages = new Map<string, string>();
  let drift = false;
  for (const details of data.adapters) {
    if (!inScope(details, options.scope)) continue;
    const a = details.adapter;
    const name = a.connectionName ?? a.description ?? `adapter ${a.id}`;
    const report = evaluateRules({ details, globals: data.globals });
    for (const f of report.findings) if (!messages.has(f.id)) messages.set(f.id, pool.get(f.message));
    let profileState: FleetAdapter['profile'] = null;
    let differences: FleetDifference[];
    if (options.profile) {
      const matches = profileMatches(options.profile.match, a);
      profileState = matches ? 'matches' : 'not-matched';
      if (matches) {
        const result = differencesFromProfile(details, options.profile, `${name} on ${data.machine}`, pool);
        differences = result.differences;
        drift ||= result.drift;
      } else {
        differences = [];
      }
    } else {
      differences = nonDefaultValues(details, pool);
    }
    adapters.push({
      id: pool.get(a.id),
      name: pool.get(name),
      description: pool.get(a.description),
      componentId: pool.get(a.componentId),
      driverVersion: pool.get(data.driverVersions.get(a.id) ?? null),
      findings: report.findings.map((f) => ({ id: pool.get(f.id), severity: f.severity })),
      profile: profileState,
      differences,
      values: requestedValues(details, options.keywords, pool),
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
      machine: pool.get(data.machine),
      file: pool.get(data.file),
      osBuild: pool.get(data.osBuild),
      collectedAt: pool.get(data.collectedAt),
      error: null,
      notes: data.notes.map((n) => pool.get(n)),
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
