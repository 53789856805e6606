/**
 * The support report as one self-contained HTML page: no script, no external asset, one hashed
 * style sheet (CSP), readable on screen and on paper. Every piece of registry text goes through
 * html`` (shared/generate/html.ts).
 */

import { html, htmlDocument, htmlJoin, type SafeHtml } from '../generate/html';
import { REPORT_STYLE } from './report-style';
import { plural } from './plural';
import type { ReportAdapter, SupportReport } from './support-report';

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

function table(caption: string, header: readonly string[], rows: readonly (readonly (string | SafeHtml)[])[]): SafeHtml {
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${header.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            ${r.map((c) => html`<td>${c}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function adapterSection(a: ReportAdapter): SafeHtml {
  const driver = [a.driver.provider, a.driver.version, a.driver.date && `(${a.driver.date})`].filter(Boolean).join(' ') || 'unknown';
  const facts = html`<dl class="facts">
    <dt>Description</dt>
    <dd>${a.description || 'none'}</dd>
    <dt>Kind</dt>
    <dd>${a.kind}</dd>
    <dt>Driver</dt>
    <dd>${driver}</dd>
    <dt>ComponentId</dt>
    <dd><code>${a.componentId ?? 'none'}</code></dd>
    <dt>NetCfgInstanceId</dt>
    <dd><code>${a.netCfgInstanceId ?? 'none'}</code></dd>
  </dl>`;
  const findings =
    a.findings.length === 0
      ? html`<p class="ok">No problems found.</p>`
      : table(
          `Findings (${a.findings.length})`,
          ['Severity', 'Rule', 'Finding', 'Fix'],
          a.findings.map((f) => [
            html`<span class="severity ${f.severity}">${SEVERITY[f.severity]}</span>`,
            f.id,
            html`${f.message}<span class="source">${f.source}</span>`,
            f.fixes.length === 0
              ? 'none offered'
              : htmlJoin(
                  f.fixes.map(
                    (x, i) =>
                      html`<span class="fix"
                        >${i === 0 ? '' : 'or: '}${x.label} <code>${x.changes.map((c) => `${c.keyword}=${c.value ?? 'Not Present'}`).join(', ')}</code></span
                      >`,
                  ),
                ),
          ]),
        );
  const values =
    a.nonDefault.length === 0
      ? html`<p class="ok">Every property has its default value.</p>`
      : table(
          `Values that differ from the driver default (${a.nonDefault.length} of ${a.propertyCount})`,
          ['Property', 'Keyword', 'Value', 'Default', 'Problem'],
          a.nonDefault.map((v) => [
            v.label,
            html`<code>${v.keyword}</code>`,
            v.value === null || v.display === v.value ? v.display : `${v.display} (${v.value})`,
            v.defaultDisplay,
            v.problem ?? '',
          ]),
        );
  const effective =
    a.effective.length === 0
      ? html`<p>No offload features to report.</p>`
      : table(
          'Requested vs effective',
          ['Feature', 'Requested', 'Effective', 'Why they differ'],
          a.effective.map((e) => [e.feature, e.requested, e.reason ? html`<strong>${e.effective}</strong>` : e.effective, e.reason ?? '']),
        );
  const metadata =
    a.metadata.length === 0
      ? null
      : table(
          `Driver metadata problems (${a.metadata.length})`,
          ['Keyword', 'Problem'],
          a.metadata.map((m) => [html`<code>${m.keyword}</code>`, m.message]),
        );
  const registryOnly =
    a.registryOnly.length === 0
      ? null
      : table(
          'Registry-only keywords',
          ['Keyword', 'Value'],
          a.registryOnly.map((r) => [html`<code>${r.keyword}</code>`, r.value]),
        );
  return html`<section class="adapter" id="adapter-${a.id}">
    <h2>${a.name} <span class="id">instance ${a.id}</span></h2>
    ${facts}${findings}${values}${effective}${metadata}${registryOnly}
  </section>`;
}

function summary(report: SupportReport): SafeHtml {
  return table(
    'Adapters',
    ['Adapter', 'Description', 'Errors', 'Warnings', 'Non-default values'],
    report.adapters.map((a) => [
      html`<a href="#adapter-${a.id}">${a.name}</a>`,
      a.description ?? '',
      String(a.findings.filter((f) => f.severity === 'error').length),
      String(a.findings.filter((f) => f.severity === 'warning').length),
      String(a.nonDefault.length),
    ]),
  );
}

/** The page. `sha256Base64` hashes the style sheet for the Content-Security-Policy. */
export function reportHtml(report: SupportReport, sha256Base64: (text: string) => string): string {
  const t = report.totals;
  const body = html`<header>
      <h1>${report.title}</h1>
      <p class="meta">
        Source: ${report.source.description}. Generated ${report.generatedAt} by ${report.tool}. ${plural(t.adapters, 'adapter')}; findings:
        ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${t.infos} info.
      </p>
    </header>
    <main>
      ${summary(report)}
      <section>
        <h2>Global switches</h2>
        ${table(
          'Machine-wide overrides',
          ['Setting', 'Value', 'Meaning'],
          report.globals.map((g) => [html`<code>${g.name}</code>`, g.value === null ? 'not set' : String(g.value), g.meaning]),
        )}
      </section>
      ${report.adapters.map(adapterSection)}
    </main>`;
  return htmlDocument({ title: report.title, styleSheet: REPORT_STYLE, styleSha256: sha256Base64(REPORT_STYLE), body });
}
