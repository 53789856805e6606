/**
 * `nicprops`: the app's services on the command line, for scripting, CI and machines without Electron.
 * Errors go to stderr as sentences, with the exit codes listed in --help.
 */

import { Command, CommanderError, Option } from 'commander';
import { oneLine } from '../../shared/generate/plain-text';
import { ApplyError } from '../services/apply-error';
import { createContext, type GlobalOptions } from './cli-context';
import { CliError } from './cli-error';
import type { CheckFixOptions } from './commands/check';
import type { LintFormat } from './commands/lint';
import { cliOutput } from './cli-output';
import { EXIT, EXIT_CODES_HELP, exitCodeFor } from './exit-codes';
import { registerFleetCommands } from './fleet-commands';
import { infTargetOption, parseControlSet } from './open-source';
import { jsonText } from './terminal-text';
import { TOOL_VERSION } from '../services/tool-info';

/**
 * Each command's code, loaded when the command runs. Start-up (which under Wine, and on a slow
 * disk, costs more than many commands' own work) then evaluates commander, this table and the
 * option parsers only; the rules, schemas, parsers and generators a command needs are evaluated
 * by that command. scripts/build.mjs fails the build when start-up reaches them again.
 */
const commands = {
  adapters: () => import('./commands/adapters'),
  check: () => import('./commands/check'),
  copy: () => import('./commands/copy'),
  diff: () => import('./commands/diff'),
  explain: () => import('../../shared/catalog/explain'),
  globals: () => import('./commands/globals'),
  history: () => import('./commands/history'),
  journal: () => import('./commands/journal'),
  lint: () => import('./commands/lint'),
  profile: () => import('./commands/profile'),
  report: () => import('./commands/report'),
  set: () => import('./commands/set'),
  show: () => import('./commands/show'),
};

