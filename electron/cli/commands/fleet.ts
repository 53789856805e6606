/**
 * `nicprops fleet <DIR|FILE.reg>… [--profile P.json] [--format text|json|csv|html] [--out FILE]`:
 * inventory and drift across many machines' exports (the collector's output), read one at a time.
 * Exit 11 when a machine drifts from the profile; else 8 when an export could not be read.
 */

import { extname } from 'node:path';
import { fleetCsv } from '../../../shared/fleet/fleet-csv';
import type { FleetReport } from '../../../shared/fleet/fleet-model';
import { fleetHtml } from '../../../shared/fleet/fleet-html';
import { fleetTextLines, headline } from '../../../shared/fleet/fleet-text';
import { csvBytes } from '../../../shared/generate/csv';
import { ProfileError } from '../../../shared/profiles/parse-profile';
import type { Profile } from '../../../shared/profiles/profile';
import { FLEET_PAGE_SCRIPT, sha256Base64 } from '../../services/fleet/fleet-page-script';
import { FleetInputError } from '../../services/fleet/fleet-inputs';
import { scanFleet } from '../../services/fleet/scan-fleet';
import { readProfileFile } from '../../services/profile-file';
import { CliError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { EXIT } from '../exit-codes';
import { writeOutputFile } from '../output-file';
import { jsonText, jsonTextChunks, textLines } from '../terminal-text';

export type FleetFormat = 'text' | 'json' | 'csv' | 'html';

export interface FleetCommandOptions {
  readonly profile?: string;
  readonly format?: FleetFormat;
  readonly out?: string;
  readonly force?: boolean;
  readonly keyword?: readonly string[];
  readonly allAdapters?: boolean;
}

const BY_EXTENSION: Readonly<Record<string, FleetFormat>> = { '.txt': 'text', '.json': 'json', '.csv': 'csv', '.html': 'html', '.htm': 'html' };

export async function readProfileOrFail(path: string): Promise<Profile> {
  try {
    return await readProfileFile(path);
  } catch (error) {
    if (error instanceof ProfileError) throw new CliError(error.message, EXIT.badFile, error.details);
    throw error;
  }
}

/** The exit code a report means: drift first, then unreadable exports. */
export function fleetExitCode(report: FleetReport): number {
  if (report.totals.drifted > 0) return EXIT.differs;
  if (report.totals.unreadable > 0) return EXIT.badFile;
  return EXIT.ok;
}

/** What a file of the report holds; JSON in pieces (terminal-text.ts), a large fleet's document being tens of MB. */
function renderFile(report: FleetReport, format: FleetFormat): string | Uint8Array | Iterable<string> {
  return format === 'json' ? jsonFile(report) : render(report, format, true);
}

function* jsonFile(report: FleetReport): Generator<string> {
  yield* jsonTextChunks(report);
  yield '\n';
}

function render(report: FleetReport, format: FleetFormat, forFile: boolean): string | Uint8Array {
  switch (format) {
    case 'text':
      return `${textLines(fleetTextLines(report))}\n`;
    case 'json':
      return `${jsonText(report)}\n`;
    case 'csv':
      return forFile ? csvBytes(fleetCsv(report)) : fleetCsv(report);
    case 'html':
      return fleetHtml(report, sha256Base64, FLEET_PAGE_SCRIPT);
  }
}

export async function fleetCommand(output: CliOutput, paths: readonly string[], options: FleetCommandOptions): Promise<number> {
  const format: FleetFormat = options.format ?? (output.json ? 'json' : options.out ? (BY_EXTENSION[extname(options.out).toLowerCase()] ?? 'text') : 'text');
  const profile = options.profile ? await readProfileOrFail(options.profile) : null;
  let report: FleetReport;
  try {
    report = await scanFleet(paths, {
      profile,
      profileFile: options.profile,
      scope: options.allAdapters ? 'all' : 'visible',
      keywords: [...new Set(options.keyword ?? [])],
    });
  } catch (error) {
    if (error instanceof FleetInputError) throw new CliError(error.message, EXIT.badFile);
    throw error;
  }
  if (options.out) {
    const file = await writeOutputFile(options.out, renderFile(report, format), {
      force: options.force,
      readingFrom: [...paths, ...(options.profile ? [options.profile] : [])],
    });
    output.print({ file, format, totals: report.totals }, () => textLines([...headline(report), `Saved the fleet report to ${options.out} (${format}).`]));
  } else {
    const text = render(report, format, false);
    output.raw(typeof text === 'string' ? text : new TextDecoder().decode(text));
  }
  return fleetExitCode(report);
}
