/**
 * Built-in presets: settings computed for one adapter from the keyword catalog and that adapter's
 * own metadata. A preset proposes only keywords the driver defines in Ndi\params; planSettings
 * then refuses any value the driver does not offer, so a preset never invents a value.
 */

import { CATALOG } from '../catalog/catalog';
import type { CatalogEntry, KeywordCategory } from '../catalog/types';
import type { AdapterDetails } from '../model/adapter';
import type { ProfileSetting } from './profile';
import type { SettingSkip } from './plan-settings';

export type PresetId = 'driver-defaults' | 'all-offloads-off' | 'all-offloads-on';

export interface Preset {
  readonly id: PresetId;
  readonly name: string;
  /** One sentence for the menu: what it does and when to use it. */
  readonly sentence: string;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'driver-defaults',
    name: 'Driver defaults',
    sentence: 'Every property back to the Default its driver declares (optional ones without a Default to Not Present), as after a fresh install.',
  },
  {
    id: 'all-offloads-off',
    name: 'All offloads off',
    sentence:
      'Checksum, LSO, RSC, URO, USO, IPsec and encapsulation offloads to their documented Disabled value, for packet captures and isolating offload bugs.',
  },
  {
    id: 'all-offloads-on',
    name: 'All offloads on',
    sentence: 'Checksum, LSO, RSC, URO, USO, IPsec and encapsulation offloads to their documented fully-enabled value, where the driver offers it.',
  },
];

export function isPresetId(id: string): id is PresetId {
  return PRESETS.some((p) => p.id === id);
}

export function presetById(id: PresetId): Preset {
  return PRESETS.find((p) => p.id === id)!;
}

/** The catalog categories that are task offloads (reference §3.4–3.6). TCP chimney is left out: deprecated, and "on" would bypass filters. */
const OFFLOAD_CATEGORIES: ReadonlySet<KeywordCategory> = new Set(['checksum', 'lso', 'rsc-uro-uso', 'ipsec', 'encapsulation']);

/** An offload keyword with its documented off and fully-on values. */
export interface OffloadSwitch {
  readonly keyword: string;
  /** The documented value meaning "Disabled". */
  readonly off: string;
  readonly offMeaning: string;
  /**
   * The documented fully-enabled value: these values are bit masks or booleans (checksum 1 Tx | 2 Rx,
   * IPsec 1 AH | 2 ESP, others 0/1), so the largest documented value enables everything.
   */
  readonly on: string;
  readonly onMeaning: string;
}

function offloadSwitch(e: CatalogEntry): OffloadSwitch | null {
  if (!OFFLOAD_CATEGORIES.has(e.category) || e.kind !== 'enum') return null;
  const off = e.values.find((v) => v.meaning === 'Disabled');
  const on = [...e.values].sort((a, b) => Number(b.value) - Number(a.value))[0];
  if (!off || !on || on.value === off.value) return null;
  return { keyword: e.keyword, off: off.value, offMeaning: off.meaning, on: on.value, onMeaning: on.meaning };
}

/** Every offload keyword of the catalog with its off and on values. */
export const OFFLOAD_SWITCHES: readonly OffloadSwitch[] = CATALOG.map(offloadSwitch).filter((s): s is OffloadSwitch => s !== null);

/** The settings a preset proposes for this adapter, and what it leaves alone and why. */
export function presetSettings(id: PresetId, details: AdapterDetails): { settings: ProfileSetting[]; skipped: SettingSkip[] } {
  if (id === 'driver-defaults') return driverDefaults(details);
  const settings: ProfileSetting[] = [];
  for (const s of OFFLOAD_SWITCHES) {
    const lower = s.keyword.toLowerCase();
    // Only what the driver shows on its Advanced page: a preset never adds a keyword the driver does not define.
    const p = details.properties.find((x) => x.keyword.toLowerCase() === lower);
    if (p) settings.push({ keyword: p.keyword, value: id === 'all-offloads-off' ? s.off : s.on });
  }
  return { settings, skipped: [] };
}

function driverDefaults(details: AdapterDetails): { settings: ProfileSetting[]; skipped: SettingSkip[] } {
  const settings: ProfileSetting[] = [];
  const skipped: SettingSkip[] = [];
  for (const p of details.properties) {
    // Default for required properties; Not Present for optional ones without a Default (Windows' initial state).
    const target = p.default ?? (p.optional ? null : undefined);
    if (target === undefined) {
      skipped.push({ keyword: p.keyword, value: null, code: 'no-value', reason: `${p.keyword} has no Default in its driver's metadata; left as it is.` });
      continue;
    }
    settings.push({ keyword: p.keyword, value: target });
  }
  return { settings, skipped };
}
