/** `nicprops check [<adapter>]`: rule findings, effective state and metadata lint. */

import type { AdapterDetails } from '../../../shared/model/adapter';
import { evaluateRules } from '../../../shared/rules/evaluate';
import type { RuleReport } from '../../../shared/rules/types';
import { readAllAdapterDetails, readGlobals } from '../../services/adapter-reader';
import type { CliContext } from '../cli-context';
import { textLines } from '../terminal-text';
import { EXIT } from '../exit-codes';
import { findingLines } from '../finding-text';
import { checkJson } from '../json-shapes';
import { adapterTitle, findAdapter } from '../open-source';

function reportText(d: AdapterDetails, r: RuleReport): string {
  const lines = [`${adapterTitle(d)}  (instance ${d.adapter.id})`];
  if (r.findings.length === 0) lines.push('  No problems found.');
  for (const f of r.findings) lines.push(...findingLines(f, `  ${f.severity.toUpperCase().padEnd(8)}`));
  const differing = r.effective.filter((e) => e.reason);
  if (differing.length) {
    lines.push('  Effective state differs from the registry:');
    lines.push(...differing.map((e) => `    ${e.feature}: requested ${e.requested}, effective ${e.effective} - ${e.reason}`));
  }
  if (r.lint.length) {
    lines.push('  Driver metadata (for driver QA):');
    lines.push(...r.lint.map((l) => `    ${l.severity} ${l.id}: ${l.message}`));
  }
  return textLines(lines);
}

export async function checkCommand(ctx: CliContext, adapter: string | undefined): Promise<number> {
  const all = await readAllAdapterDetails(ctx.source);
  const globals = await readGlobals(ctx.source);
  const chosen = adapter ? [findAdapter(all, adapter)] : all;
  const reports = chosen.map((details) => ({ details, report: evaluateRules({ details, globals }) }));
  ctx.print(reports.map((r) => checkJson(r.details, r.report)), () => reports.map((r) => reportText(r.details, r.report)).join('\n\n'));
  return reports.some((r) => r.report.findings.some((f) => f.severity === 'error')) ? EXIT.findingsWithErrors : EXIT.ok;
}
