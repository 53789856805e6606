/** `Characteristics` (NCF_*) flags of an adapter's instance key (reference §1.4). */

export const NCF_VIRTUAL = 0x1;
export const NCF_SOFTWARE_ENUMERATED = 0x2;
export const NCF_PHYSICAL = 0x4;
export const NCF_HIDDEN = 0x8;
export const NCF_HAS_UI = 0x80;

/** Decode what the adapter list needs; absent Characteristics decode as all false. */
export function decodeCharacteristics(value: number | null): {
  physical: boolean;
  virtual: boolean;
  hidden: boolean;
  hasUi: boolean;
} {
  const v = value ?? 0;
  return {
    physical: (v & NCF_PHYSICAL) !== 0,
    // Software-enumerated adapters are not hardware either; list them as virtual.
    virtual: (v & (NCF_VIRTUAL | NCF_SOFTWARE_ENUMERATED)) !== 0,
    hidden: (v & NCF_HIDDEN) !== 0,
    hasUi: (v & NCF_HAS_UI) !== 0,
  };
}
