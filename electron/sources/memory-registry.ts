/**
 * A registry held in memory: the `reg-file` and `demo` sources, and the fake every
 * service test runs against. Key and value names compare case-insensitively, as in
 * Windows, keep the case they were created with, and list in insertion order.
 */

import type { RegistryEntry, RegistryValue } from '../../shared/model/registry-value';
import { RegistryWriteError, SharedValues, type RegistrySource, type RegistryTree, type SourceKind, type SourceProvenance } from './registry-source';
import { normalizeKeyPath, ROOT_KEY_NAMES } from './reg-file/key-path';
import type { RegDocument } from './reg-file/reg-document';
import { parseRegInto, type RegBody, type RegSink } from './reg-file/parse-reg';
import { writeReg, type RegKeyBlock } from './reg-file/write-reg';

interface KeyNode {
  readonly name: string;
  /**
   * By lower-case name; Map order is insertion order. A key without subkeys shares one empty map
   * until its first one is added (most keys of an export are leaves); keys with the same values
   * share one SharedValues until written. Change them only through subkeysToWrite / valuesToWrite.
   */
  subkeys: ReadonlyMap<string, KeyNode>;
  values: ReadonlyMap<string, RegistryEntry>;
}

const NO_SUBKEYS: ReadonlyMap<string, KeyNode> = new Map();
const NO_VALUES: ReadonlyMap<string, RegistryEntry> = new SharedValues();

function subkeysToWrite(node: KeyNode): Map<string, KeyNode> {
  if (node.subkeys === NO_SUBKEYS) node.subkeys = new Map();
  return node.subkeys as Map<string, KeyNode>;
}

/** The node's values, copied first when they are shared with other keys. */
function valuesToWrite(node: KeyNode): Map<string, RegistryEntry> {
  if (node.values === NO_VALUES) node.values = new Map();
  else if (node.values instanceof SharedValues) node.values = new Map(node.values);
  return node.values as Map<string, RegistryEntry>;
}

/** A value set as regedit sets it: a replaced value keeps the stored name's case, as in Windows. */
function setEntry(values: Map<string, RegistryEntry>, lower: string, entry: RegistryEntry): void {
  const existing = values.get(lower);
  values.set(lower, existing === undefined || existing.name === entry.name ? entry : { name: existing.name, value: entry.value });
}

/** A subtree as it was when frozen (RegistryBuilder.freeze): its values never change, so copies can share them. */
export interface FrozenKey {
  readonly name: string;
  readonly values: SharedValues;
  /** By lower-case name, in order. */
  readonly subkeys: readonly (readonly [string, FrozenKey])[];
}

/** Synchronous edits for building a registry in memory, with reads (a driver INF's AddReg needs them for NOCLOBBER and APPEND). */
export interface RegistryBuilder {
  openKey(path: string, line: number): void;
  deleteKey(path: string, line: number): void;
  setValue(path: string, name: string, value: RegistryValue, line: number): void;
  deleteValue(path: string, name: string, line: number): void;
  /** The value `name` of `path`; null when the key or the value does not exist. */
  readValue(path: string, name: string): RegistryValue | null;
  keyExists(path: string): boolean;
  /**
   * The subtree at `path` (created if missing) as it is now. Its keys keep working as before: their
   * values are shared with the frozen copy and copied on their next write.
   */
  freeze(path: string): FrozenKey;
  /**
   * Make the subtree at `path` (created if missing; its own name is kept) hold what `frozen` held:
   * the same subkeys, sharing the frozen values until each key is written. Cheaper than replaying
   * the edits that made it, and what lets readers build metadata once for all the copies.
   */
  graft(path: string, frozen: FrozenKey): void;
}

/** An in-memory RegistrySource; build one from parsed `.reg` files with `fromDocuments`. */
export class MemoryRegistry implements RegistrySource {
  private readonly roots = new Map<string, KeyNode>(ROOT_KEY_NAMES.map((name) => [name, newNode(name)]));
  private readonly nodeCache = new Map<string, KeyNode>();

  constructor(
    readonly kind: SourceKind,
    readonly label: string,
    readonly provenance?: SourceProvenance,
  ) {}

