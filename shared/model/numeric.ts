/** Numbers as `Ndi\params` spells them: decimal text, or hex where Base=16. */

/** Parse a metadata number (Min/Max/Step/Default): decimal, or `0x…` hex. Null when not a whole number. */
export function parseMetaNumber(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const t = text.trim();
  if (isDecimal(t)) return Number(t);
  if (/^0x[0-9a-f]+$/i.test(t)) return Number.parseInt(t.slice(2), 16);
  return null;
}

/**
 * Parse a value the user or the registry gives for a numeric property.
 * With Base=16 the text is hex without a prefix ([U] in the reference; `0x` is accepted too).
 */
export function parseNumericValue(text: string, base: number | null): number | null {
  const t = text.trim();
  if (base === 16) {
    const digits = t.replace(/^0x/i, '');
    return /^[0-9a-f]+$/i.test(digits) ? Number.parseInt(digits, 16) : null;
  }
  return isDecimal(t) ? Number(t) : null;
}

/** `/^[+-]?\d+$/.test(t)` without a regex: this runs several times per property of every adapter. */
function isDecimal(t: string): boolean {
  const first = t.charCodeAt(0);
  let i = first === 43 || first === 45 ? 1 : 0;
  if (i === t.length) return false;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Text to store for a number, in the property's base (hex upper-case, no prefix, for Base=16). */
export function formatNumericValue(value: number, base: number | null): string {
  return base === 16 ? value.toString(16).toUpperCase() : String(value);
}
