/** What each `Ndi\params` Type means for the editor. */

import type { ParamType } from './adapter';

export const PARAM_TYPES: readonly ParamType[] = ['enum', 'int', 'long', 'word', 'dword', 'edit'];

export function isParamType(text: string): text is ParamType {
  return (PARAM_TYPES as readonly string[]).includes(text);
}

export function isNumericType(type: ParamType | null): type is 'int' | 'long' | 'word' | 'dword' {
  return type === 'int' || type === 'long' || type === 'word' || type === 'dword';
}

/**
 * Bounds used when a numeric property has no Min/Max.
 * Widths are not documented (reference §2.2 [U]); these follow common lore:
 * int/long signed 32-bit, word unsigned 16-bit, dword unsigned 32-bit.
 */
export const TYPE_BOUNDS: Readonly<Record<'int' | 'long' | 'word' | 'dword', readonly [number, number]>> = {
  int: [-2147483648, 2147483647],
  long: [-2147483648, 2147483647],
  word: [0, 65535],
  dword: [0, 4294967295],
};
