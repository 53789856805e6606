/**
 * The report page's only style sheet: plain, readable on screen (light or dark) and on paper
 * (black on white, tables not split across pages, severity in words as well as colour).
 */

export const REPORT_STYLE = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #5c5c5c; --line: #d0d0d0; --head: #f3f3f3; --error: #b3261e; --warning: #8a5300; --info: #0f5ea8; --ok: #1e6b2f; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8e8; --bg: #1e1e1e; --muted: #b0b0b0; --line: #444; --head: #2a2a2a; --error: #ff8a80; --warning: #ffcc80; --info: #90caf9; --ok: #a5d6a7; } }
body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; font: 14px/1.45 "Segoe UI", system-ui, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h2 .id { font-size: 0.85rem; font-weight: normal; color: var(--muted); }
.meta { color: var(--muted); margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
td code { word-break: break-all; }
th { background: var(--head); }
code { font-family: Consolas, "Cascadia Mono", monospace; font-size: 0.92em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.5rem 0 1rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.severity { font-weight: 600; }
.severity.error { color: var(--error); }
.severity.warning { color: var(--warning); }
.severity.info { color: var(--info); }
.ok { color: var(--ok); }
.source { display: block; margin-top: 0.2rem; font-size: 0.85em; color: var(--muted); }
.fix { display: block; }
.fix + .fix { margin-top: 0.3rem; }
a { color: inherit; }
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #333; --line: #888; --head: #eee; --error: #000; --warning: #000; --info: #000; --ok: #000; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; }
  tr, dl.facts { break-inside: avoid; }
  thead { display: table-header-group; }
  a { text-decoration: none; }
}
`.trim();
