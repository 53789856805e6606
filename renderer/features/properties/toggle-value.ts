/** Space on a two-option property (Enabled/Disabled, On/Off…) switches it to the other option. Pure. */

import type { Property } from '../../../shared/model/adapter';

/** The other option of an enum with exactly two options, or null when the property is not such a switch. */
export function toggledValue(p: Pick<Property, 'type' | 'options'>, current: string | null): string | null {
  if (p.type !== 'enum' || p.options.length !== 2) return null;
  const [a, b] = p.options as [Property['options'][number], Property['options'][number]];
  return current === a.value ? b.value : a.value;
}
