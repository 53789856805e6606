/**
 * Type-ahead on a closed drop-down, as Windows' own lists do: typing "9" picks "9014 Bytes", typing
 * the same letter again moves to the next option starting with it. Pure; the editor keeps the buffer.
 */

export interface TypeAheadState {
  readonly text: string;
  /** When the last key was typed (event time stamp, ms). */
  readonly at: number;
}

/** Keys typed more than this apart start a new search. */
export const TYPE_AHEAD_RESET_MS = 700;

export const EMPTY_TYPE_AHEAD: TypeAheadState = { text: '', at: -Infinity };

/** A printable key that is not Space and not a shortcut. */
export function isTypeAheadKey(e: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean }): boolean {
  return e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.altKey && !e.metaKey;
}

/**
 * The option to choose after typing `key` at time `at`, and the new buffer. `labels` are the options
 * in the order shown; `currentIndex` is the option shown now (-1 for none).
 */
export function typeAhead(
  labels: readonly string[],
  currentIndex: number,
  state: TypeAheadState,
  key: string,
  at: number,
): { index: number; state: TypeAheadState } {
  const text = (at - state.at > TYPE_AHEAD_RESET_MS ? '' : state.text) + key.toLocaleLowerCase();
  const next: TypeAheadState = { text, at };
  const starts = (i: number, prefix: string) => (labels[i] ?? '').toLocaleLowerCase().startsWith(prefix);
  // One letter (or the same letter again and again) moves to the next option starting with it.
  if ([...text].every((c) => c === text[0])) {
    for (let step = 1; step <= labels.length; step++) {
      const i = (currentIndex + step + labels.length) % labels.length;
      if (starts(i, text[0]!)) return { index: i, state: next };
    }
    return { index: -1, state: next };
  }
  // Several letters: the first option starting with all of them.
  return { index: labels.findIndex((_l, i) => starts(i, text)), state: next };
}
