/**
 * A registry held in memory: the `reg-file` and `demo` sources, and the fake every
 * service test runs against. Key and value names compare case-insensitively, as in
 * Windows, keep the case they were created with, and list in insertion order.
 */

import type { RegistryEntry, RegistryValue } from '../../shared/model/registry-value';
import { RegistryWriteError, type RegistrySource, type RegistryTree, type SourceKind } from './registry-source';
import { normalizeKeyPath, ROOT_KEY_NAMES } from './reg-file/key-path';
import type { RegDocument } from './reg-file/reg-document';
import { parseRegInto, type RegSink } from './reg-file/parse-reg';
import { writeReg, type RegKeyBlock } from './reg-file/write-reg';

interface KeyNode {
  readonly name: string;
  /** By lower-case name; Map order is insertion order. */
  readonly subkeys: Map<string, KeyNode>;
  readonly values: Map<string, RegistryEntry>;
}

/** An in-memory RegistrySource; build one from parsed `.reg` files with `fromDocuments`. */
export class MemoryRegistry implements RegistrySource {
  private readonly roots = new Map<string, KeyNode>(ROOT_KEY_NAMES.map((name) => [name, newNode(name)]));
  private readonly nodeCache = new Map<string, KeyNode>();

  constructor(
    readonly kind: SourceKind,
    readonly label: string,
  ) {}

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
      else if (op.op === 'set-value') sink.setValue(op.path, op.name, op.value, op.line);
      else sink.deleteValue(op.path, op.name, op.line);
    }
  }

  /** What regedit does with each operation of an import, applied to this registry. */
  private importer(fileName: string): RegSink {
    // Consecutive operations nearly always address the same key: resolve it once.
    let cachedPath: string | null = null;
    let cachedNode: KeyNode | null = null;
    const keyAt = (path: string, line: number): KeyNode => {
      if (path !== cachedPath || cachedNode === null) {
        cachedNode = this.resolve(path, true);
        cachedPath = path;
      }
      if (cachedNode === null) throw new RangeError(`${fileName} line ${line}: invalid key path ${path}`);
      return cachedNode;
    };
    return {
      openKey: (path, line) => void keyAt(path, line),
      deleteKey: (path) => {
        this.removeKey(path);
        cachedPath = cachedNode = null;
      },
      setValue: (path, name, value, line) => putValue(keyAt(path, line), name, value),
      deleteValue: (path, name, line) => void keyAt(path, line).values.delete(name.toLowerCase()),
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
    const node = this.resolve(path, false);
    // A node already is a tree view: no copy.
    return node;
  }

  async createKey(path: string): Promise<void> {
    if (this.resolve(path, true) === null) throw new RegistryWriteError('failed', `invalid key path ${path}`);
  }

  async setValue(path: string, name: string, value: RegistryValue): Promise<void> {
    putValue(this.existingKey(path), name, value);
  }

  async deleteValue(path: string, name: string): Promise<void> {
    this.existingKey(path).values.delete(name.toLowerCase());
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
        parent.subkeys.set(lower, node);
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
        node.subkeys.set(lowers[i]!, child);
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
    const removed = parent !== null && parent.subkeys.delete(normal.slice(slash + 1).toLowerCase());
    if (removed) this.nodeCache.clear();
    return removed;
  }
}

function newNode(name: string): KeyNode {
  return { name, subkeys: new Map(), values: new Map() };
}

/** Set a value, keeping the stored name's case when it replaces one (as Windows does). */
function putValue(node: KeyNode, name: string, value: RegistryValue): void {
  const lower = name.toLowerCase();
  const existing = node.values.get(lower);
  node.values.set(lower, { name: existing?.name ?? name, value: copyValue(value) });
}

/** Callers' arrays are readonly only by type: copy so later mutation cannot reach the registry. */
function copyValue(value: RegistryValue): RegistryValue {
  return Array.isArray(value.data) ? ({ ...value, data: [...value.data] } as RegistryValue) : value;
}

function collect(node: KeyNode, path: string, out: RegKeyBlock[]): void {
  out.push({ path, values: Array.from(node.values.values()) });
  for (const child of node.subkeys.values()) collect(child, `${path}\\${child.name}`, out);
}
