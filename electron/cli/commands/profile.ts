/**
 * `nicprops profile save|apply|check|validate|presets`: keyword values kept in a file (or a built-in
 * preset, named `preset:ID`) and applied to adapters through the ordinary change pipeline.
 */

import type { AdapterDetails } from '../../../shared/model/adapter';
import { describeMatch, profileMatches } from '../../../shared/profiles/match';
import { profileBytes, ProfileError } from '../../../shared/profiles/parse-profile';
import { hasDrift, planChanges, planSettings, type SettingsPlan } from '../../../shared/profiles/plan-settings';
import { isPresetId, presetById, presetSettings, PRESETS, type PresetId } from '../../../shared/profiles/presets';
import type { Profile, ProfileSetting } from '../../../shared/profiles/profile';
import { profileFromAdapter } from '../../../shared/profiles/save-profile';
import { readAllAdapterDetails } from '../../services/adapter-reader';
import { readProfileFile } from '../../services/profile-file';
import { TOOL_NAME } from '../../services/tool-info';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-error';
import { EXIT } from '../exit-codes';
import { adapterJson } from '../json-shapes';
import { adapterTitle, findAdapter, resolveAdapter } from '../open-source';
import { writeOutputFile } from '../output-file';
import { textLines } from '../terminal-text';
import { runChanges, type ChangeOptions } from './change-runner';
import { planJson, planLines } from './settings-plan-text';

/** A profile file or a preset: what `apply` and `check` take. */
type SettingsSource = { readonly kind: 'file'; readonly path: string; readonly profile: Profile } | { readonly kind: 'preset'; readonly id: PresetId };

const PRESET_PREFIX = 'preset:';

/** Read what FILE names: `preset:ID` (a colon cannot be in a Windows file name), else a profile file. */
async function settingsSource(spec: string): Promise<SettingsSource> {
  if (spec.startsWith(PRESET_PREFIX)) {
    const id = spec.slice(PRESET_PREFIX.length);
    if (!isPresetId(id)) throw new CliError(`There is no preset "${id}"; the presets are ${PRESETS.map((p) => `preset:${p.id}`).join(', ')}.`, EXIT.notFound);
    return { kind: 'preset', id };
  }
  return { kind: 'file', path: spec, profile: await readProfile(spec) };
}

async function readProfile(path: string): Promise<Profile> {
  try {
    return await readProfileFile(path);
  } catch (error) {
    if (error instanceof ProfileError) throw new CliError(error.message, EXIT.badFile, error.details);
    throw error;
  }
}

function sourceName(s: SettingsSource): string {
  return s.kind === 'preset' ? `preset "${presetById(s.id).name}"` : `profile "${s.profile.name}" (${s.path})`;
}

function sourceJson(s: SettingsSource) {
  return s.kind === 'preset' ? { preset: s.id, name: presetById(s.id).name } : { file: s.path, name: s.profile.name };
}

/** The adapters named, once each; refuses those a profile's match leaves out unless told to ignore it. */
async function targets(ctx: CliContext, source: SettingsSource, queries: readonly string[], ignoreMatch: boolean): Promise<AdapterDetails[]> {
  const all = await readAllAdapterDetails(ctx.source);
  const chosen = [...new Map(queries.map((q) => findAdapter(all, q)).map((d) => [d.adapter.id, d])).values()];
  if (source.kind === 'file' && source.profile.match && !ignoreMatch) {
    const match = source.profile.match;
    const outside = chosen.filter((d) => !profileMatches(match, d.adapter));
    if (outside.length > 0) {
      throw new CliError(
        `The profile is for adapters with ${describeMatch(match)}; ${outside.length === 1 ? 'this adapter does' : 'these adapters do'} not match (add --ignore-match to apply it anyway).`,
        EXIT.validation,
        outside.map((d) => `${d.adapter.id}  ${adapterTitle(d)}  (ComponentId ${d.adapter.componentId ?? 'none'})`),
      );
    }
  }
  return chosen;
}

/** The settings for one adapter, and what a preset leaves out for it. */
function planFor(source: SettingsSource, details: AdapterDetails): SettingsPlan {
  let settings: readonly ProfileSetting[];
  let presetSkipped: SettingsPlan['skipped'] = [];
  if (source.kind === 'preset') {
    const preset = presetSettings(source.id, details);
    settings = preset.settings;
    presetSkipped = preset.skipped;
  } else {
    settings = source.profile.settings;
  }
  const plan = planSettings(details, settings, `${adapterTitle(details)} (${details.adapter.id})`);
  return { ...plan, skipped: [...presetSkipped, ...plan.skipped] };
}

export interface ProfileSaveOptions {
  readonly nonDefault?: boolean;
  readonly name?: string;
  readonly description?: string;
  readonly match?: boolean;
  readonly force?: boolean;
}

