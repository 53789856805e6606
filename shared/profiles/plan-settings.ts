/**
 * What a set of keyword values (a profile, a preset, values copied from another adapter) means for
 * one adapter: which values change, which already hold, and which cannot be applied and why —
 * checked against that adapter's own driver metadata, never against the adapter they came from.
 * The changes then go through the ordinary change pipeline (planWrites validates them once more).
 */

import type { AdapterDetails } from '../model/adapter';
import type { AdapterChange } from '../model/change-set';
import { displayValue, sameValue } from '../model/same-value';
import { displayName, validateValue } from '../model/validate-value';
import { findKeyword, registryOnlyText } from './adapter-settings';
import type { ProfileSetting } from './profile';

/** Why a setting is not applied to an adapter. */
export type SkipCode =
  /** The adapter neither defines the keyword in Ndi\params nor stores it. */
  | 'not-defined'
  /** The driver does not offer that value (enum option missing). */
  | 'not-offered'
  /** The value does not fit the driver's numeric or text metadata. */
  | 'invalid'
  /** The driver requires a value; Not Present is not allowed. */
  | 'required'
  /** Not asked for: a keyword that identifies one adapter (NetworkAddress) unless named. */
  | 'identity'
  /** The source side has no usable value (invalid stored value, no Default). */
  | 'no-value';

/** A value that will be written. */
export interface SettingChange {
  readonly keyword: string;
  readonly label: string;
  /** The adapter's current state (stored text, or null when not set). */
  readonly from: string | null;
  readonly fromDisplay: string;
  /** The value to write as the driver spells it (null = delete). */
  readonly to: string | null;
  readonly toDisplay: string;
}

export interface SettingSkip {
  readonly keyword: string;
  readonly value: string | null;
  readonly code: SkipCode;
  /** A sentence for a person. */
  readonly reason: string;
}

export interface SettingsPlan {
  readonly changes: readonly SettingChange[];
  /** Settings the adapter already has. */
  readonly unchanged: readonly ProfileSetting[];
  readonly skipped: readonly SettingSkip[];
}

const SKIP_FOR_STATUS: Readonly<Record<string, SkipCode>> = {
  'not-in-enum': 'not-offered',
  'wrong-type': 'invalid',
  'not-a-number': 'invalid',
  'out-of-range': 'invalid',
  'off-step': 'invalid',
  'too-long': 'invalid',
};

/** Plan `settings` for one adapter. `adapterName` is used in reasons ("… on Ethernet 2"). */
export function planSettings(details: AdapterDetails, settings: readonly ProfileSetting[], adapterName: string): SettingsPlan {
  const changes: SettingChange[] = [];
  const unchanged: ProfileSetting[] = [];
  const skipped: SettingSkip[] = [];

  for (const setting of settings) {
    const slot = findKeyword(details, setting.keyword);
    if (slot === null) {
      skipped.push({ ...setting, code: 'not-defined', reason: `${setting.keyword} is not a keyword of ${adapterName}: its driver does not define it.` });
      continue;
    }
    if (slot.kind === 'registry-only') {
      // No metadata to check against: the value is written as text, as the Advanced page would.
      const r = slot.value;
      const current = registryOnlyText(r);
      if (setting.value !== null && current === setting.value) unchanged.push({ keyword: r.keyword, value: setting.value });
      else
        changes.push({
          keyword: r.keyword,
          label: r.keyword,
          from: current,
          fromDisplay: current ?? `(${r.type})`,
          to: setting.value,
          toDisplay: displayValue(null, setting.value),
        });
      continue;
    }
    const p = slot.property;
    const current = p.stored === null ? null : p.effective;
    // Already there (compared as the driver reads it): nothing to write, even when the driver's
    // metadata would refuse the value today.
    const holds = setting.value === null ? p.stored === null : sameValue(p, p.effective, setting.value);
    if (holds) {
      unchanged.push({ keyword: p.keyword, value: setting.value });
      continue;
    }
    const check = validateValue(p, setting.value);
    if (!check.ok) {
      const code = setting.value === null ? 'required' : (SKIP_FOR_STATUS[check.status] ?? 'invalid');
      skipped.push({ keyword: p.keyword, value: setting.value, code, reason: check.message });
      continue;
    }
    changes.push({
      keyword: p.keyword,
      label: displayName(p),
      from: current,
      fromDisplay: current === null ? (p.effective === null ? 'Not Present' : `not set (default ${displayValue(p, p.effective)})`) : displayValue(p, current),
      to: check.value,
      toDisplay: displayValue(p, check.value),
    });
  }
  return { changes, unchanged, skipped };
}

/** The plan's changes as a change set for the adapter. */
export function planChanges(adapterId: string, plan: SettingsPlan): AdapterChange[] {
  return plan.changes.map((c) => ({ scope: 'adapter', adapterId, keyword: c.keyword, value: c.to }));
}

/** Drift: the adapter differs from the settings where a value would change or cannot be applied (keywords it does not define are not drift). */
export function hasDrift(plan: SettingsPlan): boolean {
  return plan.changes.length > 0 || plan.skipped.some((s) => s.code !== 'not-defined');
}
