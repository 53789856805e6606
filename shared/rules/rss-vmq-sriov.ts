/** RSS / VMQ / SR-IOV rules: R10, R16, R17, R19, R20, R23 (reference §4.2, §4.4). */

import type { AdapterView } from './adapter-view';
import { allOrNothing, alternatives, firstAllowed } from './fixes';
import { activeReceiveInterface, receiveInterfaceText, type ReceiveDecision } from './receive-table';
import type { FixChange, RuleFinding } from './types';
import { joinLabels } from './wording';

const SRIOV_PREFERRED = '*SriovPreferred';
const RSS_OR_VMQ = '*RssOrVmqPreference';
const HIDDEN_PREFERENCES = [SRIOV_PREFERRED, RSS_OR_VMQ];

/** The table decision for this adapter's values. */
export function receiveDecision(view: AdapterView): ReceiveDecision {
  return activeReceiveInterface({
    sriovPreferred: view.value(SRIOV_PREFERRED),
    rssOrVmqPreference: view.value(RSS_OR_VMQ),
    sriov: view.value('*SRIOV'),
    vmq: view.value('*VMQ'),
    rss: view.value('*RSS'),
  });
}

/** Preference keywords set to 1. */
function preferencesSet(view: AdapterView): string[] {
  return HIDDEN_PREFERENCES.filter((k) => view.isOn(k));
}

/** Put the preferences back to "absent or 0" (RSS preference), if the adapter allows it. */
function clearPreferences(view: AdapterView, prefs: readonly string[]): FixChange[] | null {
  return allOrNothing(prefs.map((k) => firstAllowed(view, k, [null, '0'], (after) => after === null || after.trim() === '0')));
}

function preferenceText(view: AdapterView, prefs: readonly string[]): string {
  return joinLabels(prefs.map((k) => `${view.name(k)}=1`));
}

/** R16: which of RSS / VMQ / SR-IOV is active, per the decision table. */
function receiveInterfaceRules(view: AdapterView, out: RuleFinding[]): void {
  if (!view.has('*RSS') && !view.has('*VMQ') && !view.has('*SRIOV') && !HIDDEN_PREFERENCES.some((k) => view.has(k))) return;
  const decision = receiveDecision(view);
  const prefs = preferencesSet(view);
  const involved = ['*SriovPreferred', '*RssOrVmqPreference', '*SRIOV', '*VMQ', '*RSS'].filter((k) => view.has(k)).map((k) => view.name(k));

  if (decision.active === 'undocumented') {
    // e.g. *SriovPreferred=1, *SRIOV=1, *VMQ=0: the documentation has no row for it.
    const toRowOne = view.value(SRIOV_PREFERRED)?.trim() === '1' && view.isOn(RSS_OR_VMQ) && view.isOn('*SRIOV');
    out.push({
      id: 'R16.c',
      severity: 'info',
      keywords: involved,
      message:
        "This combination of SR-IOV preference, RSS/VMQ preference, SR-IOV, VMQ and RSS settings is not covered by Microsoft's " +
        'decision table, so which receive interface the driver uses is undefined.',
      fixes: alternatives(view, toRowOne ? allOrNothing([firstAllowed(view, '*VMQ', ['1'])]) : null),
    });
    return;
  }
  if (prefs.length === 0) return; // rows 6/7: RSS per *RSS, nothing surprising

  if (decision.active === 'none') {
    // Rows 3 and 5: the preference points at a feature that is off, so nothing is active.
    const offFeatures = ['*SRIOV', '*VMQ'].filter((k) => view.has(k) && !view.isOn(k)).map((k) => view.label(k));
    out.push({
      id: 'R16.b',
      severity: 'warning',
      keywords: involved,
      message:
        `${preferenceText(view, prefs)} tells the driver to use VMQ${prefs.includes(SRIOV_PREFERRED) ? ' or SR-IOV' : ''} instead of RSS, but ` +
        `${offFeatures.length > 0 ? `${joinLabels(offFeatures)} ${offFeatures.length > 1 ? 'are' : 'is'} off` : 'VMQ is not offered'}, ` +
        'so none of RSS, VMQ or SR-IOV is active and one CPU handles all received traffic.',
      fixes: alternatives(view, clearPreferences(view, prefs)),
    });
    return;
  }
  if (view.isOn('*RSS') && decision.active !== 'rss') {
    // RSS cannot be active while SR-IOV or VMQ is (R16). A stored RSS=1 is a request; the Default is not.
    const asked = view.isStored('*RSS');
    out.push({
      id: 'R16.a',
      severity: asked ? 'warning' : 'info',
      keywords: involved,
      message:
        `${view.label('*RSS')} is on, but ${preferenceText(view, prefs)} makes the driver use ${receiveInterfaceText(decision.active)} ` +
        'instead: RSS cannot be active at the same time, so RSS is not used on this adapter.',
      fixes: alternatives(view, asked ? clearPreferences(view, prefs) : null),
    });
  }
}

