/**
 * Build the support report from a source, and render it: Markdown, a self-contained HTML page, or
 * the model itself as JSON. Shared by `nicprops report` and the app's Copy report / Save report.
 */

import { createHash } from 'node:crypto';
import type { ExportedFile } from '../../shared/ipc/contract';
import type { AdapterDetails } from '../../shared/model/adapter';
import { adapterKeyPath } from '../../shared/model/registry-paths';
import { registryValueAsText } from '../../shared/model/registry-value';
import { reportHtml } from '../../shared/report/report-html';
import { reportMarkdown } from '../../shared/report/report-markdown';
import { buildSupportReport, type DriverInfo, type SupportReport } from '../../shared/report/support-report';
import type { RegistrySource } from '../sources/registry-source';
import { readAllAdapterDetails, readGlobals } from './adapter-reader';
import { TOOL_NAME } from './tool-info';

export type ReportFormat = 'md' | 'html' | 'json';

/** Which adapters: one by id, those a person sees (an Advanced page, not hidden), or every adapter. */
export type ReportScope = { readonly adapterId: string } | 'visible' | 'all';

async function driverInfo(source: RegistrySource, id: string): Promise<DriverInfo> {
  const values = (await source.readValues(adapterKeyPath(id))) ?? [];
  const text = (name: string) => {
    const v = values.find((e) => e.name.toLowerCase() === name.toLowerCase());
    return v ? registryValueAsText(v.value) : null;
  };
  return { provider: text('ProviderName'), version: text('DriverVersion'), date: text('DriverDate') };
}

function inScope(d: AdapterDetails, scope: ReportScope): boolean {
  if (scope === 'all') return true;
  // Unknown kind flags (null) count as shown: only what is known to be hidden or without a page is left out.
  if (scope === 'visible') return d.adapter.hasUi !== false && d.adapter.hidden !== true;
  return d.adapter.id === scope.adapterId;
}

export async function buildReportFrom(source: RegistrySource, scope: ReportScope, now = new Date()): Promise<SupportReport> {
  const all = await readAllAdapterDetails(source);
  const chosen = all.filter((d) => inScope(d, scope));
  const adapters = await Promise.all(chosen.map(async (details) => ({ details, driver: await driverInfo(source, details.adapter.id) })));
  return buildSupportReport({
    source: { kind: source.kind, label: source.label },
    generatedAt: now,
    tool: TOOL_NAME,
    globals: await readGlobals(source),
    adapters,
  });
}

function sha256Base64(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** The report as file text in the format asked for. */
export function renderReport(report: SupportReport, format: ReportFormat): string {
  if (format === 'md') return reportMarkdown(report);
  if (format === 'html') return reportHtml(report, sha256Base64);
  return `${JSON.stringify(report, null, 2)}\n`;
}

const MIME: Readonly<Record<ReportFormat, string>> = { md: 'text/markdown', html: 'text/html', json: 'application/json' };

/** The report as a file for the renderer: to save, or (Markdown) to copy to the clipboard. */
export async function exportReport(source: RegistrySource, format: ReportFormat, scope: ReportScope, now = new Date()): Promise<ExportedFile> {
  const report = await buildReportFrom(source, scope, now);
  const stamp = now.toISOString().slice(0, 16).replace(/[-:T]/g, '');
  return {
    suggestedName: `nic-report-${stamp}.${format}`,
    mimeType: MIME[format],
    contentBase64: Buffer.from(renderReport(report, format), 'utf8').toString('base64'),
  };
}
