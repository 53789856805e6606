/** An adapter's current values as a profile (`nicprops profile save`, the app's "Save as profile…"). */

import type { AdapterDetails } from '../model/adapter';
import { sameValue } from '../model/same-value';
import { findKeyword, isAdapterIdentityKeyword, propertyState, registryOnlyText } from './adapter-settings';
import { PROFILE_FORMAT_VERSION, PROFILE_LIMITS, PROFILE_SCHEMA_ID, type Profile, type ProfileSetting } from './profile';
import type { SettingSkip } from './plan-settings';

export interface SaveOptions {
  readonly name: string;
  readonly description?: string;
  /** Only these keywords (any the adapter defines or stores, NetworkAddress included); all properties when absent. */
  readonly keywords?: readonly string[];
  /** Only properties whose value differs from the driver's Default (or that are set when optional). */
  readonly nonDefault?: boolean;
  /** Limit the profile to adapters with this adapter's ComponentId. */
  readonly matchComponentId?: boolean;
  /** How the adapter is called ("Ethernet 2 - Realtek …"), recorded in savedFrom. */
  readonly adapterTitle: string;
  readonly savedAt: Date;
  readonly tool: string;
}

/** Cut text to a schema limit, so a long description never makes an invalid profile. */
function limit(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** Replace the characters the schema refuses in text (C0/C1 controls, which are exactly \p{Cc}), so any registry text saves. */
function clean(text: string): string {
  return text.replace(/\p{Cc}/gu, ' ');
}

/** Why a setting cannot go into a profile (the schema would refuse it), or null. */
function unsaveable(s: ProfileSetting): string | null {
  if (s.keyword.length > PROFILE_LIMITS.keywordLength || /[\\\p{Cc}]/u.test(s.keyword)) return 'its name holds characters or a length a profile cannot hold.';
  if (s.value !== null && (s.value.length > PROFILE_LIMITS.valueLength || /\p{Cc}/u.test(s.value)))
    return 'its value holds characters or a length a profile cannot hold.';
  return null;
}

/**
 * The profile, and the keywords left out with the reason. Keywords named but not on the adapter are
 * left out as 'not-defined' (the CLI refuses to save then).
 */
export function profileFromAdapter(details: AdapterDetails, options: SaveOptions): { profile: Profile; skipped: SettingSkip[] } {
  const settings: ProfileSetting[] = [];
  const skipped: SettingSkip[] = [];
  const named = options.keywords && options.keywords.length > 0 ? options.keywords : null;
  const candidates = named ?? details.properties.map((p) => p.keyword);

  for (const keyword of candidates) {
    const slot = findKeyword(details, keyword);
    if (slot === null) {
      skipped.push({ keyword, value: null, code: 'not-defined', reason: `${keyword} is not a keyword of this adapter.` });
      continue;
    }
    if (slot.kind === 'registry-only') {
      const text = registryOnlyText(slot.value);
      if (text === null)
        skipped.push({
          keyword: slot.value.keyword,
          value: null,
          code: 'no-value',
          reason: `${slot.value.keyword} is stored as ${slot.value.type}, which a profile cannot hold.`,
        });
      else settings.push({ keyword: slot.value.keyword, value: text });
      continue;
    }
    const p = slot.property;
    if (!named && isAdapterIdentityKeyword(p.keyword)) {
      skipped.push({ keyword: p.keyword, value: null, code: 'identity', reason: `${p.keyword} is this adapter's own address; name it to include it.` });
      continue;
    }
    const state = propertyState(p);
    if (!state.ok) {
      skipped.push({ keyword: p.keyword, value: null, code: 'no-value', reason: `${p.keyword} is left out: ${state.reason}` });
      continue;
    }
    if (options.nonDefault && !named && (p.stored === null || sameValue(p, state.value, p.default))) continue;
    settings.push({ keyword: p.keyword, value: state.value });
  }
  const saveable = settings.filter((s) => {
    const problem = unsaveable(s);
    if (problem) skipped.push({ keyword: s.keyword, value: null, code: 'no-value', reason: `${s.keyword} is left out: ${problem}` });
    return problem === null;
  });

  const a = details.adapter;
  const profile: Profile = {
    $schema: PROFILE_SCHEMA_ID,
    formatVersion: PROFILE_FORMAT_VERSION,
    name: limit(clean(options.name), PROFILE_LIMITS.nameLength) || 'Profile',
    ...(options.description ? { description: limit(clean(options.description), PROFILE_LIMITS.descriptionLength) } : {}),
    ...(options.matchComponentId && a.componentId ? { match: { componentId: [limit(clean(a.componentId), PROFILE_LIMITS.patternLength)] } } : {}),
    savedFrom: {
      adapter: limit(clean(options.adapterTitle), 600),
      ...(a.componentId ? { componentId: limit(clean(a.componentId), 300) } : {}),
      savedAt: options.savedAt.toISOString(),
      tool: options.tool,
    },
    settings: saveable.slice(0, PROFILE_LIMITS.settings),
  };
  return { profile, skipped };
}
