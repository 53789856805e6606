/** Words for a fix's button: "Set TCP Checksum Offload (IPv4) to Rx & Tx Enabled", "Turn Large Send Offload V2 (IPv4) off". */

import { catalogEntry } from '../catalog/catalog';
import type { Property } from '../model/adapter';
import type { AdapterView } from './adapter-view';
import type { FixChange } from './types';
import { joinLabels } from './wording';

/** Values a keyword offers, as { value } pairs: the driver's enum options, else the documented values. */
function offered(property: Property | null, keyword: string): readonly { readonly value: string }[] {
  if (property && property.options.length > 0) return property.options;
  return catalogEntry(keyword)?.values ?? [];
}

/** A keyword whose only values are 0 and 1: "turn it on/off" reads better than "set it to Enabled". */
function isSwitch(property: Property | null, keyword: string): boolean {
  const values = offered(property, keyword);
  return values.length === 2 && values.some((v) => v.value === '0') && values.some((v) => v.value === '1');
}

/** A value as the Advanced page shows it, without quotes: the enum text, else the documented meaning, else the value. */
function shownValue(property: Property | null, keyword: string, value: string): string {
  const option = property?.options.find((o) => o.value === value);
  return option?.label ?? catalogEntry(keyword)?.values.find((v) => v.value === value)?.meaning ?? value;
}

/** One change in words, starting with a capital. */
export function describeFixChange(view: AdapterView, change: FixChange): string {
  const property = view.slot(change.keyword)?.property ?? null;
  const label = property?.label ?? view.label(change.keyword);
  if (change.value === null) {
    if (property === null) return `Remove ${label}`;
    if (property.optional) return `Set ${label} to Not Present`;
    return property.default !== null ? `Reset ${label} to its default (${shownValue(property, change.keyword, property.default)})` : `Remove ${label}`;
  }
  if (isSwitch(property, change.keyword)) return `Turn ${label} ${change.value === '1' ? 'on' : 'off'}`;
  return `Set ${label} to ${shownValue(property, change.keyword, change.value)}`;
}

/** A change set in words: "Set A to X, set B to Y and turn C off". */
export function fixLabel(view: AdapterView, changes: readonly FixChange[]): string {
  const parts = changes.map((c, i) => {
    const text = describeFixChange(view, c);
    return i === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
  });
  return joinLabels(parts);
}
