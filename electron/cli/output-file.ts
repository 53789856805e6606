/**
 * Writing what `--out` names. The file may be run as administrator later and may sit next to what
 * was read, so: never over a file being read, never over an existing file unless --force, never
 * over something that is not a regular file, and every failure said as a sentence naming the path.
 */

import { realpathSync } from 'node:fs';
import { open, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CliError } from './cli-error';
import { EXIT } from './exit-codes';

export interface OutputOptions {
  /** Replace an existing regular file. */
  readonly force?: boolean;
  /** Files this run reads (sources): never written over. */
  readonly readingFrom: readonly string[];
}

/** One way to compare two paths: resolved, links followed where the file exists, case-folded where the OS is. */
function identity(path: string): string {
  let full = resolve(path);
  try {
    full = realpathSync.native(full);
  } catch {
    // Not there yet: compare the resolved path.
  }
  return process.platform === 'win32' || process.platform === 'darwin' ? full.toLowerCase() : full;
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (identity(a) === identity(b)) return true;
  const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino && sa.ino !== 0;
}

/**
 * Write `content` to `path` under the rules above; resolves to the absolute path written. Content
 * given as pieces of text (a large report) is written as it comes, never joined into one string.
 */
export async function writeOutputFile(path: string, content: Uint8Array | string | Iterable<string>, options: OutputOptions): Promise<string> {
  const target = resolve(path);
  for (const input of options.readingFrom) {
    if (await sameFile(target, input))
      throw new CliError(`Refusing to write ${path}: it is ${input}, which this command reads. Choose another --out file.`, EXIT.usage);
  }
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) throw new CliError(`Cannot save to ${path}: it is a folder. Give a file name.`, EXIT.usage);
  if (existing && !existing.isFile()) throw new CliError(`Refusing to write ${path}: it is not a regular file.`, EXIT.usage);
  if (existing && !options.force) throw new CliError(`${path} already exists; add --force to replace it.`, EXIT.usage);
  try {
    // 'wx' creates only: a file appearing between the check and the write is not replaced.
    const flag = options.force ? 'w' : 'wx';
    if (typeof content === 'string' || content instanceof Uint8Array) await writeFile(target, content, { flag });
    else await writePieces(target, content, flag);
  } catch (error) {
    throw new CliError(`Cannot save to ${path}: ${reason(error, target)}.`, EXIT.usage);
  }
  return target;
}

/** Pieces are gathered into writes of about WRITE_BATCH characters: one write call per piece would be slow. */
async function writePieces(target: string, pieces: Iterable<string>, flag: string): Promise<void> {
  const file = await open(target, flag);
  try {
    let batch: string[] = [];
    let length = 0;
    for (const piece of pieces) {
      batch.push(piece);
      length += piece.length;
      if (length >= WRITE_BATCH) {
        await file.write(batch.join(''));
        batch = [];
        length = 0;
      }
    }
    await file.write(batch.join(''));
  } finally {
    await file.close();
  }
}

const WRITE_BATCH = 1 << 20;

function reason(error: unknown, target: string): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return `the folder ${dirname(target)} does not exist`;
    case 'ENOTDIR':
      return `part of the path is a file, not a folder`;
    case 'EISDIR':
      return 'it is a folder';
    case 'EEXIST':
      return 'the file appeared while saving; add --force to replace it';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  }
}
