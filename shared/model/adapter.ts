/** The adapter / property model: one vocabulary from registry to pixels (design.md, "The model"). */

import type { RegistryValue, RegistryValueType } from './registry-value';

/** `Ndi\params\<kw>\Type` values Windows knows (reference §2.2). */
export type ParamType = 'enum' | 'int' | 'long' | 'word' | 'dword' | 'edit';

/** One entry of an enum property's `enum` subkey, in registry order. */
export interface EnumOption {
  /** The value NAME: what is stored, e.g. "3". */
  readonly value: string;
  /** The value DATA: what the Advanced page shows, e.g. "Rx & Tx Enabled". */
  readonly label: string;
}

/** Something wrong with a driver's own `Ndi\params` metadata; reported, never fatal. */
export interface MetadataProblem {
  readonly code:
    | 'missing-label'
    | 'missing-type'
    | 'unknown-type'
    | 'missing-default'
    | 'min-greater-than-max'
    | 'bad-number'
    | 'default-not-in-enum'
    | 'default-out-of-range'
    | 'enum-without-options'
    | 'bad-base';
  readonly message: string;
}

/** What `Ndi\params\<keyword>` says about a property. Absent metadata is null. */
export interface PropertyMeta {
  readonly keyword: string;
  /** ParamDesc; null when the driver gave none (the UI then shows the keyword). */
  readonly label: string | null;
  /** Null when Type is missing or not one Windows knows (see `problems`). */
  readonly type: ParamType | null;
  readonly default: string | null;
  readonly optional: boolean;
  readonly min: number | null;
  readonly max: number | null;
  readonly step: number | null;
  /** 10 or 16; null when absent (Windows then uses 10). */
  readonly base: number | null;
  readonly limitText: number | null;
  readonly upperCase: boolean;
  readonly options: readonly EnumOption[];
  readonly problems: readonly MetadataProblem[];
}

/** Why a stored value does not fit its metadata, or 'ok' / 'not-set'. */
export type ValueStatus = 'ok' | 'not-set' | 'wrong-type' | 'not-in-enum' | 'not-a-number' | 'out-of-range' | 'off-step' | 'too-long';

/** A stored value as it sits at the instance key root. */
export interface StoredValue {
  readonly type: RegistryValueType;
  readonly data: RegistryValue['data'];
}

/** A line of a file the data came from (a driver INF), 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
}

/** A property: metadata plus the stored and effective value. */
export interface Property extends PropertyMeta {
  readonly stored: StoredValue | null;
  /** Stored text if present, else Default; null when neither exists (an optional property Not Present). */
  readonly effective: string | null;
  readonly status: ValueStatus;
  /** A sentence for a status other than ok / not-set; null otherwise. */
  readonly statusMessage: string | null;
  /** The INF line that defined this parameter (its ParamDesc, else its first line); null for registry sources. */
  readonly origin: SourceLocation | null;
}

/** A keyword stored at the instance key root without `Ndi\params` (PowerShell's `-AllProperties`). */
export interface RegistryOnlyValue {
  readonly keyword: string;
  readonly type: RegistryValueType;
  readonly data: RegistryValue['data'];
}

/** The device models of a driver INF that install through one install section (one adapter of an INF source). */
export interface InfModel {
  /** The install section as the Models section names it, undecorated: `kvmnet6.ndi`. */
  readonly installSection: string;
  /** The platform extension chosen for it (`NTamd64`, `NT`), or null when the undecorated section is used. */
  readonly decoration: string | null;
  /** The Models section the devices were found in, with its TargetOS decoration: `NetKVM.NTamd64.10.0...19041`. */
  readonly modelsSection: string;
  /** Hardware and compatible IDs of every device line using the install section, in INF order. */
  readonly hardwareIds: readonly string[];
}

/** One network adapter: a numbered instance subkey of the Net class key. */
export interface Adapter {
  /** The 4-digit instance subkey name, e.g. "0007". */
  readonly id: string;
  readonly description: string | null;
  readonly connectionName: string | null;
  readonly netCfgInstanceId: string | null;
  readonly componentId: string | null;
  /** The NCF_* flags; null when the source has none (a partial export). */
  readonly characteristics: number | null;
  /** The flags below are decoded from `characteristics`, and null (unknown, not false) when it is null. */
  readonly physical: boolean | null;
  readonly virtual: boolean | null;
  readonly hidden: boolean | null;
  /** NCF_HAS_UI: Windows shows an Advanced page only for these. */
  readonly hasUi: boolean | null;
  readonly propertyCount: number;
  /** The INF device models behind this adapter; null for registry sources. */
  readonly infModel: InfModel | null;
}

/** An adapter with its properties, as `nicprops show` prints it. */
export interface AdapterDetails {
  readonly adapter: Adapter;
  readonly properties: readonly Property[];
  readonly registryOnly: readonly RegistryOnlyValue[];
}

/** The two machine-wide switches that override every adapter (reference §5). null = value absent. */
export interface Globals {
  readonly disableTaskOffload: number | null;
  readonly ipsecEnabledOffload: number | null;
}
