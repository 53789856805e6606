/** `nicprops check [<adapter>]`: rule findings, effective state and metadata lint; `check --fix`: "Fix all". */

import type { AdapterDetails } from '../../../shared/model/adapter';
import type { AdapterChange } from '../../../shared/model/change-set';
import { planFixAll, type FixAllPlan } from '../../../shared/rules/fix-all';
import { evaluateRules } from '../../../shared/rules/evaluate';
import type { RuleReport } from '../../../shared/rules/types';
import { readAllAdapterDetails, readGlobals } from '../../services/adapter-reader';
import type { CliContext } from '../cli-context';
import { textLines } from '../terminal-text';
import { EXIT } from '../exit-codes';
import { findingLines } from '../finding-text';
import { adapterJson, checkJson, findingJson } from '../json-shapes';
import { adapterTitle, findAdapter } from '../open-source';
import { runChanges, type ChangeOptions } from './change-runner';

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
  ctx.print(
    reports.map((r) => checkJson(r.details, r.report)),
    () => reports.map((r) => reportText(r.details, r.report)).join('\n\n'),
  );
  return reports.some((r) => r.report.findings.some((f) => f.severity === 'error')) ? EXIT.findingsWithErrors : EXIT.ok;
}

export interface CheckFixOptions extends ChangeOptions {
  /** Also apply the fixes of information findings. */
  readonly includeInfo?: boolean;
}

/** One adapter's "fix all" for the terminal: what is fixed (and with which alternative), what is not, what remains. */
function fixLines(d: AdapterDetails, plan: FixAllPlan): string[] {
  const lines = [
    `${adapterTitle(d)}  (instance ${d.adapter.id}): ${plan.chosen.length} finding${plan.chosen.length === 1 ? '' : 's'} fixed by ${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'}`,
  ];
  for (const c of plan.chosen) {
    const which =
      c.alternatives > 1 ? ` (alternative ${c.alternative} of ${c.alternatives}${c.alternative > 1 ? ': the first conflicts with another fix' : ''})` : '';
    lines.push(`  fix ${c.finding.id}: ${c.fix.label}${which}`);
  }
  for (const u of plan.unfixed) {
    lines.push(
      `  not fixed ${u.finding.id}: ${u.reason === 'info' ? 'information only (--include-info applies it)' : 'every fix it offers conflicts with one already chosen'}`,
    );
  }
  if (plan.remaining.length > 0) {
    lines.push('  Remains after these changes:');
    for (const f of plan.remaining) lines.push(...findingLines(f, `    ${f.severity.toUpperCase().padEnd(8)}`));
  } else {
    lines.push('  Nothing remains after these changes.');
  }
  return lines;
}

/** `nicprops check --fix [<adapter>]`: every finding's offered fix as one change set, through the usual pipeline. */
export async function checkFixCommand(ctx: CliContext, adapter: string | undefined, options: CheckFixOptions): Promise<number> {
  const all = await readAllAdapterDetails(ctx.source);
  const globals = await readGlobals(ctx.source);
  const chosen = adapter ? [findAdapter(all, adapter)] : all;
  const plans = chosen.map((details) => ({ details, plan: planFixAll(details, globals, { includeInfo: options.includeInfo }) }));
  const changes: AdapterChange[] = plans.flatMap(({ details, plan }) =>
    plan.changes.map((c) => ({ scope: 'adapter' as const, adapterId: details.adapter.id, keyword: c.keyword, value: c.value })),
  );
  const fixJson = plans.map(({ details, plan }) => ({
    adapter: adapterJson(details.adapter),
    fixed: plan.chosen.map((c) => ({
      id: c.finding.id,
      message: c.finding.message,
      fix: { label: c.fix.label, changes: c.fix.changes.map((x) => ({ keyword: x.keyword, value: x.value })) },
      alternative: c.alternative,
      alternatives: c.alternatives,
    })),
    notFixed: plan.unfixed.map((u) => ({ id: u.finding.id, message: u.finding.message, reason: u.reason })),
    remaining: plan.remaining.map(findingJson),
  }));
  const lines = [
    ...plans.flatMap(({ details, plan }) => (plan.chosen.length + plan.unfixed.length + plan.remaining.length > 0 ? [...fixLines(details, plan), ''] : [])),
  ];
  const code = await runChanges(ctx, changes, chosen, options, { json: { fixAll: fixJson }, lines });
  const errorsRemain = plans.some(({ plan }) => plan.remaining.some((f) => f.severity === 'error'));
  return code === EXIT.ok && errorsRemain ? EXIT.findingsWithErrors : code;
}
