/**
 * The Profiles menu, Fix all and Report commands as the always-loaded parts of the page call them.
 * What they run (profile-actions.ts and the shared planning code of presets, profiles, copying and
 * Fix all) loads on first use: the page does not need it to start.
 */

import { presetById, type PresetId } from '../../shared/profiles/presets';
import { onDemand } from './on-demand';

const actions = onDemand(() => import('./profile-actions'));

export const applyPreset = (id: PresetId): Promise<void> => actions.run(`the preset "${presetById(id).name}"`, (m) => m.applyPreset(id));
export const applyProfileFile = (file: File): Promise<void> => actions.run('the profile commands', (m) => m.applyProfileFile(file));
export const fixAll = (): Promise<void> => actions.run('Fix all', (m) => m.fixAll());
export const copyReport = (scope: 'adapter' | 'visible'): Promise<void> => actions.run('the report', (m) => m.copyReport(scope));
export const saveReport = (format: 'md' | 'html'): Promise<void> => actions.run('the report', (m) => m.saveReport(format));
