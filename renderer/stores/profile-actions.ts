/**
 * Async flows behind Compare…, Copy settings to…, the Profiles menu, Fix all and the report
 * commands: call the back end where it must (files, reports), plan with the shared code
 * (settings-to-pending.ts), put the result into the pending edits and say what happened.
 * Nothing here writes the registry: presets, profiles and fixes end in the review.
 */

import type { CompareOutcome, RequestOf } from '../../shared/ipc/contract';
import type { AdapterDetails } from '../../shared/model/adapter';
import { describeMatch, profileMatches } from '../../shared/profiles/match';
import type { SettingsPlan } from '../../shared/profiles/plan-settings';
import { presetById, type PresetId } from '../../shared/profiles/presets';
import type { FixAllPlan } from '../../shared/rules/fix-all';
import { adapterTitle } from '../features/adapters/adapter-item';
import { addCopy, addFixAll, addPreset, addSettings } from '../model/settings-to-pending';
import { currentClient, downloadFile, errorNotice, fromBase64, loadAdapter, reviewPending, selectAdapterAndLoad, toBase64, whereSaved } from './actions';
import { addNotice, updateApp, useAppStore, type NoticeIntent } from './app-store';
import { usePendingStore } from './pending-changes';

function notice(intent: NoticeIntent, title: string, message: string, details: readonly string[] = []): void {
  updateApp((s) => addNotice(s, { intent, title, message, ...(details.length > 0 ? { details } : {}) }));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function selected(): AdapterDetails | null {
  const s = useAppStore.getState();
  return s.selectedAdapterId === null ? null : (s.details[s.selectedAdapterId] ?? null);
}

/** Report a plan: what became pending, what was left alone and why. */
function planNotice(title: string, target: AdapterDetails, plan: SettingsPlan): void {
  const n = plan.changes.length;
  const skipped = plan.skipped.map((s) => (s.reason.includes(s.keyword) ? s.reason : `${s.keyword}: ${s.reason}`));
  const what =
    n === 0
      ? `Nothing to change on ${adapterTitle(target.adapter)}: ${plan.unchanged.length > 0 ? 'every value is already set' : 'no value applies'}.`
      : `${plural(n, 'pending change')} on ${adapterTitle(target.adapter)}; review them before they are applied.`;
  notice(
    skipped.length > 0 ? 'warning' : n === 0 ? 'info' : 'success',
    title,
    `${what}${skipped.length > 0 ? ` ${plural(skipped.length, 'setting')} left as ${skipped.length === 1 ? 'it is' : 'they are'}:` : ''}`,
    skipped,
  );
}

/** Apply a built-in preset to the selected adapter: pending edits, then the review. */
export function applyPreset(id: PresetId): void {
  const details = selected();
  if (!details) return;
  const { state, plan } = addPreset(usePendingStore.getState(), details, id, adapterTitle(details.adapter));
  usePendingStore.getState().replace(state);
  planNotice(presetById(id).name, details, plan);
  if (plan.changes.length > 0) reviewPending();
}

/** Read a profile file chosen by the person (validated by the back end) and apply it to the selected adapter. */
export async function applyProfileFile(file: File): Promise<void> {
  const details = selected();
  if (!details) return;
  const r = await currentClient().readProfile(file.name, toBase64(await file.arrayBuffer()));
  if (!r.ok) {
    errorNotice('Could not use the profile', r.error);
    return;
  }
  const profile = r.value;
  if (!profileMatches(profile.match, details.adapter)) {
    notice(
      'error',
      'Profile not applied',
      `"${profile.name}" is for adapters with ${describeMatch(profile.match!)}; ${adapterTitle(details.adapter)} does not match (ComponentId ${details.adapter.componentId ?? 'none'}).`,
    );
    return;
  }
  const { state, plan } = addSettings(usePendingStore.getState(), details, profile.settings, adapterTitle(details.adapter));
  usePendingStore.getState().replace(state);
  planNotice(`Profile "${profile.name}"`, details, plan);
  if (plan.changes.length > 0) reviewPending();
}

/** Save the selected adapter as a profile file (a download). */
export async function saveProfile(request: Omit<RequestOf<'profiles:save'>, 'adapterId'>): Promise<boolean> {
  const details = selected();
  if (!details) return false;
  const r = await currentClient().saveProfile({ ...request, adapterId: details.adapter.id });
  if (!r.ok) {
    errorNotice('Could not save the profile', r.error);
    return false;
  }
  downloadFile(r.value);
  notice(
    'success',
    `Saved ${r.value.suggestedName}`,
    `The settings of ${adapterTitle(details.adapter)} as a profile. ${whereSaved()}`,
    r.value.skipped.map((s) => `Left out: ${s}`),
  );
  return true;
}

/** Fix every finding of the selected adapter (as it will be with the pending edits) that offers a fix. */
export function fixAll(): void {
  const details = selected();
  const globals = useAppStore.getState().globals;
  if (!details || !globals) return;
  const { state, plan } = addFixAll(usePendingStore.getState(), details, globals);
  usePendingStore.getState().replace(state);
  notice(
    plan.chosen.length === 0 ? 'info' : plan.remaining.some((f) => f.severity !== 'info') ? 'warning' : 'success',
    'Fix all',
    fixAllMessage(details, plan),
    fixAllDetails(plan),
  );
  if (plan.changes.length > 0) reviewPending();
}

function fixAllMessage(details: AdapterDetails, plan: FixAllPlan): string {
  const name = adapterTitle(details.adapter);
  if (plan.chosen.length === 0) return `No finding of ${name} offers a fix to make.`;
  const left = plan.remaining.filter((f) => f.severity !== 'info').length;
  return `${plural(plan.chosen.length, 'finding')} fixed by ${plural(plan.changes.length, 'pending change')} on ${name}; ${left === 0 ? 'no error or warning remains' : `${plural(left, 'error or warning', 'errors or warnings')} remain${left === 1 ? 's' : ''}`}.`;
}

function fixAllDetails(plan: FixAllPlan): string[] {
  return [
    ...plan.chosen.map(
      (c) =>
        `Fixed: ${c.fix.label}${c.alternatives > 1 ? ` (fix ${c.alternative} of ${c.alternatives}${c.alternative > 1 ? '; the first conflicts with another fix' : ''})` : ''}.`,
    ),
    ...plan.unfixed.map(
      (u) => `Not fixed: ${u.finding.message} ${u.reason === 'info' ? '(information only)' : '(every fix it offers conflicts with one already chosen)'}`,
    ),
    ...plan.remaining.filter((f) => f.severity !== 'info').map((f) => `Remains: ${f.message}`),
  ];
}

/** Compare the selected adapter with another one of this source, or with the same adapter in files. */
export async function compareSelected(
  other: { kind: 'adapter'; adapterId: string } | { kind: 'files'; files: readonly File[]; adapterId?: string },
): Promise<CompareOutcome | null> {
  const details = selected();
  if (!details) return null;
  const request: RequestOf<'compare:adapters'> =
    other.kind === 'adapter'
      ? { adapterId: details.adapter.id, other }
      : {
          adapterId: details.adapter.id,
          other: {
            kind: 'files',
            files: await Promise.all(other.files.map(async (f) => ({ name: f.name, contentBase64: toBase64(await f.arrayBuffer()) }))),
            ...(other.adapterId !== undefined ? { adapterId: other.adapterId } : {}),
          },
        };
  const r = await currentClient().compare(request);
  if (!r.ok) {
    errorNotice('Could not compare', r.error);
    return null;
  }
  return r.value;
}

/** Copy values of the other side of a comparison (all differing keywords, or those given) into the selected adapter's pending edits. */
export function copyFromComparison(from: AdapterDetails, fromSource: string, keywords: readonly string[]): SettingsPlan | null {
  const to = selected();
  if (!to) return null;
  const { state, plan } = addCopy(
    usePendingStore.getState(),
    from,
    to,
    { from: `${adapterTitle(from.adapter)} (${fromSource})`, to: adapterTitle(to.adapter) },
    keywords,
  );
  usePendingStore.getState().replace(state);
  planNotice(`Copied from ${adapterTitle(from.adapter)}`, to, plan);
  return plan;
}

/** The plan of copying the selected adapter's values to another adapter of this source (for the dialog's preview). */
export async function planCopyTo(targetId: string): Promise<{ from: AdapterDetails; to: AdapterDetails; plan: SettingsPlan } | null> {
  const from = selected();
  if (!from) return null;
  if (!useAppStore.getState().details[targetId]) await loadAdapter(targetId);
  const to = useAppStore.getState().details[targetId];
  if (!to) return null;
  const { plan } = addCopy(usePendingStore.getState(), from, to, { from: adapterTitle(from.adapter), to: adapterTitle(to.adapter) });
  return { from, to, plan };
}

/** Copy the selected adapter's values to another adapter as pending edits, then show that adapter. */
export async function copySettingsTo(targetId: string): Promise<void> {
  const planned = await planCopyTo(targetId);
  if (!planned) return;
  const { state, plan } = addCopy(usePendingStore.getState(), planned.from, planned.to, {
    from: adapterTitle(planned.from.adapter),
    to: adapterTitle(planned.to.adapter),
  });
  usePendingStore.getState().replace(state);
  planNotice(`Copied settings of ${adapterTitle(planned.from.adapter)}`, planned.to, plan);
  await selectAdapterAndLoad(targetId);
}

type ReportScope = 'adapter' | 'visible';

async function renderReport(format: 'md' | 'html', scope: ReportScope) {
  const details = selected();
  if (scope === 'adapter' && !details) return null;
  const r = await currentClient().renderReport({ format, scope, ...(scope === 'adapter' ? { adapterId: details!.adapter.id } : {}) });
  if (!r.ok) {
    errorNotice('Could not make the report', r.error);
    return null;
  }
  return r.value;
}

/** Put text on the clipboard: the async API, else the copy command (allowed during a click without any permission). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** Copy the Markdown report (of the selected adapter, or of every adapter a person sees) for a ticket. */
export async function copyReport(scope: ReportScope): Promise<void> {
  const file = await renderReport('md', scope);
  if (!file) return;
  const text = new TextDecoder().decode(fromBase64(file.contentBase64));
  if (await copyText(text))
    notice(
      'success',
      'Report copied',
      `The ${scope === 'adapter' ? "adapter's" : "adapters'"} report is on the clipboard as Markdown, ready to paste into a ticket.`,
    );
  else notice('error', 'Report not copied', 'The clipboard could not be written; use Save report instead.');
}

/** Save the report of every adapter a person sees as one HTML page (or Markdown). */
export async function saveReport(format: 'md' | 'html'): Promise<void> {
  const file = await renderReport(format, 'visible');
  if (!file) return;
  downloadFile(file);
  notice('success', `Saved ${file.suggestedName}`, `The report as ${format === 'html' ? 'one self-contained HTML page' : 'Markdown'}. ${whereSaved()}`);
}
