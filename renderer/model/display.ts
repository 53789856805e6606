/** How properties and values are worded on screen. Pure; shared by rows, editor, diff and tests. */

import type { Property, RegistryOnlyValue, StoredValue } from '../../shared/model/adapter';
import { registryValueAsText } from '../../shared/model/registry-value';
import type { RegistryValue } from '../../shared/model/registry-value';

/** Label as the Advanced page shows it: ParamDesc, or the keyword when the driver gave none. */
export function propertyLabel(p: Pick<Property, 'label' | 'keyword'>): string {
  return p.label !== null && p.label.trim() !== '' ? p.label : p.keyword;
}

/** Sort like Windows: by label, case-insensitively, then by keyword. */
export function compareByLabel(a: Pick<Property, 'label' | 'keyword'>, b: Pick<Property, 'label' | 'keyword'>): number {
  const byLabel = propertyLabel(a).localeCompare(propertyLabel(b), undefined, { sensitivity: 'base', numeric: true });
  return byLabel !== 0 ? byLabel : a.keyword.localeCompare(b.keyword);
}

/** Text of a stored value (REG_SZ as is, DWORD decimal), or null when it has no text form. */
export function storedText(stored: StoredValue | null): string | null {
  if (stored === null) return null;
  return registryValueAsText(stored as RegistryValue);
}

/** The raw registry value for the raw column: `REG_SZ "3"`, `REG_DWORD 0x1 (1)`, `absent`. */
export function rawValueText(stored: StoredValue | null): string {
  if (stored === null) return 'absent';
  const v = stored as RegistryValue;
  switch (v.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return `${v.type} "${v.data}"`;
    case 'REG_DWORD':
      return `REG_DWORD 0x${v.data.toString(16)} (${v.data})`;
    case 'REG_QWORD':
      return `REG_QWORD ${v.data}`;
    case 'REG_MULTI_SZ':
      return `REG_MULTI_SZ [${v.data.map((s) => `"${s}"`).join(', ')}]`;
    default:
      return `${v.type} ${v.data.map((b) => b.toString(16).padStart(2, '0')).join(' ')}`;
  }
}

/** What a pending text value would be stored as (the app always writes REG_SZ). */
export function rawPendingText(value: string | null): string {
  return value === null ? 'absent' : `REG_SZ "${value}"`;
}

/** A value as a person reads it: the enum label for enums ("Rx & Tx Enabled (3)" style when asked). */
export function valueDisplay(p: Pick<Property, 'type' | 'options' | 'optional'>, value: string | null): string {
  if (value === null) return 'Not Present';
  if (p.type === 'enum') {
    const option = p.options.find((o) => o.value === value);
    return option ? option.label : `${value} (not a listed value)`;
  }
  return value;
}

/**
 * What the list shows for a property without a pending edit: like `valueDisplay`, except that a value
 * stored in a type the Advanced page cannot read (REG_BINARY…) is shown as stored, never as "Not Present".
 */
export function shownValueText(p: Pick<Property, 'type' | 'options' | 'optional' | 'stored'>, value: string | null): string {
  if (value === null && p.stored !== null && storedText(p.stored) === null) return `Stored as ${rawValueText(p.stored)}`;
  return valueDisplay(p, value);
}

/** The registry-only row's value text. */
export function registryOnlyText(v: RegistryOnlyValue): string {
  return storedText({ type: v.type, data: v.data }) ?? rawValueText({ type: v.type, data: v.data });
}

/** Enum options sorted by label, as the Windows drop-down shows them. */
export function sortedOptions(p: Pick<Property, 'options'>): Property['options'] {
  return [...p.options].sort((a, b) => a.label.localeCompare(b.label, undefined, { sensitivity: 'base', numeric: true }));
}
