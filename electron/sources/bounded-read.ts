/**
 * Read a file the tool did not write, within limits: at most `maxBytes`, a pipe silent for at
 * most `idleMs`, the whole read within `totalMs`. Anything else ends in a FileReadError whose
 * message is one sentence naming the file, never a hang or an exhausted machine.
 *
 * - Folders, devices (`/dev/zero`, a terminal) and sockets are refused by what they are, before
 *   they are opened: opening some devices has effects of its own.
 * - Regular files over the cap are refused from their size without reading them; one that grows
 *   while being read stops at the cap.
 * - Pipes (a FIFO, `/dev/stdin` fed by `cat x.reg |`) are read as a stream, so an endless writer
 *   (`yes |`) stops at the cap, and a writer that never comes or never closes at the idle limit.
 *
 * One small API for every file read from outside: `.reg` sources today, INF files, journal
 * entries and profiles as they come.
 */

import { close, constants, fstat, open, read, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Socket } from 'node:net';
import { promisify } from 'node:util';
import { formatBytes, formatSizeOver, READ_IDLE_MS, READ_TOTAL_MS } from '../../shared/model/input-limits';

export interface ReadLimits {
  /** Largest number of bytes accepted; one more fails the read. */
  readonly maxBytes: number;
  /** Longest silence from a pipe, in ms (default READ_IDLE_MS). */
  readonly idleMs?: number;
  /** Longest time for the whole read, in ms (default READ_TOTAL_MS). */
  readonly totalMs?: number;
  /** What the file should be, for messages: "a .reg file". */
  readonly what: string;
}

/** Why a read failed; `message` says it to a person. */
export type ReadFailure = 'missing' | 'denied' | 'not-a-file' | 'too-large' | 'idle' | 'too-slow' | 'failed';

export class FileReadError extends Error {
  constructor(
    /** The path as given. */
    readonly path: string,
    readonly reason: ReadFailure,
    message: string,
  ) {
    super(message);
    this.name = 'FileReadError';
  }
}

/** Read all of `path` within `limits`; throws FileReadError. */
export async function readBounded(path: string, limits: ReadLimits): Promise<Buffer> {
  const totalMs = limits.totalMs ?? READ_TOTAL_MS;
  let timer: NodeJS.Timeout | undefined;
  let onTimeout: () => void = () => {};
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new FileReadError(path, 'too-slow', `Reading ${path} took longer than ${seconds(totalMs)}; gave up.`));
    }, totalMs);
  });
  try {
    return await Promise.race([
      readWithin(path, limits, (cancel) => {
        onTimeout = cancel;
      }),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** `onCancel` receives what to do when the deadline passes (stop a pipe). */
async function readWithin(path: string, limits: ReadLimits, onCancel: (cancel: () => void) => void): Promise<Buffer> {
  const before = await statOrFail(path);
  refuseNonFiles(path, before);
  if (before.isFile() && before.size > limits.maxBytes) throw tooLarge(path, limits, `is ${formatSizeOver(before.size, limits.maxBytes)}`);
  // Non-blocking: opening a FIFO for reading would otherwise wait, uncancellable, for a writer.
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
  // A plain descriptor, not a FileHandle: a pipe's socket takes it over and closes it itself.
  let fd: number;
  try {
    fd = await openFd(path, flags);
  } catch (error) {
    throw fromErrno(path, error);
  }
  let handedOver = false;
  try {
    const opened = await fstatFd(fd);
    // Swapped between stat and open: check again what was actually opened.
    if (opened.dev !== before.dev || opened.ino !== before.ino) {
      throw new FileReadError(path, 'failed', `${path} was replaced while it was being opened; try again.`);
    }
    refuseNonFiles(path, opened);
    if (opened.isFIFO()) {
      handedOver = true;
      return await readPipe(path, fd, limits, onCancel);
    }
    return await readFile(path, fd, opened.size, limits);
  } finally {
    if (!handedOver) await closeFd(fd).catch(() => undefined);
  }
}

const openFd = promisify(open);
const fstatFd = promisify(fstat);
const closeFd = promisify(close);
const readFd = promisify(read);

async function statOrFail(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (error) {
    throw fromErrno(path, error);
  }
}

function refuseNonFiles(path: string, info: Stats): void {
  if (info.isDirectory()) throw new FileReadError(path, 'not-a-file', `${path} is a folder, not a file.`);
  if (info.isFile() || info.isFIFO()) return;
  const kind = info.isSocket() ? 'a socket' : 'a device';
  throw new FileReadError(path, 'not-a-file', `${path} is ${kind}, not a file.`);
}

async function readFile(path: string, fd: number, size: number, limits: ReadLimits): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Files like those under /proc report size 0 and still have content: read until EOF.
  const chunk = Math.min(Math.max(size + 1, 64 * 1024), limits.maxBytes + 1);
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(chunk, limits.maxBytes + 1 - total));
    let bytesRead: number;
    try {
      ({ bytesRead } = await readFd(fd, buffer, 0, buffer.length, null));
    } catch (error) {
      throw fromErrno(path, error);
    }
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > limits.maxBytes) throw tooLarge(path, limits, `grew past ${formatBytes(limits.maxBytes)} while being read`);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/**
 * A FIFO as a stream socket: libuv polls it, so waiting for a writer costs nothing and can be
 * stopped (Linux reports no hang-up to a reader that has never seen a writer).
 */
function readPipe(path: string, fd: number, limits: ReadLimits, onCancel: (cancel: () => void) => void): Promise<Buffer> {
  const idleMs = limits.idleMs ?? READ_IDLE_MS;
  return new Promise<Buffer>((resolve, reject) => {
    const socket = new Socket({ fd, readable: true, writable: false });
    const chunks: Buffer[] = [];
    let total = 0;
    const stop = (error: FileReadError) => {
      socket.destroy();
      reject(error);
    };
    onCancel(() => socket.destroy());
    socket.setTimeout(idleMs, () =>
      stop(
        new FileReadError(
          path,
          'idle',
          total === 0
            ? `Nothing arrived from ${path} for ${seconds(idleMs)}; is anything writing to it?`
            : `${path} stopped sending data for ${seconds(idleMs)} without closing; gave up.`,
        ),
      ),
    );
    socket.on('data', (data: Buffer) => {
      total += data.length;
      if (total > limits.maxBytes) return stop(tooLarge(path, limits, `sent more than ${formatBytes(limits.maxBytes)}`));
      chunks.push(data);
    });
    socket.on('end', () => {
      socket.destroy();
      resolve(Buffer.concat(chunks, total));
    });
    socket.on('error', (error) => stop(fromErrno(path, error)));
  });
}

/** `happened`: "is 70 MiB", "sent more than 64 MiB"… */
function tooLarge(path: string, limits: ReadLimits, happened: string): FileReadError {
  return new FileReadError(path, 'too-large', `${path} ${happened}; ${limits.what} may be at most ${formatBytes(limits.maxBytes)}.`);
}

function fromErrno(path: string, error: unknown): FileReadError {
  if (error instanceof FileReadError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new FileReadError(path, 'missing', `${path} does not exist.`);
    case 'ENOTDIR':
      return new FileReadError(path, 'missing', `${path} does not exist (a folder on the way is a file).`);
    case 'EACCES':
    case 'EPERM':
      return new FileReadError(path, 'denied', `${path} cannot be read: permission denied.`);
    case 'EISDIR':
      return new FileReadError(path, 'not-a-file', `${path} is a folder, not a file.`);
    default:
      return new FileReadError(path, 'failed', `${path} cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).`);
  }
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} second${s === 1 ? '' : 's'}`;
}
