/** `Characteristics` (NCF_*) flags of an adapter's instance key (reference §1.4). */

export const NCF_VIRTUAL = 0x1;
export const NCF_SOFTWARE_ENUMERATED = 0x2;
export const NCF_PHYSICAL = 0x4;
export const NCF_HIDDEN = 0x8;
export const NCF_HAS_UI = 0x80;

/** What the adapter list needs from Characteristics; all null when it is unknown. */
export interface DecodedCharacteristics {
  readonly physical: boolean | null;
  readonly virtual: boolean | null;
  readonly hidden: boolean | null;
  readonly hasUi: boolean | null;
}

const UNKNOWN: DecodedCharacteristics = { physical: null, virtual: null, hidden: null, hasUi: null };

/**
 * Decode the flags. Without Characteristics (a partial export that left the value out) nothing is
 * known: every flag is null, never false, so nobody reads "not physical" or "no Advanced page"
 * into a value that was simply not exported.
 */
export function decodeCharacteristics(value: number | null): DecodedCharacteristics {
  if (value === null) return UNKNOWN;
  return {
    physical: (value & NCF_PHYSICAL) !== 0,
    // Software-enumerated adapters are not hardware either; list them as virtual.
    virtual: (value & (NCF_VIRTUAL | NCF_SOFTWARE_ENUMERATED)) !== 0,
    hidden: (value & NCF_HIDDEN) !== 0,
    hasUi: (value & NCF_HAS_UI) !== 0,
  };
}
