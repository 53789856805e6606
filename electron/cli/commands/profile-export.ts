/**
 * `nicprops profile export FILE --format dsc|ansible|intune|ps-remoting [--out DIR] [--against DIR…]`:
 * a profile as what an engine admins already run takes. The profile is validated first (JSON
 * Schema when read, then the keyword catalog: errors stop, warnings are listed); with --against,
 * it is also planned against every collected machine's own driver metadata, listing the machines
 * where it cannot apply as-is (exit 11; the files are still written).
 */

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { checkProfileForDeploy, type DeployProblem } from '../../../shared/deploy/check-profile';
import type { DeployFile, DeployFormat } from '../../../shared/deploy/deploy-input';
import { dscLeftOut } from '../../../shared/deploy/dsc-export';
import { exportProfile } from '../../../shared/deploy/export-profile';
import type { FleetReport } from '../../../shared/fleet/fleet-model';
import { powerShellBytes } from '../../services/export-file';
import { FleetInputError } from '../../services/fleet/fleet-inputs';
import { scanFleet } from '../../services/fleet/scan-fleet';
import { TOOL_NAME } from '../../services/tool-info';
import { CliError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { EXIT } from '../exit-codes';
import { writeOutputFile } from '../output-file';
import { textLines } from '../terminal-text';
import { readProfileOrFail } from './fleet';

export interface ProfileExportOptions {
  readonly format: DeployFormat;
  readonly out?: string;
  readonly force?: boolean;
  readonly restart?: boolean;
  readonly against?: readonly string[];
}

/** Where the profile cannot apply as-is on the machines of a fleet. */
interface AgainstResult {
  readonly machines: number;
  readonly unreadable: readonly { readonly file: string; readonly error: string }[];
  readonly noMatchingAdapter: readonly string[];
  readonly cannotApply: readonly {
    readonly machine: string;
    readonly adapter: string;
    readonly keyword: string;
    readonly wanted: string | null;
    readonly reason: string;
  }[];
}

function againstResult(report: FleetReport): AgainstResult {
  const read = report.machines.filter((m) => m.error === null);
  return {
    machines: read.length,
    unreadable: report.machines.filter((m) => m.error !== null).map((m) => ({ file: m.file, error: m.error! })),
    noMatchingAdapter: read.filter((m) => !m.adapters.some((a) => a.profile === 'matches')).map((m) => m.machine),
    cannotApply: read.flatMap((m) =>
      m.adapters.flatMap((a) =>
        a.differences
          .filter((d) => d.kind === 'cannot-apply')
          .map((d) => ({ machine: m.machine, adapter: a.name, keyword: d.keyword, wanted: d.wanted, reason: d.reason ?? '' })),
      ),
    ),
  };
}

function againstLines(result: AgainstResult): string[] {
  const lines = [`Checked against ${result.machines} collected machine${result.machines === 1 ? '' : 's'}:`];
  if (result.cannotApply.length === 0 && result.noMatchingAdapter.length === 0)
    lines.push('  the profile applies as-is on every machine that has an adapter it is meant for.');
  for (const c of result.cannotApply) lines.push(`  ${c.machine}, ${c.adapter}: ${c.reason}`);
  if (result.noMatchingAdapter.length > 0) lines.push(`  No adapter the profile is meant for on: ${result.noMatchingAdapter.join(', ')}.`);
  for (const u of result.unreadable) lines.push(`  Not checked, unreadable: ${u.error}`);
  return lines;
}

function bytesOf(file: DeployFile): Uint8Array {
  // Windows PowerShell 5.1 reads a script without a BOM as ANSI; YAML is UTF-8 without one.
  return file.kind === 'powershell' ? powerShellBytes(file.text) : new TextEncoder().encode(file.text);
}

export async function profileExportCommand(output: CliOutput, profilePath: string, options: ProfileExportOptions): Promise<number> {
  const profile = await readProfileOrFail(profilePath);
  if (options.restart && options.format !== 'intune') {
    throw new CliError(
      '--restart is for --format intune, whose scripts take no parameters; the others decide when they run (-Restart, -e nicprops_restart=true).',
      EXIT.usage,
    );
  }
  const problems: DeployProblem[] = checkProfileForDeploy(profile);
  if (
    options.format === 'dsc' &&
    dscLeftOut({ profile, source: profilePath, tool: TOOL_NAME, restart: false }).length === profile.settings.length &&
    profile.settings.length > 0
  ) {
    problems.unshift({
      severity: 'error',
      keyword: null,
      message: 'Every setting is Not Present, which NetAdapterAdvancedProperty cannot express; use --format ps-remoting, intune or ansible.',
    });
  }
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    throw new CliError(
      `${profilePath} cannot be deployed as it is (${errors.length === 1 ? '1 problem' : `${errors.length} problems`}).`,
      EXIT.validation,
      errors.map((p) => p.message),
    );
  const leftOut = options.format === 'dsc' ? dscLeftOut({ profile, source: profilePath, tool: TOOL_NAME, restart: false }) : [];
  const warnings = [
    ...problems.filter((p) => p.severity === 'warning').map((p) => p.message),
    ...leftOut.map((keyword) => `${keyword} is Not Present in the profile; DSC's NetAdapterAdvancedProperty cannot remove a value, so it is left out.`),
  ];
  const files = exportProfile(options.format, { profile, source: profilePath, tool: TOOL_NAME, restart: options.restart === true });

  let against: AgainstResult | null = null;
  if (options.against && options.against.length > 0) {
    try {
      against = againstResult(await scanFleet(options.against, { profile, profileFile: profilePath, scope: 'visible', keywords: [] }));
    } catch (error) {
      if (error instanceof FleetInputError) throw new CliError(error.message, EXIT.badFile);
      throw error;
    }
  }

  if (options.out) {
    await mkdir(options.out, { recursive: true }).catch((error: unknown) => {
      throw new CliError(`Cannot create the folder ${options.out}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`, EXIT.usage);
    });
    const written: string[] = [];
    for (const f of files)
      written.push(
        await writeOutputFile(join(options.out, f.name), bytesOf(f), { force: options.force, readingFrom: [profilePath, ...(options.against ?? [])] }),
      );
    output.print({ format: options.format, files: written, warnings, against }, () =>
      textLines([
        `Wrote ${files.map((f) => f.name).join(', ')} to ${options.out} (--format ${options.format}).`,
        ...warnings.map((w) => `warning: ${w}`),
        ...(against ? againstLines(against) : []),
      ]),
    );
  } else if (output.json) {
    output.print({ format: options.format, files: files.map((f) => ({ name: f.name, text: f.text })), warnings, against }, () => '');
  } else {
    if (files.length > 1)
      throw new CliError(`--format ${options.format} writes ${files.length} files (${files.map((f) => f.name).join(', ')}); give --out FOLDER.`, EXIT.usage);
    // The script goes to stdout as it would be saved; everything said about it goes to stderr.
    for (const w of warnings) output.warn(`warning: ${w}`);
    if (against) output.warn(textLines(againstLines(against)));
    output.raw(files[0]!.text);
  }
  return against && against.cannotApply.length > 0 ? EXIT.differs : EXIT.ok;
}
