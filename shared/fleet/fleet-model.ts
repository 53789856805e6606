/**
 * The fleet report: what `nicprops fleet` says about many machines' exports. One model; text,
 * JSON, CSV and HTML are views of it (`--format json` prints it as is, so its fields are the
 * documented shape). Per machine it keeps only what it reports — never a machine's registry — so
 * memory grows with the findings, not with the size of the exports.
 */

import type { Globals } from '../model/adapter';
import type { Severity } from '../rules/types';

/** One keyword where an adapter differs from the profile (or, without a profile, from its driver's default). */
export interface FleetDifference {
  readonly keyword: string;
  readonly label: string;
  /** The adapter's value as the driver reads it (stored, else default); null = Not Present. */
  readonly current: string | null;
  readonly currentDisplay: string;
  /** What the profile asks for (null = Not Present); without a profile, the driver's default. */
  readonly wanted: string | null;
  readonly wantedDisplay: string;
  /**
   * `differs`: applying the profile would change it; `cannot-apply`: the driver does not offer or
   * accept the profile's value; `non-default`: no profile, the value is not the driver's default.
   */
  readonly kind: 'differs' | 'cannot-apply' | 'non-default';
  /** Why it cannot be applied (kind cannot-apply); null otherwise. */
  readonly reason: string | null;
}

export interface FleetFinding {
  readonly id: string;
  readonly severity: Severity;
}

export interface FleetAdapter {
  readonly id: string;
  /** Connection name, else description, else "adapter 0007". */
  readonly name: string;
  readonly description: string | null;
  readonly componentId: string | null;
  readonly driverVersion: string | null;
  readonly findings: readonly FleetFinding[];
  /**
   * Whether the profile is meant for this adapter (its `match`): `matches`, `not-matched`; null
   * without a profile.
   */
  readonly profile: 'matches' | 'not-matched' | null;
  /** Differences from the profile, or non-default values without one. */
  readonly differences: readonly FleetDifference[];
  /** Values of the keywords asked for with --keyword, by keyword as asked (null = Not Present, absent = not defined). */
  readonly values: Readonly<Record<string, string | null>>;
}

export interface FleetMachine {
  /** The machine's name: from the collector's sidecar, else the file name. */
  readonly machine: string;
  /** The export it was read from, as found in the folder. */
  readonly file: string;
  readonly osBuild: string | null;
  readonly collectedAt: string | null;
  /** Why the export could not be read; null when it was. A machine with an error has no adapters. */
  readonly error: string | null;
  /** Things worth knowing that did not stop the reading (an unreadable sidecar, a duplicate name). */
  readonly notes: readonly string[];
  readonly globals: Globals | null;
  readonly adapters: readonly FleetAdapter[];
  /** With a profile: some matching adapter differs from it. */
  readonly drift: boolean;
}

/** How many machines (and adapters) share something, and which machines. */
export interface FleetCount {
  readonly machines: number;
  readonly adapters: number;
  /** Names of those machines, in the order they were read. */
  readonly machineNames: readonly string[];
}

export interface FleetSummaryFinding extends FleetCount {
  readonly id: string;
  readonly severity: Severity;
  /** The message as one machine's adapter worded it (rules word it the same way for every adapter). */
  readonly message: string;
}

export interface FleetSummaryDifference extends FleetCount {
  readonly keyword: string;
  readonly label: string;
  /** Adapters where the profile's value cannot be applied as-is. */
  readonly cannotApply: number;
}

export interface FleetSummaryValue extends FleetCount {
  /** The value as the driver reads it; null = Not Present. */
  readonly value: string | null;
  readonly display: string;
}

export interface FleetSummaryKeyword {
  readonly keyword: string;
  readonly label: string;
  /** Machines and adapters that define the keyword. */
  readonly machines: number;
  readonly adapters: number;
  /** Most common first. */
  readonly values: readonly FleetSummaryValue[];
}

export interface FleetSummaryDriver extends FleetCount {
  readonly componentId: string | null;
  readonly driverVersion: string | null;
  readonly description: string | null;
}

export interface FleetReport {
  readonly title: string;
  readonly generatedAt: string;
  readonly tool: string;
  /** The profile the fleet was compared with; null when none. */
  readonly profile: { readonly file: string; readonly name: string; readonly settings: number } | null;
  /** Which adapters were looked at: those with an Advanced page that are not hidden, or all. */
  readonly scope: 'visible' | 'all';
  readonly totals: {
    readonly files: number;
    readonly machines: number;
    readonly unreadable: number;
    readonly adapters: number;
    /** With a profile: machines with an adapter that differs from it. */
    readonly drifted: number;
    /** With a profile: machines with no adapter the profile is meant for. */
    readonly noMatchingAdapter: number;
    readonly machinesWithErrors: number;
    readonly machinesWithWarnings: number;
  };
  readonly machines: readonly FleetMachine[];
  readonly summary: {
    /** Most machines first. */
    readonly findings: readonly FleetSummaryFinding[];
    /** Keywords that differ from the profile (or non-default ones without one); most machines first. */
    readonly differences: readonly FleetSummaryDifference[];
    /**
     * Keywords whose values differ between machines (not every machine that defines the keyword
     * holds the same values on its adapters), and those asked for with --keyword.
     */
    readonly values: readonly FleetSummaryKeyword[];
    readonly drivers: readonly FleetSummaryDriver[];
  };
  /** The keywords asked for with --keyword, as asked. */
  readonly keywords: readonly string[];
}