/** R17: the two preference keywords are hidden and must never be in Ndi\params or on the Advanced page. */
function hiddenPreferencesShown(view: AdapterView, out: RuleFinding[]): void {
  for (const kw of HIDDEN_PREFERENCES) {
    if (!view.inNdiParams(kw)) continue;
    out.push({
      id: 'R17',
      severity: 'error',
      keywords: [view.name(kw)],
      message:
        `This driver shows ${view.name(kw)} on the Advanced page${view.label(kw) !== kw ? ` as "${view.label(kw)}"` : ''}, but Windows says this hidden ` +
        'switch must never appear in the INF or the UI: it decides whether RSS, VMQ or SR-IOV is used. Leave it alone and report it to the driver vendor.',
      fixes: [],
    });
  }
}

/** A value the user set that differs from the driver's Default. */
function customized(view: AdapterView, kw: string): boolean {
  const slot = view.slot(kw);
  if (!slot || !view.isStored(kw)) return false;
  return slot.property === null || slot.value !== slot.property.default;
}

const BALANCED_LOCKED = ['*RssBaseProcNumber', '*RssBaseProcGroup', '*RssMaxProcNumber', '*RssMaxProcGroup', '*NumaNodeId'];

/** R19: with *RSSProfile=6 (NdisRssProfileBalanced) the CPU placement keywords cannot be configured. */
function balancedProfile(view: AdapterView, out: RuleFinding[]): void {
  if (view.int('*RSSProfile') !== 6) return;
  const set = BALANCED_LOCKED.filter((k) => customized(view, k));
  if (set.length === 0) return;
  out.push({
    id: 'R19',
    severity: 'warning',
    keywords: [view.name('*RSSProfile'), ...set.map((k) => view.name(k))],
    message:
      `${view.label('*RSSProfile')} is the Balanced profile (6), which ignores ${joinLabels(set.map((k) => view.label(k)))}: ` +
      'with it only the maximum number of RSS processors and queues can be configured.',
    fixes: alternatives(view, allOrNothing(set.map((k) => firstAllowed(view, k, [null])))),
  });
}

