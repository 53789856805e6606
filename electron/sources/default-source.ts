/** The source to use when none is named: the live registry on Windows, the demo everywhere else. */

import { isLiveRegistryAvailable, LiveRegistry } from './live-registry';
import { createDemoSource, sourceFromRegPaths } from './reg-file-source';
import type { RegistrySource } from './registry-source';

export function createDefaultSource(): RegistrySource {
  return isLiveRegistryAvailable() ? new LiveRegistry() : createDemoSource();
}

export { sourceFromRegPaths as createRegFileSource };
