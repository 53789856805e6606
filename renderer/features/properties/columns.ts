/**
 * Which columns the Advanced list shows at a given width. Labels never get cut off: when space runs
 * out the raw-value column goes first, then the keyword column (both stay in the editor panel).
 */

export type ColumnLayout = 'full' | 'no-raw' | 'narrow';

/** Narrowest list (px) that still fits each layout at its columns' minimum widths. */
const NEEDS: Readonly<Record<Exclude<ColumnLayout, 'narrow'>, number>> = { full: 660, 'no-raw': 500 };

/** The layout for a list `width` px wide, given whether the person wants raw values. */
export function columnLayout(width: number, showRaw: boolean): ColumnLayout {
  if (showRaw && width >= NEEDS.full) return 'full';
  if (width >= NEEDS['no-raw']) return 'no-raw';
  return 'narrow';
}

/** grid-template-columns per layout: status, label, value[, keyword[, raw]]. */
export const GRID_COLUMNS: Readonly<Record<ColumnLayout, string>> = {
  full: '28px minmax(170px, 2fr) minmax(120px, 1.4fr) minmax(130px, 1.2fr) minmax(150px, 1.3fr)',
  'no-raw': '28px minmax(170px, 2fr) minmax(120px, 1.4fr) minmax(130px, 1.2fr)',
  narrow: '28px minmax(140px, 1.4fr) minmax(110px, 1fr)',
};

export function showsKeyword(layout: ColumnLayout): boolean {
  return layout !== 'narrow';
}

export function showsRaw(layout: ColumnLayout): boolean {
  return layout === 'full';
}
