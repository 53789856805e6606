/**
 * Before a profile is turned into something an engine runs on many machines: what the keyword
 * catalog says about its settings. The JSON Schema has already been checked when the file was
 * read; this adds what a schema cannot know.
 *
 * Errors stop the export: a setting that would overwrite what identifies an adapter or its
 * installation (reserved names, the hidden identity keywords, NetworkAddress — one MAC address on
 * every machine), or a profile with nothing to deploy. Warnings are printed and the export goes
 * on: a `*` keyword the catalog does not know (a typo, or a keyword newer than the catalog), a
 * value the documentation does not list or a number outside the documented range (drivers may
 * still offer it; each machine's driver is checked when the script runs), a deprecated keyword.
 */

import { catalogEntry } from '../catalog/catalog';
import { isReservedValueName } from '../model/reserved-names';
import { parseNumericValue } from '../model/numeric';
import { isAdapterIdentityKeyword } from '../profiles/adapter-settings';
import type { Profile } from '../profiles/profile';
import { isYamlText } from '../generate/yaml';

export interface DeployProblem {
  readonly severity: 'error' | 'warning';
  /** The keyword concerned; null for the profile as a whole. */
  readonly keyword: string | null;
  readonly message: string;
}

function settingProblems(keyword: string, value: string | null): DeployProblem[] {
  const error = (message: string): DeployProblem[] => [{ severity: 'error', keyword, message }];
  if (isReservedValueName(keyword)) return error(`${keyword} identifies the adapter or its driver installation; a profile must not set it.`);
  if (isAdapterIdentityKeyword(keyword))
    return error(`${keyword} is one adapter's own address; deployed to a fleet it would give every machine the same MAC address.`);
  const entry = catalogEntry(keyword);
  if (entry === null) {
    return keyword.startsWith('*')
      ? [
          {
            severity: 'warning',
            keyword,
            message: `${keyword} is not a standardized keyword in the catalog (a typo, or newer than the catalog); machines whose driver does not define it skip it.`,
          },
        ]
      : [];
  }
  if (entry.category === 'identity-hidden') return error(`${keyword} is set by the driver's INF and identifies the adapter; a profile must not set it.`);
  const warnings: DeployProblem[] = [];
  const warn = (message: string) => warnings.push({ severity: 'warning', keyword, message });
  // A hidden keyword has no Advanced-page entry: the NetAdapter cmdlets list it only where a value is already stored.
  if (entry.hidden) warn(`${keyword} is a hidden keyword (no Advanced-page entry); machines where it is not already stored skip it.`);
  if (entry.deprecated) warn(`${keyword} is deprecated; current drivers may ignore it.`);
  if (value !== null && entry.values.length > 0 && !entry.values.some((v) => v.value.toLowerCase() === value.toLowerCase())) {
    warn(`${keyword}=${value} is not a documented value (${entry.values.map((v) => `${v.value} ${v.meaning}`).join(', ')}); a driver may still offer it.`);
  }
  if (value !== null && entry.range !== null) {
    const n = parseNumericValue(value, 10);
    const { min, max } = entry.range;
    if (n === null) warn(`${keyword}=${value} is not a number, and the documentation describes a numeric range.`);
    else if ((min !== null && n < min) || (max !== null && n > max))
      warn(`${keyword}=${value} is outside the documented range ${min ?? '…'} to ${max ?? '…'}; a driver may still accept it.`);
  }
  return warnings;
}

/** Every piece of text in a profile. */
function texts(profile: Profile): string[] {
  return [
    profile.name,
    profile.description ?? '',
    ...(profile.match?.componentId ?? []),
    ...(profile.match?.description ?? []),
    ...profile.settings.flatMap((s) => [s.keyword, s.value ?? '']),
  ];
}

/** Problems with deploying `profile`, errors first. */
export function checkProfileForDeploy(profile: Profile): DeployProblem[] {
  const problems = profile.settings.flatMap((s) => settingProblems(s.keyword, s.value));
  // JSON can carry half a surrogate pair ("\ud800"); no engine's file format can.
  if (!texts(profile).every(isYamlText))
    problems.push({ severity: 'error', keyword: null, message: 'The profile holds text that is not valid Unicode (half of a surrogate pair).' });
  if (profile.settings.length === 0) problems.push({ severity: 'error', keyword: null, message: 'The profile has no settings; there is nothing to deploy.' });
  return [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
}
