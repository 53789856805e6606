/** Sources made of `.reg` exports held in memory: files a user opens, and the bundled demo. */

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import demoRegText from './demo/demo.reg';
import { MemoryRegistry } from './memory-registry';
import { decodeRegBytes } from './reg-file/decode-reg-bytes';
import { parseReg } from './reg-file/parse-reg';
import type { RegistrySource } from './registry-source';

/** A named file's bytes, as read from disk or received from the renderer. */
export interface RegFileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Parse every file first, then merge them in order. A file that does not parse throws a
 * RegParseError naming the file and line, and no source is created: nothing half-loaded.
 */
export function sourceFromRegFiles(files: readonly RegFileInput[]): RegistrySource {
  const docs = files.map((f) => parseReg(decodeRegBytes(f.bytes), f.name));
  const label = files.map((f) => f.name).join(', ');
  return MemoryRegistry.fromDocuments(docs, 'reg-file', label);
}

/** Read `.reg` files from disk into one source. */
export async function sourceFromRegPaths(paths: readonly string[]): Promise<RegistrySource> {
  const files = await Promise.all(paths.map(async (p) => ({ name: basename(p), bytes: await readFile(p) })));
  return sourceFromRegFiles(files);
}

/** The bundled demo: several realistic adapters with a few deliberate problems (electron/sources/demo/README.md). */
export function createDemoSource(): RegistrySource {
  return MemoryRegistry.fromDocuments([parseReg(demoRegText, 'demo.reg')], 'demo', 'demo data');
}
