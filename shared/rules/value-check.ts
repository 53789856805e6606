/** Does a text value fit a property's Ndi\params metadata? (R37, reference §2.2) */

import type { PropertyMeta, ValueStatus } from '../model/adapter';

/** Result of checking one value against metadata. */
export interface ValueCheck {
  readonly status: ValueStatus;
  readonly message: string | null;
}

const OK: ValueCheck = { status: 'ok', message: null };
const NUMERIC = new Set(['int', 'long', 'word', 'dword']);

/** Parse a numeric registry text in the property's Base (10 when absent); null when it is not a number. */
export function parseNumber(text: string, base: number | null): number | null {
  const t = text.trim();
  if (base === 16) return /^(0x)?[0-9a-f]+$/i.test(t) ? parseInt(t.replace(/^0x/i, ''), 16) : null;
  return /^[+-]?\d+$/.test(t) ? Number(t) : null;
}

/** Check a value (the text that would be stored) against the property's metadata. */
export function checkValue(meta: PropertyMeta, text: string): ValueCheck {
  const who = meta.label ?? meta.keyword;
  if (meta.type === 'enum') {
    if (meta.options.length === 0 || meta.options.some((o) => o.value === text)) return OK;
    return { status: 'not-in-enum', message: `${who}: "${text}" is not one of the choices this driver offers.` };
  }
  if (meta.type !== null && NUMERIC.has(meta.type)) {
    const n = parseNumber(text, meta.base);
    if (n === null) return { status: 'not-a-number', message: `${who}: "${text}" is not a number.` };
    if ((meta.min !== null && n < meta.min) || (meta.max !== null && n > meta.max)) {
      return { status: 'out-of-range', message: `${who}: ${text} is outside the allowed range ${meta.min ?? '…'} to ${meta.max ?? '…'}.` };
    }
    if (meta.step !== null && meta.step > 1 && (n - (meta.min ?? 0)) % meta.step !== 0) {
      return { status: 'off-step', message: `${who}: ${text} is not a multiple of ${meta.step} counted from ${meta.min ?? 0}.` };
    }
    return OK;
  }
  if (meta.type === 'edit' && meta.limitText !== null && text.length > meta.limitText) {
    return { status: 'too-long', message: `${who}: the text is longer than ${meta.limitText} characters.` };
  }
  return OK;
}
