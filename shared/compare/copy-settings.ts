/**
 * "Make adapter B like adapter A": A's state as settings, planned against B's own metadata. What
 * cannot be copied is listed with the reason (B does not define it, B's driver does not offer the
 * value, out of B's range…); nothing is ever written that B's driver would refuse.
 */

import type { AdapterDetails } from '../model/adapter';
import { findKeyword, isAdapterIdentityKeyword, propertyState, registryOnlyText } from '../profiles/adapter-settings';
import type { ProfileSetting } from '../profiles/profile';
import { planSettings, type SettingSkip, type SettingsPlan } from '../profiles/plan-settings';

export interface CopyNames {
  readonly from: string;
  readonly to: string;
}

/**
 * Plan copying `from`'s values to `to`: every keyword both define (or the ones named). Keywords only
 * `from` defines are skipped as not defined on `to`; NetworkAddress only when named.
 */
export function planCopy(from: AdapterDetails, to: AdapterDetails, names: CopyNames, keywords?: readonly string[]): SettingsPlan {
  const named = keywords && keywords.length > 0 ? keywords : null;
  const settings: ProfileSetting[] = [];
  const skipped: SettingSkip[] = [];
  for (const keyword of named ?? from.properties.map((p) => p.keyword)) {
    const source = findKeyword(from, keyword);
    if (source === null) {
      skipped.push({ keyword, value: null, code: 'not-defined', reason: `${keyword} is not a keyword of ${names.from}.` });
      continue;
    }
    if (source.kind === 'registry-only') {
      const text = registryOnlyText(source.value);
      if (text === null)
        skipped.push({
          keyword: source.value.keyword,
          value: null,
          code: 'no-value',
          reason: `${source.value.keyword} on ${names.from} is stored as ${source.value.type}, which is not copied.`,
        });
      else settings.push({ keyword: source.value.keyword, value: text });
      continue;
    }
    const p = source.property;
    if (!named && isAdapterIdentityKeyword(p.keyword)) {
      skipped.push({ keyword: p.keyword, value: null, code: 'identity', reason: `${p.keyword} is ${names.from}'s own address; name it to copy it.` });
      continue;
    }
    const state = propertyState(p);
    if (!state.ok) {
      skipped.push({ keyword: p.keyword, value: null, code: 'no-value', reason: `${p.keyword} on ${names.from} is not copied: ${state.reason}` });
      continue;
    }
    settings.push({ keyword: p.keyword, value: state.value });
  }
  const plan = planSettings(to, settings, names.to);
  return { ...plan, skipped: [...skipped, ...plan.skipped] };
}