const collect = (value: string, previous: string[]) => [...previous, value];

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('nicprops')
    .description('Read, check and change the Advanced properties (NDIS keywords) of Windows network adapters.')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .option(
      '--source <live|demo|FILE.reg|FILE.inf>',
      'where to read from; repeat to merge .reg files in order, or to give a driver INF with the INFs it includes (default: live on Windows, demo elsewhere)',
      collect,
      [],
    )
    .option(
      '--inf-target <decoration|version>',
      'Windows an INF is resolved for: NTamd64.10.0...19041, NTarm64, 10.0.22631 (default NTamd64.10.0.1..26100, Windows 11 24H2 x64)',
    )
    .option('--json', 'print JSON (shapes in the README)')
    .option('--journal <dir>', 'where the history of applied changes is kept (live registry only)')
    .option('--control-set <N>', '.reg files holding several control sets: read ControlSet00N (default: the one Select\\Current names)', parseControlSet)
    .addHelpText('after', `${EXIT_CODES_HELP}\n\n<adapter> is the instance id (0007), the connection name, or a unique part of the description.`)
    .configureOutput({ writeOut: out, writeErr: err })
    .exitOverride()
    .showHelpAfterError('(run nicprops --help for usage)');

  const ctx = async () => createContext(program.opts<GlobalOptions>(), out);
  const run = (fn: () => Promise<number>) => async () => {
    code = await fn();
  };
  const changeOptions = (cmd: Command) =>
    cmd
      .option('--dry-run', 'validate and show what would change, and the findings it would add or clear; write nothing')
      .option('--out <file>', 'save the change as a .reg or .ps1 file instead of writing the registry')
      .option('--force', 'with --out: replace the file if it exists')
      .addOption(new Option('--format <format>', 'file format for --out (default: from the extension)').choices(['reg', 'ps1']))
      .option('--restart', 'after writing the live registry, restart the adapters changed (the connection drops briefly)');

  program
    .command('adapters')
    .description('list network adapters')
    .action(async () => run(async () => (await commands.adapters()).adaptersCommand(await ctx()))());
  program
    .command('show [adapter]')
    .description("show an adapter's properties: metadata, stored and effective values")
    .option('--all', 'every adapter')
    .action(async (adapter: string | undefined, opts: { all?: boolean }) => run(async () => (await commands.show()).showCommand(await ctx(), adapter, opts))());
  changeOptions(
    program
      .command('set <adapter> [assignments...]')
      .description("set properties: KEYWORD=VALUE (VALUE is the stored value, e.g. an enum's number)")
      .option('--not-present <keyword...>', 'delete optional properties (Not Present)'),
  ).action(async (adapter: string, assignments: string[], opts) =>
    run(async () => (await commands.set()).setCommand(await ctx(), adapter, assignments, opts))(),
  );
  changeOptions(program.command('reset <adapter> [keywords...]').description("reset properties (all when none named) to the driver's defaults")).action(
    async (adapter: string, keywords: string[], opts) => run(async () => (await commands.set()).resetCommand(await ctx(), adapter, keywords, opts, out))(),
  );
  changeOptions(program.command('globals [assignments...]').description('show, or set, DisableTaskOffload=0|1 and EnabledOffload=0|1')).action(
    async (assignments: string[], opts) => run(async () => (await commands.globals()).globalsCommand(await ctx(), assignments, opts))(),
  );
  changeOptions(
    program
      .command('check [adapter]')
      .description('check combinations of offloads and the driver metadata (exit 10 when any error is found)')
      .option('--fix', "apply every finding's offered fix as one change set (alternatives chosen so none conflict); say what remains")
      .option('--include-info', 'with --fix: also apply the fixes of information findings'),
  ).action(async (adapter: string | undefined, opts: CheckFixOptions & { fix?: boolean }) =>
    run(async () => {
      if (!opts.fix) {
        if (opts.dryRun || opts.out || opts.restart || opts.includeInfo)
          throw new CliError('--dry-run, --out, --restart and --include-info go with check --fix.', EXIT.usage);
        return (await commands.check()).checkCommand(await ctx(), adapter);
      }
      return (await commands.check()).checkFixCommand(await ctx(), adapter, opts);
    })(),
  );
  program
    .command('diff <adapter> [adapter2]')
    .description('how two adapters differ, or one adapter and the same adapter in --against SOURCE (exit 11 when they differ)')
    .option('--against <live|demo|FILE.reg>', 'compare with the same adapter in this source; repeat to merge .reg files', collect, [])
    .option('--all-rows', 'list equal keywords too')
    .action(async (adapter: string, adapter2: string | undefined, opts: { against: string[]; allRows?: boolean }) =>
      run(async () => (await commands.diff()).diffCommand(await ctx(), adapter, adapter2, opts))(),
    );
  changeOptions(
    program
      .command('copy <from> <to> [keywords...]')
      .description("make <to> match <from> for every keyword both define (or those named), where <to>'s driver accepts the value")
      .option('--from-source <live|demo|FILE.reg>', 'read <from> from this source; repeat to merge .reg files', collect, []),
  ).action(async (from: string, to: string, keywords: string[], opts) =>
    run(async () => (await commands.copy()).copyCommand(await ctx(), from, to, keywords, opts))(),
  );

  const profile = program.command('profile').description('keyword values kept in a file (profile format 1, JSON Schema in the README) or a built-in preset');
  profile
    .command('save <adapter> <file> [keywords...]')
    .description("save an adapter's values as a profile (every property, or those named)")
    .option('--non-default', "only values that differ from the driver's Default")
    .option('--name <name>', 'the profile name (default: the adapter name)')
    .option('--description <text>', 'what the profile is for')
    .option('--match', "limit the profile to adapters with this adapter's ComponentId")
    .option('--force', 'replace the file if it exists')
    .action(async (adapter: string, file: string, keywords: string[], opts) =>
      run(async () => (await commands.profile()).profileSaveCommand(await ctx(), adapter, file, keywords, opts))(),
    );
  changeOptions(
    profile
      .command('apply <file> <adapters...>')
      .description('apply a profile file or preset:ID to adapters: per adapter what changes and what is skipped and why')
      .option('--ignore-match', "apply even to adapters outside the profile's match"),
  ).action(async (file: string, adapters: string[], opts) =>
    run(async () => (await commands.profile()).profileApplyCommand(await ctx(), file, adapters, opts))(),
  );
  profile
    .command('check <file> <adapters...>')
    .description('drift: compare adapters with a profile file or preset:ID (exit 11 when one differs)')
    .option('--ignore-match', "check even adapters outside the profile's match")
    .action(async (file: string, adapters: string[], opts: { ignoreMatch?: boolean }) =>
      run(async () => (await commands.profile()).profileCheckCommand(await ctx(), file, adapters, opts))(),
    );
  profile
    .command('validate <file>')
    .description('check a profile file against the schema')
    .action(async (file: string) => run(async () => (await commands.profile()).profileValidateCommand(await ctx(), file))());
  profile
    .command('presets')
    .description('list the built-in presets (use them as preset:ID in apply and check)')
    .action(async () => run(async () => (await commands.profile()).profilePresetsCommand(await ctx()))());
  registerFleetCommands(program, profile, () => cliOutput(program.opts<GlobalOptions>().json === true, out, err), run);
  program
    .command('report [adapter]')
    .description('a report for a support ticket: values that differ from the defaults, findings with fixes, effective state, globals, metadata problems')
    .option('--all', 'every adapter, hidden ones included (default: the adapters with an Advanced page)')
    .addOption(
      new Option('--format <format>', 'md (default), html (one self-contained page) or json; --out picks it from the extension').choices([
        'md',
        'html',
        'json',
      ]),
    )
    .option('--out <file>', 'save the report to a file')
    .option('--force', 'with --out: replace the file if it exists')
    .action(async (adapter: string | undefined, opts) => run(async () => (await commands.report()).reportCommand(await ctx(), adapter, opts))());
  program
    .command('explain <keyword>')
    .description('explain a standardized keyword')
    .action(async (keyword: string) => {
      const text = (await commands.explain()).explainKeyword(keyword);
      if (text === null)
        throw new CliError(`${keyword} is not a standardized keyword in the catalog (vendor keywords are explained by their driver).`, EXIT.notFound);
      out(`${text}\n`);
    });
  program
    .command('lint <files...>')
    .description('check driver INFs: findings on their lines (metadata, combination rules on the defaults, INF mistakes); exit 10 on an error')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']))
    .action(async (files: string[], opts: { format?: LintFormat }) =>
      run(async () => {
        const global = program.opts<GlobalOptions>();
        return (await commands.lint()).lintCommand(files, opts.format ?? (global.json ? 'json' : 'text'), infTargetOption(global.infTarget), out);
      })(),
    );
  program
    .command('history')
    .description('list applied change sets (live registry)')
    .action(async () => run(async () => (await commands.history()).historyCommand(await ctx()))());
  program
    .command('undo [entry]')
    .description('undo a change set (default: the newest not yet undone)')
    .option('--restart', 'restart the adapters changed back (the connection drops briefly)')
    .action(async (entry: string | undefined, opts: { restart?: boolean }) =>
      run(async () => (await commands.history()).undoCommand(await ctx(), entry, opts))(),
    );

  program
    .command('journal')
    .description('the journal of applied change sets')
    .command('secure')
    .description('as administrator: make the journal folder writable by Administrators and SYSTEM only (Undo trusts nothing else)')
    .action(async () =>
      run(async () => {
        const json = program.opts<GlobalOptions>().json === true;
        return (await commands.journal()).journalSecureCommand(program.opts<GlobalOptions>().journal, (data, text) =>
          out(json ? `${jsonText(data)}\n` : `${text()}\n`),
        );
      })(),
    );

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // One line per message and per detail, whatever registry text they quote.
    const report = (message: string, details: readonly string[]) => err(`nicprops: ${oneLine(message)}\n${details.map((d) => `  ${oneLine(d)}\n`).join('')}`);
    if (error instanceof CliError) {
      report(error.message, error.details);
      return error.exitCode;
    }
    if (error instanceof ApplyError) {
      report(error.message, error.details.length > 1 || error.details[0] !== error.message ? error.details : []);
      return exitCodeFor(error.code);
    }
    report(`unexpected error: ${error instanceof Error ? error.message : String(error)}`, []);
    return EXIT.internal;
  }
}

// Run when executed as the bundled CLI, not when imported by tests.
if (require.main === module) {
  // `nicprops show --all | head`: a reader that closes the pipe early has all it wanted, so stop
  // quietly, as other command-line tools do, instead of crashing on the next write.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
  void runCli(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  ).then((code) => {
    process.exitCode = code;
  });
}
