/**
 * The fleet report as one self-contained HTML page: summary figures, a bar chart of the most
 * common findings, the keywords that differ from the profile, the values that differ across the
 * fleet, the drivers, and a sortable table of every machine and adapter. Every piece of registry
 * text goes through html`` (shared/generate/html.ts). The page's only script (sorting and the
 * chart, Chart.js bundled in) is passed in with its hash: the Content-Security-Policy allows that
 * script and the page's style sheet, nothing else — no network, no other script. Without the
 * script everything but the chart and sorting is still there, and the chart's numbers are in the
 * table beneath it.
 */

import { html, htmlDocument, type SafeHtml } from '../generate/html';
import { plural } from '../report/plural';
import { REPORT_STYLE } from '../report/report-style';
import type { FleetAdapter, FleetCount, FleetReport } from './fleet-model';
import { headline, valueText } from './fleet-text';

/** How many findings the chart shows. */
export const CHART_FINDINGS = 10;

export const FLEET_STYLE = `${REPORT_STYLE}
body { max-width: 110rem; }
.cards { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem; min-width: 9rem; }
.card .n { display: block; font-size: 1.6rem; font-weight: 600; }
.card.bad .n { color: var(--error); }
.chart { position: relative; height: 18rem; max-width: 60rem; }
details summary { cursor: pointer; }
th button { all: unset; cursor: pointer; font: inherit; color: inherit; }
th button:focus-visible { outline: 2px solid var(--info); outline-offset: 2px; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.differs { color: var(--warning); }
@media print { .chart { display: none; } details { display: block; } }
`.trim();

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

function num(n: number): SafeHtml {
  return html`<td class="num" data-sort="${n}">${n}</td>`;
}

function machines(c: FleetCount): SafeHtml {
  if (c.machineNames.length === 0) return html``;
  if (c.machineNames.length <= 5) return html`${c.machineNames.join(', ')}`;
  return html`<details>
    <summary>${plural(c.machineNames.length, 'machine')}</summary>
    ${c.machineNames.join(', ')}
  </details>`;
}

