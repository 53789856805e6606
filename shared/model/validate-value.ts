/**
 * Does a value fit a property's metadata? One function for the editor's inline
 * messages, the main process's enforcement and the stored-value status.
 */

import type { PropertyMeta, ValueStatus } from './adapter';
import { formatNumericValue, parseNumericValue } from './numeric';
import { isNumericType, TYPE_BOUNDS } from './param-types';

export type ValidationResult =
  | { readonly ok: true; readonly value: string | null }
  | { readonly ok: false; readonly status: Exclude<ValueStatus, 'ok' | 'not-set'>; readonly message: string };

/** Longest text we accept for any value; Windows has no documented limit, this guards the UI and IPC. */
export const MAX_VALUE_LENGTH = 4096;

/** The name people see for a property: its label, else its keyword. */
export function displayName(meta: Pick<PropertyMeta, 'label' | 'keyword'>): string {
  return meta.label?.trim() ? meta.label : meta.keyword;
}

/** Effective numeric bounds: Min/Max where given, else the type's range. */
export function numericBounds(meta: PropertyMeta): readonly [number, number] {
  const [lo, hi] = isNumericType(meta.type) ? TYPE_BOUNDS[meta.type] : TYPE_BOUNDS.long;
  return [meta.min ?? lo, meta.max ?? hi];
}

/**
 * Check `value` (null = Not Present) against `meta` and return the text to store,
 * normalised (enum value as the driver spells it, number in the property's base, upper-case
 * where UpperCase=1) — or a sentence saying what is wrong.
 */
export function validateValue(meta: PropertyMeta, value: string | null): ValidationResult {
  const name = displayName(meta);
  if (value === null) {
    return meta.optional
      ? { ok: true, value: null }
      : { ok: false, status: 'wrong-type', message: `${name} cannot be Not Present: the driver requires a value.` };
  }
  if (value.length > MAX_VALUE_LENGTH) {
    return { ok: false, status: 'too-long', message: `${name}: the value is longer than ${MAX_VALUE_LENGTH} characters.` };
  }
  if (meta.type === 'enum') return validateEnum(meta, name, value);
  if (isNumericType(meta.type)) return validateNumber(meta, name, value);
  return validateText(meta, name, value);
}

function validateEnum(meta: PropertyMeta, name: string, value: string): ValidationResult {
  const exact = meta.options.find((o) => o.value === value);
  // Registry value names are case-insensitive, so the enum's are too.
  const match = exact ?? meta.options.find((o) => o.value.toLowerCase() === value.toLowerCase());
  if (match) return { ok: true, value: match.value };
  const allowed = meta.options.map((o) => `${o.value} (${o.label})`).join(', ');
  return {
    ok: false,
    status: 'not-in-enum',
    message: `${name}: "${value}" is not one of the values the driver offers${allowed ? `: ${allowed}` : ''}.`,
  };
}

function validateNumber(meta: PropertyMeta, name: string, value: string): ValidationResult {
  const n = parseNumericValue(value, meta.base);
  const hex = meta.base === 16;
  if (n === null || !Number.isSafeInteger(n)) {
    return {
      ok: false,
      status: 'not-a-number',
      message: `${name}: "${value}" is not a whole ${hex ? 'hexadecimal ' : ''}number.`,
    };
  }
  const [min, max] = numericBounds(meta);
  const fmt = (x: number) => formatNumericValue(x, meta.base);
  if (n < min || n > max) {
    return { ok: false, status: 'out-of-range', message: `${name} must be between ${fmt(min)} and ${fmt(max)}; ${fmt(n)} is out of range.` };
  }
  const step = meta.step ?? 1;
  if (step > 1 && (n - min) % step !== 0) {
    const below = n - ((n - min) % step);
    const above = below + step;
    const near = above <= max ? `${fmt(below)} or ${fmt(above)}` : fmt(below);
    return {
      ok: false,
      status: 'off-step',
      message: `${name} goes in steps of ${fmt(step)} from ${fmt(min)}; ${fmt(n)} is not one of them (try ${near}).`,
    };
  }
  return { ok: true, value: fmt(n) };
}

function validateText(meta: PropertyMeta, name: string, value: string): ValidationResult {
  // Control characters cannot be typed in the Advanced page's edit box and break `.reg` round trips.
  if (/\p{Cc}/u.test(value)) {
    return { ok: false, status: 'wrong-type', message: `${name}: the text contains control characters.` };
  }
  if (meta.limitText !== null && value.length > meta.limitText) {
    return {
      ok: false,
      status: 'too-long',
      message: `${name} allows at most ${meta.limitText} characters; "${value}" has ${value.length}.`,
    };
  }
  return { ok: true, value: meta.upperCase ? value.toUpperCase() : value };
}
