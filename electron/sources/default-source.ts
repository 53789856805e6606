/** The source to use when none is named: the live registry on Windows, the demo everywhere else. */

import { isInfFileName, sourceFromInfPaths } from './inf/inf-source';
import type { InfTarget } from './inf/target-os';
import { isLiveRegistryAvailable, LiveRegistry } from './live-registry';
import { createDemoSource, sourceFromRegPaths, type RegSourceOptions } from './reg-file-source';
import type { RegistrySource } from './registry-source';

export function createDefaultSource(): RegistrySource {
  return isLiveRegistryAvailable() ? new LiveRegistry() : createDemoSource();
}

/**
 * Files opened from the command line or "Open with": driver INFs (`.inf`, `.inx`, with the INFs
 * they include) as a driver package preview, anything else as `.reg` exports merged in order.
 */
export async function createFileSource(paths: readonly string[], infTarget?: InfTarget, regOptions: RegSourceOptions = {}): Promise<RegistrySource> {
  const infs = paths.filter(isInfFileName);
  if (infs.length === 0) return sourceFromRegPaths(paths, regOptions);
  if (infs.length < paths.length) throw new Error('Driver INFs and .reg files cannot be opened together.');
  if (regOptions.controlSet !== undefined) throw new Error('--control-set applies to .reg files, not driver INFs.');
  return (await sourceFromInfPaths(paths, infTarget)).source;
}

export { sourceFromRegPaths as createRegFileSource };