  /** A registry filled by `fill` through synchronous edits (the driver INF source). */
  static build(kind: SourceKind, label: string, fill: (builder: RegistryBuilder) => void, provenance?: SourceProvenance): MemoryRegistry {
    const registry = new MemoryRegistry(kind, label, provenance);
    const sink = registry.importer(label);
    // The same few value names recur for every parameter: lower-case each once.
    const lowers = new Map<string, string>();
    const lower = (name: string): string => {
      let l = lowers.get(name);
      if (l === undefined) lowers.set(name, (l = name.toLowerCase()));
      return l;
    };
    fill({
      openKey: (path, line) => void sink.openKey(path, line),
      deleteKey: (path, line) => sink.deleteKey(path, line),
      setValue: (path, name, value, line) => sink.setValue(sink.openKey(path, line), { name, value: copyValue(value) }, lower(name), line),
      deleteValue: (path, name, line) => sink.deleteValue(sink.openKey(path, line), name, lower(name), line),
      readValue: (path, name) => registry.resolve(path, false)?.values.get(lower(name))?.value ?? null,
      keyExists: (path) => registry.resolve(path, false) !== null,
      freeze: (path) => freezeNode(sink.openKey(path, 0)),
      graft: (path, frozen) => {
        const node = sink.openKey(path, 0);
        node.values = frozen.values;
        node.subkeys = thawSubkeys(frozen);
        // Nodes under `path` were replaced: neither the cursor nor the path cache may keep them.
        sink.forgetOpenKeys();
        registry.nodeCache.clear();
      },
    });
    return registry;
  }

  /** A registry holding the result of importing `docs` in order, as regedit would. */
  static fromDocuments(docs: readonly RegDocument[], kind: SourceKind, label: string): MemoryRegistry {
    const registry = new MemoryRegistry(kind, label);
    for (const doc of docs) registry.applyDocument(doc);
    return registry;
  }

  /** A registry holding the result of importing `.reg` texts in order, read straight into memory. Throws RegParseError. */
  static fromRegTexts(files: readonly { readonly text: string; readonly name: string }[], kind: SourceKind, label: string): MemoryRegistry {
    const registry = new MemoryRegistry(kind, label);
    for (const file of files) parseRegInto(file.text, file.name, registry.importer(file.name));
    return registry;
  }

  /** Import one parsed `.reg` file: create/merge keys, delete subtrees and values, set values. */
  applyDocument(doc: RegDocument): void {
    const sink = this.importer(doc.fileName);
    for (const op of doc.operations) {
      if (op.op === 'open-key') sink.openKey(op.path, op.line);
      else if (op.op === 'delete-key') sink.deleteKey(op.path, op.line);
      else if (op.op === 'set-value')
        sink.setValue(sink.openKey(op.path, op.line), { name: op.name, value: copyValue(op.value) }, op.name.toLowerCase(), op.line);
      else sink.deleteValue(sink.openKey(op.path, op.line), op.name, op.name.toLowerCase(), op.line);
    }
  }

  /** What regedit does with each operation of an import, applied to this registry. */
  private importer(fileName: string): RegSink<KeyNode> & { forgetOpenKeys(): void } {
    // The same few key names recur thousands of times in an export: lower-case each once
    // (toLowerCase is slow on slices of the two-byte text a UTF-16 file decodes to), and store one
    // copy of each spelling rather than thousands of equal strings (less for the GC to copy).
    // Value names and values come pooled from the parser already.
    const names = new Map<string, { readonly name: string; readonly lower: string }>();
    const intern = (name: string): { readonly name: string; readonly lower: string } => {
      let known = names.get(name);
      if (known === undefined) {
        known = { name, lower: name.toLowerCase() };
        names.set(name, known);
      }
      return known;
    };
    const cursor = new KeyCursor(this.roots, intern);
    // The values each repeated body makes, built once and shared by every new key holding it.
    const shared = new Map<RegBody, SharedValues>();
    const valuesOf = (body: RegBody): SharedValues => {
      let values = shared.get(body);
      if (values === undefined) {
        const built = new Map<string, RegistryEntry>();
        for (const op of body.operations) {
          if (op.entry) setEntry(built, op.lower, op.entry);
          else built.delete(op.lower);
        }
        values = SharedValues.of(built);
        shared.set(body, values);
      }
      return values;
    };
    return {
      openKey: (path, line) => {
        const node = cursor.open(path);
        if (node === null) throw new RangeError(`${fileName} line ${line}: invalid key path ${path}`);
        return node;
      },
      deleteKey: (path) => {
        this.removeKey(path);
        // The deleted subtree may hold nodes the cursor remembers.
        cursor.reset();
      },
      forgetOpenKeys: () => cursor.reset(),
      setValue: (node, entry, lower) => setEntry(valuesToWrite(node), lower, entry),
      deleteValue: (node, _name, lower) => void valuesToWrite(node).delete(lower),
      setBody: (node, body) => {
        if (node.values === NO_VALUES) {
          node.values = valuesOf(body);
          return;
        }
        // A key opened again, or merged from an earlier file: apply line by line.
        const values = valuesToWrite(node);
        for (const op of body.operations) {
          if (op.entry) setEntry(values, op.lower, op.entry);
          else values.delete(op.lower);
        }
      },
    };
  }

  async listSubkeys(path: string): Promise<readonly string[] | null> {
    const node = this.resolve(path, false);
    return node === null ? null : Array.from(node.subkeys.values(), (k) => k.name);
  }