function table(id: string | null, caption: string, header: readonly string[], rows: readonly SafeHtml[]): SafeHtml {
  const head = html`<thead>
    <tr>
      ${header.map((h) => html`<th scope="col">${h}</th>`)}
    </tr>
  </thead>`;
  const idAttribute = id === null ? null : html`id="${id}"`;
  return html`<table class="sortable" ${idAttribute}>
    <caption>
      ${caption}
    </caption>
    ${head}
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

function cards(report: FleetReport): SafeHtml {
  const t = report.totals;
  const card = (n: number, label: string, bad = false) =>
    bad && n > 0 ? html`<div class="card bad"><span class="n">${n}</span>${label}</div>` : html`<div class="card"><span class="n">${n}</span>${label}</div>`;
  return html`<section class="cards" aria-label="Totals">
    ${[
      card(t.machines, 'machines read'),
      card(t.unreadable, 'unreadable exports', true),
      card(t.adapters, 'adapters'),
      report.profile ? card(t.drifted, 'machines drift from the profile', true) : html``,
      card(t.machinesWithErrors, 'machines with errors', true),
      card(t.machinesWithWarnings, 'machines with warnings'),
    ]}
  </section>`;
}

function findings(report: FleetReport): SafeHtml {
  const list = report.summary.findings;
  if (list.length === 0)
    return html`<section>
      <h2>Findings</h2>
      <p class="ok">No machine has a finding.</p>
    </section>`;
  const top = list.slice(0, CHART_FINDINGS);
  const chart = html`<div class="chart">
    <canvas
      id="findings-chart"
      role="img"
      aria-label="Bar chart: how many machines have each of the ${top.length} most common findings; the table below has the same numbers."
    ></canvas>
  </div>`;
  const rows = list.map(
    (f, i) =>
      html`<tr data-chart="${i < CHART_FINDINGS ? 'yes' : 'no'}" data-label="${f.id}" data-severity="${f.severity}" data-machines="${f.machines}">
        <td><span class="severity ${f.severity}">${SEVERITY[f.severity]}</span></td>
        <td>${f.id}</td>
        ${num(f.machines)}${num(f.adapters)}
        <td>${f.message}</td>
        <td>${machines(f)}</td>
      </tr>`,
  );
  return html`<section>
    <h2>Most common findings</h2>
    ${chart}${table('top-findings', 'Findings by how many machines have them', ['Severity', 'Rule', 'Machines', 'Adapters', 'Finding (as worded for the first adapter found)', 'Which machines'], rows)}
  </section>`;
}

function differences(report: FleetReport): SafeHtml {
  const list = report.summary.differences;
  const title = report.profile ? 'Keywords that differ from the profile' : 'Keywords set to other than the driver default';
  if (list.length === 0)
    return html`<section>
      <h2>${title}</h2>
      <p class="ok">${report.profile ? 'Every matching adapter matches the profile.' : 'Every adapter has its drivers\u2019 defaults.'}</p>
    </section>`;
  const rows = list.map(
    (d) =>
      html`<tr>
        <td>${d.label}</td>
        <td><code>${d.keyword}</code></td>
        ${num(d.machines)}${num(d.adapters)}${num(d.cannotApply)}
        <td>${machines(d)}</td>
      </tr>`,
  );
  return html`<section>
    <h2>${title}</h2>
    ${table(null, title, ['Property', 'Keyword', 'Machines', 'Adapters', 'Cannot apply as-is', 'Which machines'], rows)}
  </section>`;
}

function values(report: FleetReport): SafeHtml {
  const list = report.summary.values;
  if (list.length === 0)
    return html`<section>
      <h2>Values across the fleet</h2>
      <p class="ok">Every keyword has the same value on every adapter that defines it.</p>
    </section>`;
  const rows = list.flatMap((k) =>
    k.values.map(
      (v) =>
        html`<tr>
          <td>${k.label}</td>
          <td><code>${k.keyword}</code></td>
          <td>${valueText(v.value, v.display)}</td>
          ${num(v.machines)}${num(v.adapters)}
          <td>${machines(v)}</td>
        </tr>`,
    ),
  );
  return html`<section>
    <h2>Values across the fleet</h2>
    ${table(null, 'Keywords whose value differs between adapters' + (report.keywords.length ? ', and those asked for' : ''), ['Property', 'Keyword', 'Value', 'Machines', 'Adapters', 'Which machines'], rows)}
  </section>`;
}

function drivers(report: FleetReport): SafeHtml {
  const rows = report.summary.drivers.map(
    (d) =>
      html`<tr>
        <td><code>${d.componentId ?? 'none'}</code></td>
        <td>${d.driverVersion ?? 'unknown'}</td>
        <td>${d.description ?? ''}</td>
        ${num(d.machines)}${num(d.adapters)}
        <td>${machines(d)}</td>
      </tr>`,
  );
  return html`<section>
    <h2>Drivers</h2>
    ${table(null, 'Drivers by ComponentId and version', ['ComponentId', 'DriverVersion', 'Description', 'Machines', 'Adapters', 'Which machines'], rows)}
  </section>`;
}

function adapterDifferences(a: FleetAdapter): SafeHtml {
  if (a.profile === 'not-matched') return html`profile not meant for it`;
  if (a.differences.length === 0) return html`${a.profile === 'matches' ? 'matches the profile' : 'all defaults'}`;
  return html`${a.differences.map(
    (d) =>
      html`<div class="differs">
        <code>${d.keyword}</code>
        ${valueText(d.current, d.currentDisplay)}${d.kind === 'non-default' ? '' : ` \u2192 ${valueText(d.wanted, d.wantedDisplay)}`}${d.kind === 'cannot-apply' ? ' (cannot apply)' : ''}
      </div>`,
  )}`;
}

function machineTable(report: FleetReport): SafeHtml {
  const rows: SafeHtml[] = [];
  for (const m of report.machines) {
    if (m.error !== null) continue;
    for (const a of m.adapters) {
      const count = (s: string) => a.findings.filter((f) => f.severity === s).length;
      rows.push(
        html`<tr>
          <td>${m.machine}</td>
          <td>${a.name}</td>
          <td><code>${a.componentId ?? ''}</code></td>
          <td>${a.driverVersion ?? ''}</td>
          ${num(count('error'))}${num(count('warning'))}${report.keywords.map(
            (k) => html`<td>${k in a.values ? (a.values[k] ?? 'Not Present') : '\u2013'}</td>`,
          )}
          <td>${[...new Set(a.findings.map((f) => f.id))].join(' ')}</td>
          <td>${adapterDifferences(a)}</td>
        </tr>`,
      );
    }
  }
  const header = [
    'Machine',
    'Adapter',
    'ComponentId',
    'DriverVersion',
    'Errors',
    'Warnings',
    ...report.keywords,
    'Findings',
    report.profile ? 'Differs from the profile' : 'Non-default values',
  ];
  return html`<section>
    <h2>Machines</h2>
    ${table('machines', `Every adapter of every machine (${rows.length}); select a column heading to sort`, header, rows)}
  </section>`;
}

function unreadable(report: FleetReport): SafeHtml {
  const bad = report.machines.filter((m) => m.error !== null || m.notes.length > 0);
  if (bad.length === 0) return html``;
  const rows = bad.map(
    (m) =>
      html`<tr>
        <td>${m.file}</td>
        <td>${m.machine}</td>
        <td>${[m.error, ...m.notes].filter(Boolean).join(' ')}</td>
      </tr>`,
  );
  return html`<section>
    <h2>Unreadable exports and notes</h2>
    ${table(null, 'Exports that could not be read, and other notes', ['File', 'Machine', 'What happened'], rows)}
  </section>`;
}

export interface FleetPageScript {
  readonly text: string;
  readonly sha256: string;
}

/** The page. `sha256Base64` hashes the style sheet for the Content-Security-Policy; `script` comes hashed. */
export function fleetHtml(report: FleetReport, sha256Base64: (text: string) => string, script: FleetPageScript): string {
  const body = html`<header>
      <h1>${report.title}</h1>
      <p class="meta">
        Generated ${report.generatedAt} by ${report.tool}.
        ${headline(report)
          .join(' ')
          .slice(report.title.length + 2)}
      </p>
    </header>
    <main>
      ${cards(report)} ${findings(report)} ${differences(report)} ${values(report)} ${drivers(report)} ${machineTable(report)} ${unreadable(report)}
    </main>`;
  return htmlDocument({ title: report.title, styleSheet: FLEET_STYLE, styleSha256: sha256Base64(FLEET_STYLE), body, script });
}
