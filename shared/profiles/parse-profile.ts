/**
 * Read a profile from the bytes of a file the tool did not write: decode (UTF-8, or UTF-16 as
 * Windows PowerShell 5.1 saves), parse JSON, validate against the published JSON Schema, then the
 * one rule a schema cannot say (each keyword once, ignoring case). Every failure is a ProfileError:
 * one sentence naming the file, plus details a person can act on.
 */

import { Ajv2020, type ErrorObject } from 'ajv/dist/2020';
import { oneLine } from '../generate/plain-text';
import { PROFILE_FORMAT_VERSION, PROFILE_LIMITS, type Profile } from './profile';
import schema from './profile.schema.json';

export class ProfileError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ProfileError';
  }
}

/** At most this many schema problems are listed; a file with more is not a profile anyway. */
const MAX_DETAILS = 20;

let validator: ReturnType<Ajv2020['compile']> | null = null;

function validate(data: unknown): readonly ErrorObject[] {
  // strict: the schema itself must use only known keywords; allErrors: list every problem at once.
  validator ??= new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  return validator(data) ? [] : (validator.errors ?? []);
}

/** Text of the file: UTF-16 when it starts with a UTF-16 byte-order mark, else strict UTF-8 (BOM dropped). */
function decode(bytes: Uint8Array, name: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ProfileError(`${name} is not a profile: it is not UTF-8 or UTF-16 text.`);
  }
}

/** A JSON path for people: settings[3].value. */
function where(instancePath: string): string {
  if (instancePath === '') return 'the profile';
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : `${i === 0 ? '' : '.'}${short(part)}`))
    .join('');
}

/** Names from the file are quoted short and on one line. */
function short(text: string): string {
  const line = oneLine(text);
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** One schema problem as a sentence. */
function describe(e: ErrorObject): string {
  const at = where(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `${at}: "${short(String(p.additionalProperty))}" is not a profile field.`;
    case 'required':
      return `${at}: "${String(p.missingProperty)}" is missing.`;
    case 'type': {
      const type = String(p.type);
      return `${at} must be ${type === 'null' ? 'null' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`}.`;
    }
    case 'const':
      return e.instancePath === '/formatVersion'
        ? `formatVersion must be ${PROFILE_FORMAT_VERSION}: this nicprops reads profile format ${PROFILE_FORMAT_VERSION} only.`
        : `${at} must be ${JSON.stringify(p.allowedValue)}.`;
    case 'maxLength':
      return `${at} is longer than ${String(p.limit)} characters.`;
    case 'minLength':
      return `${at} is empty.`;
    case 'maxItems':
      return `${at} has more than ${String(p.limit)} entries.`;
    case 'minItems':
      return `${at} is empty.`;
    case 'minProperties':
      return `${at} is empty: give componentId or description patterns, or leave match out.`;
    case 'pattern':
      return `${at} holds control characters${e.instancePath.endsWith('/keyword') ? ' or a backslash' : ''}.`;
    case 'oneOf':
      return `${at} must be text (the raw registry value) or null (Not Present).`;
    default:
      return `${at} ${e.message ?? 'is not valid'}.`;
  }
}

/** Schema problems, without the noise a oneOf adds (each branch's own failure). */
function problems(errors: readonly ErrorObject[]): string[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const kept = errors.filter((e) => e.keyword === 'oneOf' || !oneOfPaths.has(e.instancePath));
  return [...new Set(kept.map(describe))];
}

/**
 * Parse and validate a profile. `name` is how the file is called in messages (its path).
 * Throws ProfileError.
 */
export function parseProfile(bytes: Uint8Array, name: string): Profile {
  if (bytes.length > PROFILE_LIMITS.fileBytes) {
    throw new ProfileError(`${name} is not a profile: it is larger than ${PROFILE_LIMITS.fileBytes / 1024} KiB.`);
  }
  const text = decode(bytes, name);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ProfileError(`${name} is not a profile: it is not valid JSON (${oneLine(error instanceof Error ? error.message : String(error))}).`);
  }
  const errors = validate(data);
  if (errors.length > 0) {
    const list = problems(errors);
    const shown = list.slice(0, MAX_DETAILS);
    if (list.length > shown.length) shown.push(`…and ${list.length - shown.length} more.`);
    throw new ProfileError(`${name} is not a valid profile (${list.length === 1 ? '1 problem' : `${list.length} problems`}).`, shown);
  }
  const profile = data as Profile;
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  profile.settings.forEach((s, i) => {
    const key = s.keyword.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) duplicates.push(`settings[${i}]: ${short(s.keyword)} is already set by settings[${first}] (keywords ignore case).`);
    else seen.set(key, i);
  });
  if (duplicates.length > 0) throw new ProfileError(`${name} is not a valid profile: a keyword is set more than once.`, duplicates.slice(0, MAX_DETAILS));
  return profile;
}

/** A profile as file bytes: UTF-8 JSON, two-space indented, with a final line break. */
export function profileBytes(profile: Profile): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(profile, null, 2)}\n`);
}
