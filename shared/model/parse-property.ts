/**
 * Turn one `Ndi\params\<keyword>` key into PropertyMeta, and a stored value into a Property.
 * Bad metadata never throws: every oddity becomes a MetadataProblem the UI and the lint show.
 */

import type { EnumOption, MetadataProblem, ParamType, Property, PropertyMeta, SourceLocation, StoredValue, ValueStatus } from './adapter';
import { parseMetaNumber } from './numeric';
import { isNumericType, isParamType } from './param-types';
import { registryValueAsText, type RegistryEntry, type RegistryValue } from './registry-value';
import { numericBounds, validateValue } from './validate-value';

/** Values of a key by lower-case name, as registry names compare case-insensitively. */
export type ValuesByName = ReadonlyMap<string, RegistryEntry>;

/** `lower` is the value's name already in lower case: this runs ten times per property. */
function textOf(values: ValuesByName, lower: string): string | null {
  const entry = values.get(lower);
  return entry ? registryValueAsText(entry.value) : null;
}

/** `text.toLowerCase()`, skipping the call (slow on two-byte strings) when the text is lower-case ASCII already, as Type nearly always is. */
function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return text.toLowerCase();
  }
  return text;
}

/** `text.trim() === ''`, without trimming when the first character is plainly not blank (nearly always). */
function isBlank(text: string): boolean {
  const c = text.charCodeAt(0);
  return !(c > 32 && c < 127) && text.trim() === '';
}

/** Flags are "0"/"1" text; anything but a non-zero number is off. */
function flag(text: string | null): boolean {
  const n = parseMetaNumber(text);
  return n !== null && n !== 0;
}

/** A numeric metadata value (`name`, `lower` its lower case); text that is not a number becomes a problem. */
function metaNumber(params: ValuesByName, name: string, lower: string, problems: MetadataProblem[]): number | null {
  const text = textOf(params, lower);
  if (text === null) return null;
  const n = parseMetaNumber(text);
  if (n === null && text.trim() !== '') {
    problems.push({ code: 'bad-number', message: `${name} "${text}" is not a number and is ignored.` });
  }
  return n;
}

/**
 * Build a property's metadata from the values of its params key (by lower-case name) and of its
 * `enum` subkey in registry order (null when there is no such subkey).
 */
