/**
 * `nicprops report [<adapter>|--all] [--format md|html|json] [--out FILE]`: a report for a support
 * ticket. Markdown to the terminal by default; HTML is one self-contained page.
 */

import { extname } from 'node:path';
import { buildReportFrom, renderReport, type ReportFormat, type ReportScope } from '../../services/support-report';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-error';
import { EXIT } from '../exit-codes';
import { findAdapter } from '../open-source';
import { readAllAdapterDetails } from '../../services/adapter-reader';
import { writeOutputFile } from '../output-file';
import { jsonText } from '../terminal-text';

export interface ReportOptions {
  readonly all?: boolean;
  readonly format?: ReportFormat;
  readonly out?: string;
  readonly force?: boolean;
}

const BY_EXTENSION: Readonly<Record<string, ReportFormat>> = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.json': 'json' };

export async function reportCommand(ctx: CliContext, adapter: string | undefined, options: ReportOptions): Promise<number> {
  if (adapter !== undefined && options.all) throw new CliError('report takes an adapter or --all, not both.', EXIT.usage);
  let scope: ReportScope = options.all ? 'all' : 'visible';
  if (adapter !== undefined) scope = { adapterId: findAdapter(await readAllAdapterDetails(ctx.source), adapter).adapter.id };
  const format: ReportFormat = options.format ?? (ctx.json ? 'json' : options.out ? (BY_EXTENSION[extname(options.out).toLowerCase()] ?? 'md') : 'md');
  const report = await buildReportFrom(ctx.source, scope);
  if (options.out) {
    const path = await writeOutputFile(options.out, renderReport(report, format), { force: options.force, readingFrom: ctx.inputFiles });
    ctx.print(
      { file: path, format, adapters: report.totals.adapters },
      () => `Saved the report on ${report.totals.adapters} adapters to ${options.out} (${format}).`,
    );
    return EXIT.ok;
  }
  // --json prints the model either way; --format json without --json prints it too.
  ctx.print(report, () => (format === 'json' ? jsonText(report) : renderReport(report, format).trimEnd()));
  return EXIT.ok;
}
