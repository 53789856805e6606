/** Words for a fix's button: "Set TCP Checksum Offload (IPv4) to Rx & Tx Enabled", "Turn Large Send Offload V2 (IPv4) off". */

import { catalogEntry } from '../catalog/catalog';
import type { AdapterView } from './adapter-view';
import type { FixChange } from './types';
import { joinLabels } from './wording';

/** Values a keyword offers: the driver's enum options, else the documented values. */
function offeredValues(view: AdapterView, keyword: string): string[] {
  const options = view.slot(keyword)?.property?.options ?? [];
  if (options.length > 0) return options.map((o) => o.value);
  return (catalogEntry(keyword)?.values ?? []).map((v) => v.value);
}

/** A keyword whose only values are 0 and 1: "turn it on/off" reads better than "set it to Enabled". */
function isSwitch(view: AdapterView, keyword: string): boolean {
  const values = offeredValues(view, keyword);
  return values.length === 2 && values.includes('0') && values.includes('1');
}

/** A value as the Advanced page shows it, without quotes: the enum text, else the documented meaning, else the value. */
function shownValue(view: AdapterView, keyword: string, value: string): string {
  const option = view.slot(keyword)?.property?.options.find((o) => o.value === value);
  return option?.label ?? catalogEntry(keyword)?.values.find((v) => v.value === value)?.meaning ?? value;
}

/** One change in words, starting with a capital. */
export function describeFixChange(view: AdapterView, change: FixChange): string {
  const label = view.label(change.keyword);
  const property = view.slot(change.keyword)?.property ?? null;
  if (change.value === null) {
    if (property === null) return `Remove ${label}`;
    if (property.optional) return `Set ${label} to Not Present`;
    return property.default !== null ? `Reset ${label} to its default (${shownValue(view, change.keyword, property.default)})` : `Remove ${label}`;
  }
  if (isSwitch(view, change.keyword)) return `Turn ${label} ${change.value === '1' ? 'on' : 'off'}`;
  return `Set ${label} to ${shownValue(view, change.keyword, change.value)}`;
}

/** A change set in words: "Set A to X, set B to Y and turn C off". */
export function fixLabel(view: AdapterView, changes: readonly FixChange[]): string {
  const parts = changes.map((c, i) => {
    const text = describeFixChange(view, c);
    return i === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
  });
  return joinLabels(parts);
}
