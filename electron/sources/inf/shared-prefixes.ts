/**
 * The install sections of one driver INF mostly run the same registry sections in the same order
 * (one DelReg of Ndi\params, the same parameter AddRegs) and differ only in a section or two at
 * the end. The registry state after such a common run is the same for all of them, so it can be
 * built once and copied. This finds, for each sequence of segments (compared by identity), the
 * longest run of leading segments it shares with another sequence, and a place to keep the state
 * built for that run.
 */

/** One run of leading segments shared by several sequences, with what was built for it (set by the first to get there). */
export interface SharedPrefix<T> {
  /** How many leading segments. */
  readonly length: number;
  built: T | null;
}

interface TrieNode<T> {
  readonly children: Map<unknown, TrieNode<T>>;
  count: number;
  readonly prefix: SharedPrefix<T>;
}

function node<T>(length: number): TrieNode<T> {
  return { children: new Map(), count: 0, prefix: { length, built: null } };
}

/** For each sequence, the longest leading run of segments another sequence starts with too; null when none does. */
export function sharedPrefixes<T>(sequences: readonly (readonly unknown[])[]): (SharedPrefix<T> | null)[] {
  const root = node<T>(0);
  const paths: TrieNode<T>[][] = [];
  for (const sequence of sequences) {
    const path: TrieNode<T>[] = [];
    let at = root;
    for (const segment of sequence) {
      let next = at.children.get(segment);
      if (next === undefined) {
        next = node(at.prefix.length + 1);
        at.children.set(segment, next);
      }
      next.count++;
      path.push(next);
      at = next;
    }
    paths.push(path);
  }
  return paths.map((path) => {
    for (let i = path.length - 1; i >= 0; i--) if (path[i]!.count > 1) return path[i]!.prefix;
    return null;
  });
}
