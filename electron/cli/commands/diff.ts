/**
 * `nicprops diff <adapter> [<adapter2>] [--against SOURCE] [--all-rows]`: how two adapters differ,
 * or the same adapter in another source (a customer's export against a known-good one, live
 * against a saved export). Exit 11 when they differ.
 */

import { diffAdapters, hasDifferences, type DiffRow, type DiffSide } from '../../../shared/compare/adapter-diff';
import { matchAdapter, matchedByText, type MatchedBy } from '../../../shared/compare/match-adapter';
import type { AdapterDetails } from '../../../shared/model/adapter';
import { readAllAdapterDetails, readGlobals } from '../../services/adapter-reader';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-error';
import { EXIT } from '../exit-codes';
import { findingLines } from '../finding-text';
import { adapterJson, findingJson } from '../json-shapes';
import { adapterTitle, findAdapter, openSource } from '../open-source';
import { textLines } from '../terminal-text';
import { textTable } from '../text-table';

export interface DiffOptions {
  readonly against?: readonly string[];
  readonly allRows?: boolean;
}

const KIND_TEXT: Readonly<Record<DiffRow['kind'], string>> = {
  value: 'value',
  'only-a': 'only on A',
  'only-b': 'only on B',
  metadata: 'driver metadata',
  equal: '',
};

/** A side as the table shows it: "Rx & Tx Enabled (3)", "[default]" when not stored, "!" when invalid. */
function sideText(s: DiffSide | null): string {
  if (s === null) return '-';
  const raw = s.effective !== null && s.effective !== s.display ? ` (${s.effective})` : '';
  const mark =
    s.stored === null && s.effective !== null ? ' [default]' : s.status !== null && s.status !== 'ok' && s.status !== 'not-set' ? ` ! ${s.status}` : '';
  return `${s.display}${raw}${mark}`;
}

function differenceText(r: DiffRow): string {
  const meta = r.metadata.map((m) => `${m.field} ${m.a} -> ${m.b}`).join('; ');
  return [KIND_TEXT[r.kind], meta && (r.kind === 'metadata' ? meta : `metadata: ${meta}`)].filter(Boolean).join(r.kind === 'metadata' ? ': ' : '; ');
}

function sideJson(s: DiffSide | null) {
  return s === null
    ? null
    : { display: s.display, stored: s.stored ? { type: s.stored.type, data: s.stored.data } : null, effective: s.effective, status: s.status };
}

export async function diffCommand(ctx: CliContext, first: string, second: string | undefined, options: DiffOptions): Promise<number> {
  const all = await readAllAdapterDetails(ctx.source);
  const a = findAdapter(all, first);
  const globalsA = await readGlobals(ctx.source);
  let b: AdapterDetails;
  let matchedBy: MatchedBy = 'named';
  let otherLabel = ctx.source.label;
  let globalsB = globalsA;
  if (options.against && options.against.length > 0) {
    const other = await openSource(options.against);
    otherLabel = other.label;
    globalsB = await readGlobals(other);
    const others = await readAllAdapterDetails(other);
    if (second !== undefined) {
      b = findAdapter(others, second);
    } else {
      const match = matchAdapter(a, others);
      if (!match) {
        throw new CliError(
          `No adapter in ${other.label} matches ${adapterTitle(a)} by interface GUID, driver and description, or instance id; name the one to compare with: nicprops diff ${a.adapter.id} <adapter> --against ...`,
          EXIT.notFound,
        );
      }
      b = match.details;
      matchedBy = match.matchedBy;
    }
  } else {
    if (second === undefined) throw new CliError('diff needs two adapters, or one adapter and --against SOURCE (a .reg file, live or demo).', EXIT.usage);
    b = findAdapter(all, second);
  }

  const diff = diffAdapters({ details: a, globals: globalsA }, { details: b, globals: globalsB });
  const rows = options.allRows ? diff.rows : diff.rows.filter((r) => r.kind !== 'equal');
  const differs = hasDifferences(diff);
  const json = {
    a: adapterJson(a.adapter),
    b: adapterJson(b.adapter),
    sources: { a: ctx.source.label, b: otherLabel },
    matchedBy,
    differs,
    rows: rows.map((r) => ({
      keyword: r.keyword,
      label: r.label,
      kind: r.kind,
      a: sideJson(r.a),
      b: sideJson(r.b),
      metadata: r.metadata.map((m) => ({ ...m })),
    })),
    findings: { onlyA: diff.findings.onlyA.map(findingJson), onlyB: diff.findings.onlyB.map(findingJson) },
    effective: diff.effective.map((e) => ({
      feature: e.feature,
      a: e.a ? { requested: e.a.requested, effective: e.a.effective, reason: e.a.reason } : null,
      b: e.b ? { requested: e.b.requested, effective: e.b.effective, reason: e.b.reason } : null,
    })),
  };
  ctx.print(json, () => {
    const lines = [
      `A: ${adapterTitle(a)}  (instance ${a.adapter.id}, ${ctx.source.label})`,
      `B: ${adapterTitle(b)}  (instance ${b.adapter.id}, ${otherLabel}; ${matchedByText(matchedBy)})`,
      '',
    ];
    if (rows.length > 0)
      lines.push(
        ...textTable(
          ['PROPERTY', 'KEYWORD', 'A', 'B', 'DIFFERENCE'],
          rows.map((r) => [r.label, r.keyword, sideText(r.a), sideText(r.b), differenceText(r)]),
        ).split('\n'),
      );
    const findings = (title: string, list: typeof diff.findings.onlyA) =>
      list.length > 0 ? ['', title, ...list.flatMap((f) => findingLines(f, `  ${f.severity.toUpperCase().padEnd(8)}`))] : [];
    lines.push(...findings('Findings only on A:', diff.findings.onlyA), ...findings('Findings only on B:', diff.findings.onlyB));
    if (diff.effective.length > 0) {
      lines.push('', 'Effective state that differs:');
      const state = (f: (typeof diff.effective)[number]['a']) => (f ? `requested ${f.requested}, effective ${f.effective}` : 'not there');
      lines.push(...diff.effective.map((e) => `  ${e.feature}: A ${state(e.a)}; B ${state(e.b)}`));
    }
    const count = diff.rows.filter((r) => r.kind !== 'equal').length;
    lines.push('', differs ? `${count} of ${diff.rows.length} keywords differ.` : `No differences in ${diff.rows.length} keywords.`);
    return textLines(lines);
  });
  return differs ? EXIT.differs : EXIT.ok;
}
