/**
 * One copy of each value the fleet report keeps. Machines of a fleet mostly hold the same
 * drivers, keywords, values and findings, so their entries repeat the same strings and the same
 * small records (a difference from the profile, a finding, an adapter's list of them): kept once
 * each, the report grows with what differs between machines rather than with their number.
 *
 * Strings are also copied when first kept: a string cut from a machine's export text may share
 * that whole text's memory (V8 keeps the text alive for a slice of it), and no export may outlive
 * its turn.
 */

/** A value as the report holds it: JSON-like, read-only once kept. */
type Plain = string | number | boolean | null | undefined | readonly Plain[] | { readonly [key: string]: Plain };

export class Interner {
  private readonly strings = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly records = new Map<string, object>();
  private readonly recordIds = new Map<object, number>();

  /** The kept copy of `text`. */
  string<T extends string | null>(text: T): T {
    if (text === null) return text;
    const id = this.strings.get(text);
    if (id !== undefined) return this.texts[id] as T;
    const copy = own(text);
    this.strings.set(copy, this.texts.push(copy) - 1);
    return copy as T;
  }

  /**
   * The kept copy of a plain value: strings as above, and each array or object equal to one kept
   * before (the same fields in the same order, equal values) is that one, frozen. Equal values
   * therefore serialise the same; identity says nothing — do not compare kept records with ===.
   */
  value<T>(value: T): T {
    return this.plain(value as Plain) as T;
  }

  private plain(value: Plain): Plain {
    if (typeof value === 'string') return this.string(value);
    if (value === null || typeof value !== 'object') return value;
    let key: string;
    let copy: object;
    if (Array.isArray(value)) {
      const items = value.map((v) => this.plain(v));
      key = `[${items.map((v) => this.token(v)).join(',')}`;
      copy = items;
    } else {
      const entries = Object.entries(value).map(([k, v]) => [this.string(k), this.plain(v)] as const);
      key = `{${entries.map(([k, v]) => `${this.token(k)}:${this.token(v)}`).join(',')}`;
      copy = Object.fromEntries(entries);
    }
    const known = this.records.get(key);
    if (known) return known as Plain;
    Object.freeze(copy);
    this.records.set(key, copy);
    this.recordIds.set(copy, this.recordIds.size);
    return copy as Plain;
  }

  /** A short name for a value already kept: its id, or the value itself for numbers and the like. */
  private token(value: Plain): string {
    if (typeof value === 'string') return `s${this.strings.get(value)}`;
    if (value !== null && typeof value === 'object') return `o${this.recordIds.get(value)}`;
    return typeof value === 'number' ? `#${value}` : String(value);
  }
}

/** A copy of `text` that shares no memory with the string it came from. */
function own(text: string): string {
  // Built from code units, in pieces small enough to pass as arguments: slices of the original and
  // concatenations holding it are never kept.
  let copy = '';
  for (let start = 0; start < text.length; start += OWN_PIECE) {
    const end = Math.min(text.length, start + OWN_PIECE);
    copy += String.fromCharCode(...Array.from({ length: end - start }, (_, i) => text.charCodeAt(start + i)));
  }
  return copy;
}

const OWN_PIECE = 4096;
