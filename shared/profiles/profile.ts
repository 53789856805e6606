/**
 * A profile: a small, versioned, self-contained set of keyword values, saved from an adapter or
 * written by hand, applied through the ordinary change pipeline and deployed by the engines admins
 * already run (issue 11). The JSON Schema (profile.schema.json) is the published contract; these
 * types mirror it.
 */

/** The only format this version reads and writes. A later format gets a new number and schema. */
export const PROFILE_FORMAT_VERSION = 1;

/** The schema's `$id`; saved profiles name it in `$schema`. */
export const PROFILE_SCHEMA_ID = 'urn:nic-advanced-properties:profile:1';

/** Limits a profile must stay within (also in the schema): it is a file the tool reads, so hostile. */
export const PROFILE_LIMITS = {
  /** Largest profile file read, in bytes. */
  fileBytes: 1024 * 1024,
  settings: 1000,
  keywordLength: 255,
  valueLength: 4096,
  nameLength: 200,
  descriptionLength: 2000,
  patterns: 50,
  patternLength: 300,
} as const;

/** One keyword and the raw registry value it should have; null = Not Present (the value deleted). */
export interface ProfileSetting {
  readonly keyword: string;
  readonly value: string | null;
}

/**
 * Which adapters a profile is meant for: wildcard patterns (`*`, `?`, case-insensitive, as
 * PowerShell's -like) on ComponentId and on the description (DriverDesc). An adapter matches when
 * every list given has a pattern that matches it.
 */
export interface ProfileMatch {
  readonly componentId?: readonly string[];
  readonly description?: readonly string[];
}

/** Where a saved profile came from; informational only. */
export interface ProfileOrigin {
  readonly adapter?: string;
  readonly componentId?: string;
  readonly savedAt?: string;
  readonly tool?: string;
}

export interface Profile {
  readonly $schema?: string;
  readonly formatVersion: typeof PROFILE_FORMAT_VERSION;
  readonly name: string;
  readonly description?: string;
  readonly match?: ProfileMatch;
  readonly savedFrom?: ProfileOrigin;
  readonly settings: readonly ProfileSetting[];
}