  async readValues(path: string): Promise<readonly RegistryEntry[] | null> {
    const node = this.resolve(path, false);
    return node === null ? null : Array.from(node.values.values());
  }

  async readTree(path: string): Promise<RegistryTree | null> {
    return this.treeAt(path);
  }

  /** The subtree at `path`, as readTree gives it, without waiting. */
  treeAt(path: string): RegistryTree | null {
    // A node already is a tree view: no copy.
    return this.resolve(path, false);
  }

  async createKey(path: string): Promise<void> {
    if (this.resolve(path, true) === null) throw new RegistryWriteError('failed', `invalid key path ${path}`);
  }

  async setValue(path: string, name: string, value: RegistryValue): Promise<void> {
    putValue(this.existingKey(path), name, value);
  }

  async deleteValue(path: string, name: string): Promise<void> {
    valuesToWrite(this.existingKey(path)).delete(name.toLowerCase());
  }

  /** Delete `path` and everything under it; false when it did not exist. Root keys cannot be deleted. */
  async deleteKey(path: string): Promise<boolean> {
    return this.removeKey(path);
  }

  /** The subtree at `rootPath` (all non-empty roots when omitted) as key blocks in export order; null when the key does not exist. */
  snapshot(rootPath?: string): RegKeyBlock[] | null {
    const blocks: RegKeyBlock[] = [];
    if (rootPath === undefined) {
      for (const root of this.roots.values()) {
        if (root.subkeys.size > 0 || root.values.size > 0) collect(root, root.name, blocks);
      }
      return blocks;
    }
    const found = this.find(rootPath, false, true);
    if (found === null) return null;
    collect(found.node, found.path, blocks);
    return blocks;
  }

  /** The subtree at `rootPath` as regedit-format text (see writeReg); null when the key does not exist. */
  toRegText(rootPath: string): string | null {
    const blocks = this.snapshot(rootPath);
    return blocks === null ? null : writeReg(blocks);
  }

  /** The node at `path`; with `create`, missing keys on the way are created. Null for a bad path or a missing key. */
  private resolve(path: string, create: boolean): KeyNode | null {
    // Readers ask for the same long paths again and again (params, enum, root): remember the
    // answers. Only existing keys are cached, and any key deletion clears the cache.
    const cached = this.nodeCache.get(path);
    if (cached !== undefined) return cached;
    const slash = path.lastIndexOf('\\');
    let node: KeyNode | null;
    if (slash < 0) {
      const root = normalizeKeyPath(path);
      node = root === null ? null : (this.roots.get(root) ?? null);
    } else {
      // Resolve the parent through the cache too: siblings share it, so each key costs one lookup.
      const parent = this.resolve(path.slice(0, slash), create);
      const name = path.slice(slash + 1);
      if (parent === null || name === '') return null;
      const lower = name.toLowerCase();
      node = parent.subkeys.get(lower) ?? null;
      if (node === null && create) {
        node = newNode(name);
        subkeysToWrite(parent).set(lower, node);
      }
    }
    if (node !== null) this.nodeCache.set(path, node);
    return node;
  }

  /** The node at `path`, and with `spell` its path in the stored case of each key, as `reg export` writes it. */
  private find(path: string, create: boolean, spell: boolean): { node: KeyNode; path: string } | null {
    const normal = normalizeKeyPath(path);
    if (normal === null) return null;
    const names = normal.split('\\');
    // Lower-casing never adds or removes a backslash, so both splits line up.
    const lowers = normal.toLowerCase().split('\\');
    let node = this.roots.get(names[0]!)!;
    let stored = node.name;
    for (let i = 1; i < names.length; i++) {
      let child = node.subkeys.get(lowers[i]!);
      if (child === undefined) {
        if (!create) return null;
        child = newNode(names[i]!);
        subkeysToWrite(node).set(lowers[i]!, child);
      }
      node = child;
      if (spell) stored += `\\${node.name}`;
    }
    return { node, path: stored };
  }

  private existingKey(path: string): KeyNode {
    const node = this.resolve(path, false);
    if (node !== null) return node;
    // Like the live source when a key vanished between read and write: callers create keys first.
    if (normalizeKeyPath(path) === null) throw new RegistryWriteError('failed', `invalid key path ${path}`);
    throw new RegistryWriteError('key-missing', `key ${path} does not exist`);
  }

  private removeKey(path: string): boolean {
    const normal = normalizeKeyPath(path);
    const slash = normal?.lastIndexOf('\\') ?? -1;
    if (normal === null || slash < 0) return false;
    const parent = this.resolve(normal.slice(0, slash), false);
    const removed = parent !== null && subkeysToWrite(parent).delete(normal.slice(slash + 1).toLowerCase());
    if (removed) this.nodeCache.clear();
    return removed;
  }
}