export async function profileSaveCommand(
  ctx: CliContext,
  adapter: string,
  file: string,
  keywords: readonly string[],
  options: ProfileSaveOptions,
): Promise<number> {
  const details = await resolveAdapter(ctx.source, adapter);
  const title = adapterTitle(details);
  const { profile, skipped } = profileFromAdapter(details, {
    name: options.name ?? `${title} settings`,
    description: options.description,
    keywords,
    nonDefault: options.nonDefault,
    matchComponentId: options.match,
    adapterTitle: `${title} (${details.adapter.id}, ${ctx.source.label})`,
    savedAt: new Date(),
    tool: TOOL_NAME,
  });
  const missing = skipped.filter((s) => s.code === 'not-defined');
  if (missing.length > 0) throw new CliError(`${missing.map((s) => s.keyword).join(', ')}: not a keyword of ${title}; nothing saved.`, EXIT.notFound);
  if (options.match && !details.adapter.componentId) throw new CliError(`${title} has no ComponentId to match on; save without --match.`, EXIT.usage);
  const path = await writeOutputFile(file, profileBytes(profile), { force: options.force, readingFrom: ctx.inputFiles });
  ctx.print({ file: path, profile, skipped: skipped.map((s) => ({ keyword: s.keyword, code: s.code, reason: s.reason })) }, () =>
    textLines([
      `Saved ${profile.settings.length} settings of ${title} to ${file}.`,
      ...(skipped.length > 0 ? ['Left out:', ...skipped.map((s) => `  - ${s.reason}`)] : []),
    ]),
  );
  return EXIT.ok;
}

export async function profileApplyCommand(
  ctx: CliContext,
  spec: string,
  adapters: readonly string[],
  options: ChangeOptions & { ignoreMatch?: boolean },
): Promise<number> {
  const source = await settingsSource(spec);
  const chosen = await targets(ctx, source, adapters, options.ignoreMatch === true);
  const plans = chosen.map((details) => ({ details, plan: planFor(source, details) }));
  const lines = [`Applying ${sourceName(source)}:`, ...plans.flatMap(({ details, plan }) => planLines(details, plan)), ''];
  return runChanges(
    ctx,
    plans.flatMap(({ details, plan }) => planChanges(details.adapter.id, plan)),
    chosen,
    options,
    { json: { profile: sourceJson(source), plans: plans.map(({ details, plan }) => planJson(details, plan)) }, lines },
  );
}

export async function profileCheckCommand(ctx: CliContext, spec: string, adapters: readonly string[], options: { ignoreMatch?: boolean }): Promise<number> {
  const source = await settingsSource(spec);
  const chosen = await targets(ctx, source, adapters, options.ignoreMatch === true);
  const results = chosen.map((details) => {
    const plan = planFor(source, details);
    return { details, plan, drift: hasDrift(plan) };
  });
  const drift = results.some((r) => r.drift);
  ctx.print(
    {
      profile: sourceJson(source),
      drift,
      adapters: results.map(({ details, plan, drift: d }) => ({
        adapter: adapterJson(details.adapter),
        drift: d,
        differs: plan.changes.map((c) => ({ keyword: c.keyword, label: c.label, current: c.from, wanted: c.to })),
        cannotApply: plan.skipped.filter((s) => s.code !== 'not-defined').map((s) => ({ keyword: s.keyword, wanted: s.value, code: s.code, reason: s.reason })),
        notDefined: plan.skipped.filter((s) => s.code === 'not-defined').map((s) => s.keyword),
        matching: plan.unchanged.length,
      })),
    },
    () =>
      textLines(
        results.flatMap(({ details, plan, drift: d }) => [
          `${adapterTitle(details)} (${details.adapter.id}): ${d ? 'differs from' : 'matches'} the ${sourceName(source)}${d ? ':' : '.'}`,
          ...plan.changes.map((c) => `  ~ ${c.label} (${c.keyword}): ${c.fromDisplay}, wanted ${c.toDisplay}`),
          ...plan.skipped.filter((s) => s.code !== 'not-defined').map((s) => `  ! ${s.keyword}: cannot be applied: ${s.reason}`),
          ...(plan.skipped.some((s) => s.code === 'not-defined')
            ? [
                `  (not defined by this driver, ignored: ${plan.skipped
                  .filter((s) => s.code === 'not-defined')
                  .map((s) => s.keyword)
                  .join(', ')})`,
              ]
            : []),
        ]),
      ),
  );
  return drift ? EXIT.differs : EXIT.ok;
}

export async function profileValidateCommand(ctx: CliContext, file: string): Promise<number> {
  const profile = await readProfile(file);
  ctx.print(
    { file, valid: true, name: profile.name, settings: profile.settings.length },
    () => `${file} is a valid profile: "${profile.name}", ${profile.settings.length} settings.`,
  );
  return EXIT.ok;
}

export function profilePresetsCommand(ctx: CliContext): number {
  ctx.print(
    PRESETS.map((p) => ({ id: p.id, name: p.name, description: p.sentence })),
    () => textLines(PRESETS.flatMap((p) => [`preset:${p.id}  ${p.name}`, `  ${p.sentence}`])),
  );
  return EXIT.ok;
}
