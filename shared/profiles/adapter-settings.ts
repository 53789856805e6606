/**
 * An adapter's keywords as settings: where a keyword lives on an adapter, and the value that
 * reproduces its current state when applied elsewhere. Shared by profile save, copy and compare.
 */

import type { AdapterDetails, Property, RegistryOnlyValue } from '../model/adapter';
import { registryValueAsText, type RegistryValue } from '../model/registry-value';

/** A keyword on an adapter: an Advanced-page property, a registry-only value, or neither. */
export type KeywordSlot =
  { readonly kind: 'property'; readonly property: Property } | { readonly kind: 'registry-only'; readonly value: RegistryOnlyValue } | null;

/** Find a keyword (case-insensitively, as registry value names compare). */
export function findKeyword(details: AdapterDetails, keyword: string): KeywordSlot {
  const lower = keyword.toLowerCase();
  const property = details.properties.find((p) => p.keyword.toLowerCase() === lower);
  if (property) return { kind: 'property', property };
  const value = details.registryOnly.find((r) => r.keyword.toLowerCase() === lower);
  return value ? { kind: 'registry-only', value } : null;
}

/** Text of a registry-only value, or null when it has no text form (binary). */
export function registryOnlyText(r: RegistryOnlyValue): string | null {
  return registryValueAsText({ type: r.type, data: r.data } as RegistryValue);
}

/**
 * Keywords that identify one adapter rather than configure a kind of adapter: copying or saving
 * them would give a second adapter the same MAC address. Included only when named.
 */
const ADAPTER_IDENTITY_KEYWORDS = new Set(['networkaddress']);

export function isAdapterIdentityKeyword(keyword: string): boolean {
  return ADAPTER_IDENTITY_KEYWORDS.has(keyword.toLowerCase());
}

/** The value that reproduces a property's state elsewhere, or why there is none. */
export type StateValue = { readonly ok: true; readonly value: string | null } | { readonly ok: false; readonly reason: string };

/**
 * A property's state as a setting: the stored text when it fits the driver's metadata; Not Present
 * for an optional property that is not set; the Default for a required one that is not set.
 */
export function propertyState(p: Property): StateValue {
  if (p.stored !== null) {
    if (p.status !== 'ok' || p.effective === null) return { ok: false, reason: p.statusMessage ?? "its stored value does not fit the driver's metadata." };
    return { ok: true, value: p.effective };
  }
  if (p.optional) return { ok: true, value: null };
  if (p.default !== null) return { ok: true, value: p.default };
  return { ok: false, reason: 'it is not set and the driver gives no Default.' };
}
