/** One adapter's keywords indexed once per evaluation, with the value helpers every rule uses. */

import { catalogEntry } from '../catalog/catalog';
import type { AdapterDetails, Globals, Property, RegistryOnlyValue } from '../model/adapter';
import { registryValueAsText, type RegistryValue } from '../model/registry-value';
import { parseNumber } from './value-check';

/** A keyword the adapter has: defined in Ndi\params, or stored at the root without it (registry-only). */
export interface KeywordSlot {
  /** Spelled as the adapter spells it. */
  readonly keyword: string;
  readonly property: Property | null;
  readonly registryOnly: RegistryOnlyValue | null;
  /** Effective text (stored, else Default); null = absent / Not Present. */
  readonly value: string | null;
  /** `value` parsed as an integer (in the property's Base), null when absent or not numeric. */
  readonly int: number | null;
}

// Rules look up the same constant keywords hundreds of times per adapter: lower-case each string once.
const lowerCache = new Map<string, string>();
function lower(keyword: string): string {
  let l = lowerCache.get(keyword);
  if (l === undefined) {
    l = keyword.toLowerCase();
    if (lowerCache.size < 10_000) lowerCache.set(keyword, l);
  }
  return l;
}

// AdapterDetails objects are immutable: index each one once, however often it is evaluated.
const slotCache = new WeakMap<AdapterDetails, Map<string, KeywordSlot>>();

function indexSlots(details: AdapterDetails): Map<string, KeywordSlot> {
  const slots = new Map<string, KeywordSlot>();
  for (const r of details.registryOnly) {
    const value = registryValueAsText({ type: r.type, data: r.data } as RegistryValue);
    const int = value === null ? null : parseNumber(value, null);
    slots.set(lower(r.keyword), { keyword: r.keyword, property: null, registryOnly: r, value, int });
  }
  // Ndi\params wins over a registry-only entry of the same name (should not happen, but be total).
  for (const p of details.properties) {
    const int = p.effective === null ? null : parseNumber(p.effective, p.base);
    slots.set(lower(p.keyword), { keyword: p.keyword, property: p, registryOnly: null, value: p.effective, int });
  }
  return slots;
}

/** Read-only view of one adapter for the rules: keyword lookups are O(1) and case-insensitive. */
export class AdapterView {
  private readonly slots: Map<string, KeywordSlot>;

  constructor(
    readonly details: AdapterDetails,
    readonly globals: Globals,
  ) {
    let slots = slotCache.get(details);
    if (!slots) {
      slots = indexSlots(details);
      slotCache.set(details, slots);
    }
    this.slots = slots;
  }

  /** The slot of a keyword, or undefined when the adapter does not have it. */
  slot(keyword: string): KeywordSlot | undefined {
    return this.slots.get(lower(keyword));
  }

  /** All slots in insertion order. */
  allSlots(): IterableIterator<KeywordSlot> {
    return this.slots.values();
  }

  /** The adapter defines or stores this keyword. */
  has(keyword: string): boolean {
    return this.slots.has(lower(keyword));
  }

  /** The keyword as the adapter spells it (for findings), else as given. */
  name(keyword: string): string {
    return this.slot(keyword)?.keyword ?? keyword;
  }

  /** Effective text, null when absent or Not Present. */
  value(keyword: string): string | null {
    return this.slot(keyword)?.value ?? null;
  }

  /** Effective value as an integer, null when absent or not numeric. */
  int(keyword: string): number | null {
    return this.slot(keyword)?.int ?? null;
  }

  /** The keyword's effective value is 1 (the "Enabled" of 0/1 keywords). */
  isOn(keyword: string): boolean {
    return this.int(keyword) === 1;
  }

  /** The user (or INF) stored a value, as opposed to running on the Default. */
  isStored(keyword: string): boolean {
    const s = this.slot(keyword);
    return s !== undefined && (s.registryOnly !== null || s.property?.stored != null);
  }

  /** The keyword is defined in Ndi\params (shown on the Advanced page). */
  inNdiParams(keyword: string): boolean {
    return this.slot(keyword)?.property != null;
  }

  /** The label a person sees: the adapter's ParamDesc, else Microsoft's reference text, else the keyword. */
  label(keyword: string): string {
    return this.slot(keyword)?.property?.label ?? catalogEntry(keyword)?.label ?? keyword;
  }

  /** A value as a person sees it: the adapter's enum text, else the documented meaning, else the raw value. */
  valueText(keyword: string, value: string | null = this.value(keyword)): string {
    if (value === null) return 'Not Present';
    const option = this.slot(keyword)?.property?.options.find((o) => o.value === value);
    const meaning = option?.label ?? catalogEntry(keyword)?.values.find((v) => v.value === value)?.meaning;
    return meaning ? `"${meaning}"` : `"${value}"`;
  }
}
