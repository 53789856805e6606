/**
 * The fleet report page's only script (bundled with Chart.js into one inline script, allowed by
 * its hash in the page's Content-Security-Policy): sortable tables and the bar chart of the most
 * common findings. It reads everything from the page's own tables — no data is embedded twice,
 * nothing is fetched — and only adds buttons, sort order and a canvas drawing.
 */

import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** The text a cell sorts by: its data-sort number where it has one, else its text. */
function sortKey(cell: Element | undefined): number | string {
  const n = cell?.getAttribute('data-sort');
  if (n !== null && n !== undefined && n !== '' && !Number.isNaN(Number(n))) return Number(n);
  return (cell?.textContent ?? '').trim().toLowerCase();
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

/** Turn each column heading of a table.sortable into a button that sorts by that column. */
function makeSortable(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headings = Array.from(table.tHead?.rows[0]?.cells ?? []);
  if (!body) return;
  headings.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const descending = th.getAttribute('aria-sort') === 'ascending';
      for (const other of headings) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      const rows = Array.from(body.rows);
      const keyed = rows.map((row, index) => ({ row, index, key: sortKey(row.cells[column]) }));
      // Stable: equal keys keep their order.
      keyed.sort((x, y) => (descending ? -1 : 1) * compare(x.key, y.key) || x.index - y.index);
      body.append(...keyed.map((k) => k.row));
    });
  });
}

/** Bars of the chart from the findings table's rows marked data-chart="yes". */
function drawChart(): void {
  const canvas = document.getElementById('findings-chart');
  const table = document.getElementById('top-findings');
  if (!(canvas instanceof HTMLCanvasElement) || !table) return;
  const rows = Array.from(table.querySelectorAll('tbody tr[data-chart="yes"]'));
  const style = getComputedStyle(document.documentElement);
  const colour = (severity: string | null) => style.getPropertyValue(`--${severity ?? 'info'}`).trim() || '#666';
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.getAttribute('data-label') ?? ''),
      datasets: [
        {
          label: 'Machines',
          data: rows.map((r) => Number(r.getAttribute('data-machines') ?? 0)),
          backgroundColor: rows.map((r) => colour(r.getAttribute('data-severity'))),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { beginAtZero: true, title: { display: true, text: 'Machines' }, ticks: { precision: 0 } } },
      plugins: { tooltip: { enabled: true } },
    },
  });
}

for (const table of Array.from(document.querySelectorAll('table.sortable'))) makeSortable(table as HTMLTableElement);
drawChart();
