/**
 * The fleet commands on the command line: `collector`, `fleet` and `profile export`. They read no
 * registry source of their own (the exports and the profile are their input), so they take the
 * --json switch and the writers rather than a source.
 */

import { Option, type Command } from 'commander';
import { DEPLOY_FORMATS, type DeployFormat } from '../../shared/deploy/deploy-input';
import type { FleetCommandOptions } from './commands/fleet';
import type { CliOutput } from './cli-output';

/** Loaded when the command runs, as in nicprops.ts. */
const commands = {
  collector: () => import('./commands/collector'),
  fleet: () => import('./commands/fleet'),
  profileExport: () => import('./commands/profile-export'),
};

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerFleetCommands(
  program: Command,
  profile: Command,
  output: () => CliOutput,
  run: (fn: () => Promise<number>) => () => Promise<void>,
): void {
  program
    .command('collector')
    .description('print the read-only collector script to run on every machine (Invoke-Command, Intune, Ansible); its exports feed "fleet"')
    .addOption(new Option('--format <format>', 'the script language').choices(['ps1']).default('ps1'))
    .option('--destination <path>', 'the folder or share it writes to when run without -Destination (Intune scripts take no parameters)')
    .option('--out <file>', 'save the script to a file (UTF-8 with BOM, as Windows PowerShell 5.1 needs)')
    .option('--force', 'with --out: replace the file if it exists')
    .action(async (opts: { destination?: string; out?: string; force?: boolean }) =>
      run(async () => (await commands.collector()).collectorCommand(output(), opts))(),
    );

  program
    .command('fleet <paths...>')
    .description(
      "inventory and drift across machines' exports (folders of <machine>.reg, or files), read one at a time (exit 11 when a machine drifts from --profile)",
    )
    .option('--profile <file>', 'compare every matching adapter with this profile (default: report values that differ from the driver default)')
    .addOption(
      new Option('--format <format>', 'text (default), json, csv or html (one page); --out picks it from the extension').choices([
        'text',
        'json',
        'csv',
        'html',
      ]),
    )
    .option('--out <file>', 'save the report to a file')
    .option('--force', 'with --out: replace the file if it exists')
    .option('--keyword <keyword>', "report this keyword's value on every adapter, with the machines holding each value (repeatable)", collect, [])
    .option('--all-adapters', 'every adapter, hidden ones included (default: those with an Advanced page)')
    .action(async (paths: string[], opts: FleetCommandOptions) => run(async () => (await commands.fleet()).fleetCommand(output(), paths, opts))());

  profile
    .command('export <file>')
    .description('a profile as what an engine runs: a DSC configuration, an Ansible playbook, Intune detection and remediation scripts, or a remoting script')
    .addOption(new Option('--format <format>', 'the engine').choices([...DEPLOY_FORMATS]).makeOptionMandatory())
    .option('--out <dir>', 'write the files into this folder (needed for intune: two files)')
    .option('--force', 'with --out: replace files that exist')
    .option('--restart', 'intune: the remediation restarts each adapter it changed')
    .option(
      '--against <dir>',
      "check the profile against collected exports' driver metadata; list machines where it cannot apply as-is (exit 11); repeatable",
      collect,
      [],
    )
    .action(async (file: string, opts: { format: DeployFormat; out?: string; force?: boolean; restart?: boolean; against: string[] }) =>
      run(async () => (await commands.profileExport()).profileExportCommand(output(), file, opts))(),
    );
}
