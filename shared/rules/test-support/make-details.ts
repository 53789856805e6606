/** Test fixtures: AdapterDetails from a compact description, filling metadata from the catalog. */

import { catalogEntry } from '../../catalog/catalog';
import type { Adapter, AdapterDetails, EnumOption, Globals, MetadataProblem, ParamType, Property, RegistryOnlyValue, ValueStatus } from '../../model/adapter';
import { checkValue } from '../value-check';

/** Full description of one Ndi\params property; omitted fields come from the catalog. */
export interface PropSpec {
  readonly value?: string | null;
  readonly type?: ParamType | null;
  readonly label?: string | null;
  readonly default?: string | null;
  readonly optional?: boolean;
  readonly options?: readonly (string | readonly [string, string])[];
  readonly min?: number | null;
  readonly max?: number | null;
  readonly step?: number | null;
  readonly base?: number | null;
  readonly limitText?: number | null;
  readonly problems?: readonly MetadataProblem[];
  /** Force a status (as the model would compute it); else computed with checkValue. */
  readonly status?: ValueStatus;
}

/** A registry-only value (stored at the root without Ndi\params). */
export interface RegistryOnlySpec {
  readonly registryOnly: string | number;
}

/**
 * keyword -> spec. A string is the stored value with catalog metadata; null is the property with catalog
 * metadata and nothing stored; `{ registryOnly: '1' }` is a root value without Ndi\params.
 */
export type DetailsSpec = Readonly<Record<string, string | null | PropSpec | RegistryOnlySpec>>;

/** Build one Property. */
export function makeProperty(keyword: string, spec: PropSpec = {}): Property {
  const entry = catalogEntry(keyword);
  const type: ParamType | null =
    spec.type !== undefined
      ? spec.type
      : entry
        ? entry.kind === 'enum' || entry.kind === 'hidden'
          ? entry.values.length > 0
            ? 'enum'
            : 'int'
          : entry.kind
        : 'edit';
  const options: EnumOption[] = spec.options
    ? spec.options.map((o) =>
        typeof o === 'string' ? { value: o, label: entry?.values.find((v) => v.value === o)?.meaning ?? o } : { value: o[0], label: o[1] },
      )
    : type === 'enum'
      ? (entry?.values ?? []).map((v) => ({ value: v.value, label: v.meaning }))
      : [];
  const meta = {
    keyword,
    label: spec.label !== undefined ? spec.label : (entry?.label ?? keyword),
    type,
    default: spec.default !== undefined ? spec.default : (entry?.defaultValue ?? null),
    optional: spec.optional ?? false,
    min: spec.min !== undefined ? spec.min : (entry?.range?.min ?? null),
    max: spec.max !== undefined ? spec.max : (entry?.range?.max ?? null),
    step: spec.step ?? null,
    base: spec.base ?? null,
    limitText: spec.limitText ?? null,
    upperCase: false,
    options,
    problems: spec.problems ?? [],
  };
  const value = spec.value ?? null;
  const check = value === null ? { status: 'not-set' as const, message: null } : checkValue(meta, value);
  const status = spec.status ?? check.status;
  return {
    ...meta,
    stored: value === null ? null : { type: 'REG_SZ', data: value },
    effective: value ?? meta.default,
    status,
    statusMessage: status === 'ok' || status === 'not-set' ? null : (check.message ?? `${keyword}: ${status}`),
    origin: null,
  };
}

/** Build an adapter with the given properties and registry-only values. */
export function makeDetails(spec: DetailsSpec, adapter: Partial<Adapter> = {}): AdapterDetails {
  const properties: Property[] = [];
  const registryOnly: RegistryOnlyValue[] = [];
  for (const [keyword, s] of Object.entries(spec)) {
    if (s !== null && typeof s === 'object' && 'registryOnly' in s) {
      registryOnly.push(
        typeof s.registryOnly === 'number' ? { keyword, type: 'REG_DWORD', data: s.registryOnly } : { keyword, type: 'REG_SZ', data: s.registryOnly },
      );
    } else if (s === null || typeof s === 'string') {
      properties.push(makeProperty(keyword, { value: s }));
    } else {
      properties.push(makeProperty(keyword, s));
    }
  }
  return {
    adapter: {
      id: '0007',
      description: 'Test Ethernet Adapter',
      connectionName: 'Ethernet',
      netCfgInstanceId: '{00000000-0000-0000-0000-000000000007}',
      componentId: 'pci\\ven_8086&dev_1533',
      characteristics: 0x84,
      physical: true,
      virtual: false,
      hidden: false,
      hasUi: true,
      propertyCount: properties.length,
      infModel: null,
      ...adapter,
    },
    properties,
    registryOnly,
  };
}

/** Globals with nothing set. */
export const NO_GLOBALS: Globals = { disableTaskOffload: null, ipsecEnabledOffload: null };
