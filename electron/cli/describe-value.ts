/** How a property's values read in the terminal. */

import type { Property, StoredValue } from '../../shared/model/adapter';

/** "Rx & Tx Enabled (3)" for enums, the text otherwise, "Not Present" for null. */
export function valueWithLabel(p: Property, value: string | null): string {
  if (value === null) return 'Not Present';
  const option = p.options.find((o) => o.value.toLowerCase() === value.toLowerCase());
  return option ? `${option.label} (${value})` : value;
}

/** Raw registry data: `REG_SZ "3"`, `REG_DWORD 9014`. */
export function rawStored(stored: StoredValue | null): string {
  if (stored === null) return '(absent)';
  const data = Array.isArray(stored.data) ? stored.data.join(',') : String(stored.data);
  return stored.type === 'REG_SZ' ? `"${data}"` : `${stored.type} ${data}`;
}