const BACKSLASH = 92;

/**
 * Opens (creating as needed) the keys of an import one after another. Consecutive operations
 * nearly always address the same key, and exports are depth-first, so the next key usually
 * shares most of its path with the last: the cursor keeps the last path's chain of nodes and
 * walks down from the deepest shared one, instead of hashing whole long paths.
 */
class KeyCursor {
  /** How many levels of `chain` are open (0: none). */
  private depth = 0;
  /** The open nodes, root first, and the path of each (only the first `depth` are current). */
  private readonly chain: KeyNode[] = [];
  private readonly paths: string[] = [];

  constructor(
    private readonly roots: ReadonlyMap<string, KeyNode>,
    private readonly intern: (name: string) => { readonly name: string; readonly lower: string },
  ) {}

  /** Forget the open path (after a key deletion). */
  reset(): void {
    this.depth = 0;
  }

  /** The node at `path`, created with any missing keys on the way; null for a bad path. */
  open(path: string): KeyNode | null {
    const { chain, paths } = this;
    let depth = this.depth;
    if (depth > 0 && path === paths[depth - 1]) return chain[depth - 1]!;
    // The deepest open key that is `path` or one of its ancestors. Comparing a slice with `===`
    // measured several times faster than startsWith or a charCodeAt loop on these long paths.
    while (depth > 0) {
      const prefix = paths[depth - 1]!;
      const n = prefix.length;
      if (path.length === n ? path === prefix : path.charCodeAt(n) === BACKSLASH && path.slice(0, n) === prefix) break;
      depth--;
    }
    let start: number;
    if (depth === 0) {
      const slash = path.indexOf('\\');
      const end = slash < 0 ? path.length : slash;
      const rootName = normalizeKeyPath(path.slice(0, end));
      const root = rootName === null ? undefined : this.roots.get(rootName);
      if (root === undefined) return this.fail();
      chain[0] = root;
      paths[0] = slash < 0 ? path : path.slice(0, end);
      depth = 1;
      start = end + 1;
    } else {
      start = paths[depth - 1]!.length + 1;
    }
    let node = chain[depth - 1]!;
    while (start <= path.length) {
      const slash = path.indexOf('\\', start);
      const end = slash < 0 ? path.length : slash;
      // Key names are never empty.
      if (end === start) return this.fail();
      const { name, lower } = this.intern(path.slice(start, end));
      let child = node.subkeys.get(lower);
      if (child === undefined) {
        child = newNode(name);
        subkeysToWrite(node).set(lower, child);
      }
      node = child;
      chain[depth] = node;
      paths[depth] = slash < 0 ? path : path.slice(0, end);
      depth++;
      start = end + 1;
    }
    this.depth = depth;
    return node;
  }

  private fail(): null {
    this.depth = 0;
    return null;
  }
}

/** The frozen copy of `node`'s subtree; `node` and its keys share the frozen values from now on (copied on write). */
function freezeNode(node: KeyNode): FrozenKey {
  const values = node.values instanceof SharedValues ? node.values : SharedValues.of(node.values);
  node.values = values;
  const subkeys: (readonly [string, FrozenKey])[] = [];
  node.subkeys.forEach((child, lower) => subkeys.push([lower, freezeNode(child)]));
  return { name: node.name, values, subkeys };
}

/** New nodes for the subkeys of `frozen`, sharing its values. */
function thawSubkeys(frozen: FrozenKey): ReadonlyMap<string, KeyNode> {
  if (frozen.subkeys.length === 0) return NO_SUBKEYS;
  const subkeys = new Map<string, KeyNode>();
  for (const [lower, child] of frozen.subkeys) subkeys.set(lower, { name: child.name, values: child.values, subkeys: thawSubkeys(child) });
  return subkeys;
}

function newNode(name: string): KeyNode {
  return { name, subkeys: NO_SUBKEYS, values: NO_VALUES };
}

/** Set a value, keeping the stored name's case when it replaces one (as Windows does). */
function putValue(node: KeyNode, name: string, value: RegistryValue, lower = name.toLowerCase()): void {
  const existing = node.values.get(lower);
  valuesToWrite(node).set(lower, { name: existing?.name ?? name, value: copyValue(value) });
}

/** Callers' arrays are readonly only by type: copy so later mutation cannot reach the registry. */
function copyValue(value: RegistryValue): RegistryValue {
  return Array.isArray(value.data) ? ({ ...value, data: [...value.data] } as RegistryValue) : value;
}

function collect(node: KeyNode, path: string, out: RegKeyBlock[]): void {
  out.push({ path, values: Array.from(node.values.values()) });
  for (const child of node.subkeys.values()) collect(child, `${path}\\${child.name}`, out);
}
