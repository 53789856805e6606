/** The fleet report page's script (renderer/report-pages/fleet-page.ts with Chart.js), bundled at build time, and its CSP hash. */

import { createHash } from 'node:crypto';
import script from '../../../renderer/report-pages/fleet-page.ts?bundle';
import type { FleetPageScript } from '../../../shared/fleet/fleet-html';

export function sha256Base64(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

export const FLEET_PAGE_SCRIPT: FleetPageScript = { text: script, sha256: sha256Base64(script) };
