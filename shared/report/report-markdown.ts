/** The support report as Markdown that pastes into a ticket (GitHub, Azure DevOps, Jira's Markdown). */

import { mdDocument, mdHeading, mdList, mdStrong, mdTable, mdText } from '../generate/markdown';
import { plural } from './plural';
import type { ReportAdapter, ReportFinding, SupportReport } from './support-report';

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** "Set … to … (*KW=3); or turn … off (*LsoV2IPv4=0)": every alternative in words and exact values. */
export function fixesText(f: ReportFinding): string {
  return f.fixes
    .map((x, i) => `${i === 0 ? '' : 'or: '}${x.label} (${x.changes.map((c) => `${c.keyword}=${c.value ?? 'Not Present'}`).join(', ')})`)
    .join('; ');
}

function adapterSection(a: ReportAdapter): string[] {
  const driver = [a.driver.provider, a.driver.version, a.driver.date && `(${a.driver.date})`].filter(Boolean).join(' ') || 'unknown';
  const blocks: string[] = [
    mdHeading(2, `${a.name} (instance ${a.id})`),
    mdList([
      `${mdStrong('Description:')} ${mdText(a.description || 'none')}`,
      `${mdStrong('Kind:')} ${mdText(a.kind)}`,
      `${mdStrong('Driver:')} ${mdText(driver)}`,
      `${mdStrong('ComponentId:')} ${mdText(a.componentId ?? 'none')}`,
      `${mdStrong('NetCfgInstanceId:')} ${mdText(a.netCfgInstanceId ?? 'none')}`,
    ]),
    mdHeading(3, `Findings (${a.findings.length})`),
    a.findings.length === 0
      ? mdText('No problems found.')
      : mdTable(
          ['Severity', 'Rule', 'Finding', 'Fix'],
          a.findings.map((f) => [SEVERITY[f.severity], f.id, f.message, fixesText(f) || 'none offered']),
        ),
    mdHeading(3, `Values that differ from the driver default (${a.nonDefault.length} of ${a.propertyCount})`),
    a.nonDefault.length === 0
      ? mdText('Every property has its default value.')
      : mdTable(
          ['Property', 'Keyword', 'Value', 'Default', 'Problem'],
          a.nonDefault.map((v) => [
            v.label,
            v.keyword,
            v.value === null || v.display === v.value ? v.display : `${v.display} (${v.value})`,
            v.defaultDisplay,
            v.problem ?? '',
          ]),
        ),
  ];
  const differing = a.effective.filter((e) => e.reason !== null);
  blocks.push(
    mdHeading(3, 'Requested vs effective'),
    a.effective.length === 0
      ? mdText('No offload features to report.')
      : mdTable(
          ['Feature', 'Requested', 'Effective', 'Why they differ'],
          a.effective.map((e) => [e.feature, e.requested, e.effective, e.reason ?? '']),
        ),
  );
  if (differing.length === 0 && a.effective.length > 0) blocks.push(mdText('Every feature is in effect as requested.'));
  if (a.metadata.length > 0) {
    blocks.push(
      mdHeading(3, `Driver metadata problems (${a.metadata.length})`),
      mdTable(
        ['Keyword', 'Problem'],
        a.metadata.map((m) => [m.keyword, m.message]),
      ),
    );
  }
  if (a.registryOnly.length > 0) {
    blocks.push(
      mdHeading(3, 'Registry-only keywords'),
      mdTable(
        ['Keyword', 'Value'],
        a.registryOnly.map((r) => [r.keyword, r.value]),
      ),
    );
  }
  return blocks;
}

export function reportMarkdown(report: SupportReport): string {
  const t = report.totals;
  return mdDocument([
    mdHeading(1, report.title),
    mdList([
      `${mdStrong('Source:')} ${mdText(report.source.description)}`,
      `${mdStrong('Generated:')} ${mdText(`${report.generatedAt} by ${report.tool}`)}`,
      `${mdStrong('Adapters:')} ${mdText(`${t.adapters}; findings: ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${t.infos} info`)}`,
    ]),
    mdHeading(2, 'Global switches'),
    mdTable(
      ['Setting', 'Value', 'Meaning'],
      report.globals.map((g) => [g.name, g.value === null ? 'not set' : String(g.value), g.meaning]),
    ),
    ...report.adapters.flatMap(adapterSection),
  ]);
}