/** R20: the maximum RSS processor needs its group too, and the base must not be above the maximum. */
function rssProcessorRange(view: AdapterView, out: RuleFinding[]): void {
  if (view.isStored('*RssMaxProcNumber') && !view.isStored('*RssMaxProcGroup')) {
    const group = view.value('*RssMaxProcGroup') ?? '0';
    out.push({
      id: 'R20.a',
      severity: 'warning',
      keywords: [view.name('*RssMaxProcNumber'), view.name('*RssMaxProcGroup')],
      message: `${view.label('*RssMaxProcNumber')} is set, but ${view.label('*RssMaxProcGroup')} is not: Windows asks for both to be set together.`,
      fixes: alternatives(view, allOrNothing([firstAllowed(view, '*RssMaxProcGroup', [group, '0'])])),
    });
  }
  const maxNumber = view.int('*RssMaxProcNumber');
  if (maxNumber === null) return;
  const base = [view.int('*RssBaseProcGroup') ?? 0, view.int('*RssBaseProcNumber') ?? 0] as const;
  const max = [view.int('*RssMaxProcGroup') ?? 0, maxNumber] as const;
  if (base[0] > max[0] || (base[0] === max[0] && base[1] > max[1])) {
    out.push({
      id: 'R20.b',
      severity: 'warning',
      keywords: ['*RssBaseProcGroup', '*RssBaseProcNumber', '*RssMaxProcGroup', '*RssMaxProcNumber'].filter((k) => view.has(k)).map((k) => view.name(k)),
      message:
        `The first RSS processor (group ${base[0]}, number ${base[1]}) is after the last one (group ${max[0]}, number ${max[1]}), ` +
        'so RSS may get no processors.',
      fixes: [],
    });
  }
}

/** R23: with VMQ active the driver does not read the RSS processor limits. */
function vmqIgnoresRssLimits(view: AdapterView, out: RuleFinding[]): void {
  const active = receiveDecision(view).active;
  if (active !== 'vmq' && active !== 'sriov+vmq') return;
  const set = ['*RssMaxProcNumber', '*MaxRssProcessors'].filter((k) => view.isStored(k));
  if (set.length === 0) return;
  out.push({
    id: 'R23',
    severity: 'info',
    keywords: set.map((k) => view.name(k)),
    message: `VMQ is active on this adapter, so the driver does not read ${joinLabels(set.map((k) => view.label(k)))}.`,
    fixes: [],
  });
}

/** R24: with VMMQ on, virtual ports use the ClosestProcessor policy and *MaxRssProcessors must not cap them. */
function vmmqNotes(view: AdapterView, out: RuleFinding[]): void {
  if (!view.isOn('*RssOnHostVPorts')) return;
  const profile = view.int('*RSSProfile');
  const notes: string[] = [];
  const keywords = [view.name('*RssOnHostVPorts')];
  if (profile !== null && profile !== 1) {
    notes.push(`virtual ports use the ClosestProcessor policy whatever ${view.label('*RSSProfile')} says`);
    keywords.push(view.name('*RSSProfile'));
  }
  if (view.isStored('*MaxRssProcessors')) {
    notes.push(`${view.label('*MaxRssProcessors')} must not limit the queues the adapter reports for VMMQ`);
    keywords.push(view.name('*MaxRssProcessors'));
  }
  if (notes.length === 0) return;
  out.push({
    id: 'R24',
    severity: 'info',
    keywords,
    message: `${view.label('*RssOnHostVPorts')} (VMMQ) is on: ${joinLabels(notes)}.`,
    fixes: [],
  });
}

/** R10: *VMQLookaheadSplit is obsolete since NDIS 6.30. */
function obsoleteLookaheadSplit(view: AdapterView, out: RuleFinding[]): void {
  const kw = '*VMQLookaheadSplit';
  if (!view.has(kw)) return;
  out.push({
    id: 'R10',
    severity: 'info',
    keywords: [view.name(kw)],
    message: `${view.label(kw)} is obsolete since Windows Server 2012 (NDIS 6.30): current Windows ignores it.`,
    fixes: alternatives(view, view.inNdiParams(kw) ? null : [{ keyword: view.name(kw), value: null }]),
  });
}

/** RSS / VMQ / SR-IOV rules. */
export function rssVmqSriovRules(view: AdapterView, out: RuleFinding[]): void {
  receiveInterfaceRules(view, out);
  hiddenPreferencesShown(view, out);
  balancedProfile(view, out);
  rssProcessorRange(view, out);
  vmqIgnoresRssLimits(view, out);
  vmmqNotes(view, out);
  obsoleteLookaheadSplit(view, out);
}
