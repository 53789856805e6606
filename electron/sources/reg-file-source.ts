/** Sources made of `.reg` exports held in memory: files a user opens, and the bundled demo. */

import { basename } from 'node:path';
import { formatBytes, formatSizeOver, MAX_REG_FILE_BYTES } from '../../shared/model/input-limits';
import { readBounded } from './bounded-read';
import { chooseControlSet } from './control-set';
import demoRegText from './demo/demo.reg';
import { MemoryRegistry } from './memory-registry';
import { decodeRegBytes } from './reg-file/decode-reg-bytes';
import type { RegistrySource } from './registry-source';
import { SourceFileError } from './source-file-error';

/** A named file's bytes, as read from disk or received from the renderer. */
export interface RegFileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface RegSourceOptions {
  /** Read ControlSet00N when the files hold several control sets (`--control-set N`). */
  readonly controlSet?: number;
}

/** What bounded reads of `.reg` files are limited to, and how their messages name them. */
export const REG_FILE_LIMITS = { maxBytes: MAX_REG_FILE_BYTES, what: 'a .reg file' } as const;

/**
 * Read the files in order into one new registry, shown through the control set they hold (see
 * control-set.ts). A file that does not parse throws a RegParseError naming the file and line;
 * one too large, or files with no network adapter class key or control sets to choose from,
 * a SourceFileError. Either way the registry is dropped: nothing half-loaded.
 */
export function sourceFromRegFiles(files: readonly RegFileInput[], options: RegSourceOptions = {}): RegistrySource {
  for (const f of files) {
    // Bytes from disk were capped while reading; these may come over IPC or HTTP.
    if (f.bytes.length > MAX_REG_FILE_BYTES) {
      throw new SourceFileError(
        `${f.name} is ${formatSizeOver(f.bytes.length, MAX_REG_FILE_BYTES)}; ${REG_FILE_LIMITS.what} may be at most ${formatBytes(MAX_REG_FILE_BYTES)}.`,
      );
    }
  }
  const label = files.map((f) => f.name).join(', ');
  const texts = files.map((f) => ({ name: f.name, text: decodeRegBytes(f.bytes) }));
  return chooseControlSet(MemoryRegistry.fromRegTexts(texts, 'reg-file', label), label, options.controlSet);
}

/** Read `.reg` files from disk (or pipes, within limits: see bounded-read.ts) into one source. */
export async function sourceFromRegPaths(paths: readonly string[], options: RegSourceOptions = {}): Promise<RegistrySource> {
  const files: RegFileInput[] = [];
  // One at a time: after a failure nothing is left reading (a pipe would keep the process alive).
  for (const p of paths) files.push({ name: basename(p), bytes: await readBounded(p, REG_FILE_LIMITS) });
  return sourceFromRegFiles(files, options);
}

/** The bundled demo: several realistic adapters with a few deliberate problems (electron/sources/demo/README.md). */
export function createDemoSource(): RegistrySource {
  return MemoryRegistry.fromRegTexts([{ text: demoRegText, name: 'demo.reg' }], 'demo', 'demo data');
}
