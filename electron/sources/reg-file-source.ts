/** Sources made of `.reg` exports held in memory: files a user opens, and the bundled demo. */

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import demoRegText from './demo/demo.reg';
import { MemoryRegistry } from './memory-registry';
import { decodeRegBytes } from './reg-file/decode-reg-bytes';
import type { RegistrySource } from './registry-source';

/** A named file's bytes, as read from disk or received from the renderer. */
export interface RegFileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Read the files in order into one new registry. A file that does not parse throws a
 * RegParseError naming the file and line, and the registry is dropped: nothing half-loaded.
 */
export function sourceFromRegFiles(files: readonly RegFileInput[]): RegistrySource {
  const texts = files.map((f) => ({ name: f.name, text: decodeRegBytes(f.bytes) }));
  return MemoryRegistry.fromRegTexts(texts, 'reg-file', files.map((f) => f.name).join(', '));
}

/** Read `.reg` files from disk into one source. */
export async function sourceFromRegPaths(paths: readonly string[]): Promise<RegistrySource> {
  const files = await Promise.all(paths.map(async (p) => ({ name: basename(p), bytes: await readFile(p) })));
  return sourceFromRegFiles(files);
}

/** The bundled demo: several realistic adapters with a few deliberate problems (electron/sources/demo/README.md). */
export function createDemoSource(): RegistrySource {
  return MemoryRegistry.fromRegTexts([{ text: demoRegText, name: 'demo.reg' }], 'demo', 'demo data');
}