export function parsePropertyMeta(keyword: string, params: ValuesByName, enumValues: Iterable<RegistryEntry> | null): PropertyMeta {
  const problems: MetadataProblem[] = [];
  const label = textOf(params, 'paramdesc');
  const hasLabel = label !== null && !isBlank(label);
  if (!hasLabel) {
    problems.push({ code: 'missing-label', message: 'ParamDesc is missing: Windows would show no label; the keyword is shown instead.' });
  }

  const typeTextRaw = textOf(params, 'type');
  const typeText = typeTextRaw === null ? null : lowerCase(typeTextRaw.trim());
  let type: ParamType | null = null;
  if (typeText === null || typeText === '') {
    problems.push({ code: 'missing-type', message: 'Type is missing: edited as free text, as Windows treats a param without Type.' });
  } else if (isParamType(typeText)) {
    type = typeText;
  } else {
    problems.push({ code: 'unknown-type', message: `Type "${typeText}" is not one of enum, int, long, word, dword, edit: edited as free text.` });
  }

  const numeric = isNumericType(type);
  const min = numeric ? metaNumber(params, 'Min', 'min', problems) : null;
  const max = numeric ? metaNumber(params, 'Max', 'max', problems) : null;
  const step = numeric ? metaNumber(params, 'Step', 'step', problems) : null;
  let base = numeric || type === 'edit' ? metaNumber(params, 'Base', 'base', problems) : null;
  if (base !== null && base !== 10 && base !== 16) {
    problems.push({ code: 'bad-base', message: `Base ${base} is not 10 or 16; 10 is used.` });
    base = 10;
  }
  if (min !== null && max !== null && min > max) {
    problems.push({ code: 'min-greater-than-max', message: `Min (${min}) is greater than Max (${max}): no value can fit.` });
  }

  const options: EnumOption[] = [];
  // Options mean something only for Type=enum (readers skip the `enum` key of other types).
  for (const e of type === 'enum' ? (enumValues ?? []) : []) {
    if (e.name !== '') options.push({ value: e.name, label: registryValueAsText(e.value) ?? e.name });
  }
  if (type === 'enum' && options.length === 0) {
    problems.push({ code: 'enum-without-options', message: 'Type is enum but the enum subkey has no values: nothing can be chosen.' });
  }

  const optional = flag(textOf(params, 'optional'));
  const defaultText = textOf(params, 'default');
  if (defaultText === null && !optional) {
    problems.push({ code: 'missing-default', message: 'Default is missing on a required param: Windows has nothing to show until a value is set.' });
  }
  const limit = metaNumber(params, 'LimitText', 'limittext', problems);
  const meta: PropertyMeta = {
    keyword,
    label: hasLabel ? label : null,
    type,
    default: defaultText,
    optional,
    min,
    max,
    step,
    base,
    limitText: type === 'edit' || type === null ? (limit !== null && limit > 0 ? limit : null) : null,
    upperCase: type === 'edit' || type === null ? flag(textOf(params, 'uppercase')) : false,
    options,
    problems,
  };

  const defaultLower = defaultText !== null && type === 'enum' ? defaultText.toLowerCase() : null;
  if (defaultLower !== null && options.length > 0 && !options.some((o) => o.value.toLowerCase() === defaultLower)) {
    problems.push({ code: 'default-not-in-enum', message: `Default "${defaultText}" is not one of the enum values.` });
  } else if (defaultText !== null && numeric) {
    const check = validateValue(meta, defaultText);
    if (!check.ok && !problems.some((p) => p.code === 'min-greater-than-max')) {
      const [lo, hi] = numericBounds(meta);
      problems.push({
        code: 'default-out-of-range',
        message: `Default "${defaultText}" does not fit ${lo}..${hi}${step && step > 1 ? ` in steps of ${step}` : ''}.`,
      });
    }
  }
  return meta;
}

/** Stored value types an Advanced-page keyword may have: REG_SZ as Windows writes, REG_DWORD as some INFs do. */
function storedText(value: RegistryValue): string | null {
  return value.type === 'REG_SZ' || value.type === 'REG_DWORD' ? registryValueAsText(value) : null;
}

/** A Property from its parts, field by field (object spread of 14 fields is a hot spot here). */
function property(
  meta: PropertyMeta,
  stored: StoredValue | null,
  effective: string | null,
  status: ValueStatus,
  statusMessage: string | null,
  origin: SourceLocation | null,
): Property {
  return {
    keyword: meta.keyword,
    label: meta.label,
    type: meta.type,
    default: meta.default,
    optional: meta.optional,
    min: meta.min,
    max: meta.max,
    step: meta.step,
    base: meta.base,
    limitText: meta.limitText,
    upperCase: meta.upperCase,
    options: meta.options,
    problems: meta.problems,
    stored,
    effective,
    status,
    statusMessage,
    origin,
  };
}

/** Combine metadata with the value stored at the instance key root (null = absent); `origin` is the INF line behind it, if any. */
export function toProperty(meta: PropertyMeta, stored: RegistryValue | null, origin: SourceLocation | null = null): Property {
  if (stored === null) return property(meta, null, meta.default, 'not-set', null, origin);
  const storedValue: StoredValue = { type: stored.type, data: stored.data };
  const text = storedText(stored);
  if (text === null) {
    return property(
      meta,
      storedValue,
      registryValueAsText(stored),
      'wrong-type',
      `Stored as ${stored.type}; the Advanced page reads REG_SZ text, so the driver may ignore it.`,
      origin,
    );
  }
  const check = validateValue(meta, text);
  return check.ok
    ? property(meta, storedValue, text, 'ok', null, origin)
    : property(meta, storedValue, text, check.status, `Stored value: ${check.message}`, origin);
}
