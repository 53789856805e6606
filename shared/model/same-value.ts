/**
 * When two values of a keyword mean the same to the driver: enum value names ignore case (they are
 * registry value names), numbers compare as numbers in the property's base ("0100" is 100, "1F" is
 * 31 with Base=16), text compares exactly. Used by compare, copy, profiles and presets alike.
 */

import type { PropertyMeta } from './adapter';
import { parseNumericValue } from './numeric';
import { isNumericType } from './param-types';

export function sameValue(meta: Pick<PropertyMeta, 'type' | 'base'> | null, a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  if (meta?.type === 'enum') return a.toLowerCase() === b.toLowerCase();
  if (meta && isNumericType(meta.type)) {
    const x = parseNumericValue(a, meta.base);
    return x !== null && x === parseNumericValue(b, meta.base);
  }
  return false;
}

/** A value as the Advanced page shows it: the enum option's text, Not Present, or the text itself. */
export function displayValue(meta: Pick<PropertyMeta, 'options'> | null, value: string | null): string {
  if (value === null) return 'Not Present';
  const lower = value.toLowerCase();
  return meta?.options.find((o) => o.value.toLowerCase() === lower)?.label ?? value;
}
