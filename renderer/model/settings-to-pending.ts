/**
 * Presets, profiles, copied values and "Fix all" as pending edits. Each is planned with the shared
 * code the CLI uses (planSettings, planCopy, planFixAll) against the adapter **as it will be** with
 * its pending edits — so a preset also overrides an edit made before it — and then put into the
 * pending edits like any edit (an edit that brings a value back to what is stored disappears).
 */

import { planCopy, type CopyNames } from '../../shared/compare/copy-settings';
import type { AdapterDetails, Globals } from '../../shared/model/adapter';
import { planSettings, type SettingsPlan } from '../../shared/profiles/plan-settings';
import { presetSettings, type PresetId } from '../../shared/profiles/presets';
import type { ProfileSetting } from '../../shared/profiles/profile';
import { planFixAll, type FixAllPlan } from '../../shared/rules/fix-all';
import { withChanges } from '../../shared/rules/with-changes';
import type { FixChange } from '../../shared/rules/types';
import { adapterEdits, applyFix, type PendingState } from '../stores/pending-changes';

/** The adapter with its pending edits made. */
export function asItWillBe(state: PendingState, details: AdapterDetails): AdapterDetails {
  const edits = adapterEdits(state, details.adapter.id);
  return edits.length > 0 ? withChanges(details, edits) : details;
}

function put(state: PendingState, details: AdapterDetails, changes: readonly FixChange[]): PendingState {
  return applyFix(state, details, changes);
}

function planAsChanges(plan: SettingsPlan): FixChange[] {
  return plan.changes.map((c) => ({ keyword: c.keyword, value: c.to }));
}

/** Keyword values (a profile's settings) on one adapter. */
export function addSettings(
  state: PendingState,
  details: AdapterDetails,
  settings: readonly ProfileSetting[],
  name: string,
): { state: PendingState; plan: SettingsPlan } {
  const plan = planSettings(asItWillBe(state, details), settings, name);
  return { state: put(state, details, planAsChanges(plan)), plan };
}

/** A built-in preset on one adapter; what the preset itself leaves out comes first in `skipped`. */
export function addPreset(state: PendingState, details: AdapterDetails, id: PresetId, name: string): { state: PendingState; plan: SettingsPlan } {
  const target = asItWillBe(state, details);
  const preset = presetSettings(id, target);
  const plan = planSettings(target, preset.settings, name);
  return { state: put(state, details, planAsChanges(plan)), plan: { ...plan, skipped: [...preset.skipped, ...plan.skipped] } };
}

/** Make `to` like `from` (all keywords both define, or those named), where `to`'s driver accepts the values. */
export function addCopy(
  state: PendingState,
  from: AdapterDetails,
  to: AdapterDetails,
  names: CopyNames,
  keywords?: readonly string[],
): { state: PendingState; plan: SettingsPlan } {
  const plan = planCopy(from, asItWillBe(state, to), names, keywords);
  return { state: put(state, to, planAsChanges(plan)), plan };
}

/** Every finding's fix on one adapter, as it will be with its pending edits. */
export function addFixAll(state: PendingState, details: AdapterDetails, globals: Globals, includeInfo = false): { state: PendingState; plan: FixAllPlan } {
  const plan = planFixAll(asItWillBe(state, details), globals, { includeInfo });
  return { state: put(state, details, plan.changes), plan };
}
