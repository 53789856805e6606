/**
 * One copy of each short string that recurs in a `.reg` file ("Type", "enum", "0", "Enabled"),
 * looked up straight from the file's text by position and a hash computed while scanning, so a
 * recurring name or value costs no new string at all. An export of the Net class key repeats
 * most of its names and values once per adapter; pooling them cuts the memory the loaded tree
 * takes, and with it the garbage collector's work, which dominated loading.
 *
 * Bounded: strings over MAX_POOLED_LENGTH and strings met after the pool is full are not pooled
 * (a hostile file of millions of distinct strings gets its strings, not a huge pool).
 */

import type { RegistryEntry, RegistryValue } from '../../../shared/model/registry-value';

/** Longer strings are rarely repeated (descriptions, paths): not worth a lookup. */
export const MAX_POOLED_LENGTH = 64;
const MAX_ENTRIES = 1 << 16;

/** Start of a string hash; feed each UTF-16 unit with `hashStep`. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** FNV-1a over UTF-16 units. */
export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/** A pooled string, with what the parser derives from it, made once (all frozen: many keys share them). */
export interface PooledString {
  readonly text: string;
  /** The REG_SZ value of this text. */
  sz: RegistryValue | undefined;
  /** The text in lower case, when it is a value name. */
  lower: string | undefined;
  /** As a value name: the entry for each pooled value it has been given. */
  entries: Map<RegistryValue, RegistryEntry> | undefined;
}

export class StringPool {
  private hashes = new Int32Array(1024);
  private entries: (PooledString | undefined)[] = new Array<PooledString | undefined>(1024);
  private count = 0;

  /**
   * The pooled string equal to `source` from `start` to `end` (`hash` over those units), adding
   * it when absent; null when it is too long, or new and the pool is full.
   */
  lookup(source: string, start: number, end: number, hash: number): PooledString | null {
    const length = end - start;
    if (length > MAX_POOLED_LENGTH) return null;
    const mask = this.hashes.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const entry = this.entries[i];
      if (entry === undefined) {
        if (this.count >= MAX_ENTRIES) return null;
        const text = start === 0 && end === source.length ? source : source.slice(start, end);
        const added: PooledString = { text, sz: undefined, lower: undefined, entries: undefined };
        this.entries[i] = added;
        this.hashes[i] = hash;
        if (++this.count * 2 > this.hashes.length) this.grow();
        return added;
      }
      if (this.hashes[i] === hash && entry.text.length === length && source.startsWith(entry.text, start)) return entry;
    }
  }

  /** Pool a whole string (one built from escapes, say). */
  lookupString(text: string): PooledString | null {
    if (text.length > MAX_POOLED_LENGTH) return null;
    let hash = HASH_SEED;
    for (let i = 0; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
    return this.lookup(text, 0, text.length, hash);
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldEntries = this.entries;
    this.hashes = new Int32Array(oldHashes.length * 2);
    this.entries = new Array<PooledString | undefined>(oldHashes.length * 2);
    const mask = this.hashes.length - 1;
    for (let j = 0; j < oldEntries.length; j++) {
      const entry = oldEntries[j];
      if (entry === undefined) continue;
      let i = oldHashes[j]! & mask;
      while (this.entries[i] !== undefined) i = (i + 1) & mask;
      this.entries[i] = entry;
      this.hashes[i] = oldHashes[j]!;
    }
  }
}
