/** Reading hostile files within limits: real files, folders, devices and FIFOs on this machine. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { FileReadError, readBounded, type ReadLimits } from './bounded-read';

const dir = mkdtempSync(join(tmpdir(), 'bounded-read-'));
const LIMITS: ReadLimits = { maxBytes: 1024, what: 'a test file', idleMs: 400, totalMs: 5000 };
const unix = process.platform !== 'win32';

/** The FileReadError a read ends in (fails the test when it succeeds or throws anything else). */
async function failure(path: string, limits: ReadLimits = LIMITS): Promise<FileReadError> {
  const error = await readBounded(path, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileReadError);
  return error as FileReadError;
}

let fifoNumber = 0;
function makeFifo(): string {
  const path = join(dir, `fifo-${fifoNumber++}`);
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
}

const children: ChildProcess[] = [];
/** A shell writer for a FIFO, killed after each test. */
function writer(script: string): void {
  children.push(spawn('sh', ['-c', script], { stdio: 'ignore' }));
}
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('readBounded on regular files', () => {
  it('returns the bytes of a file within the limit, whatever they are', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: LIMITS.maxBytes }), async (bytes) => {
        const path = join(dir, 'within.bin');
        writeFileSync(path, bytes);
        expect(Buffer.compare(await readBounded(path, LIMITS), Buffer.from(bytes))).toBe(0);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a file over the limit from its size, naming it and both sizes', async () => {
    const path = join(dir, 'big.reg');
    // Sparse: 65 MiB on the directory listing, nothing on disk, and never read.
    writeFileSync(path, '');
    truncateSync(path, 65 * 1024 * 1024);
    const e = await failure(path, { maxBytes: 64 * 1024 * 1024, what: 'a .reg file' });
    expect([e.reason, e.message]).toEqual(['too-large', `${path} is 65 MiB; a .reg file may be at most 64 MiB.`]);
    writeFileSync(path, Buffer.alloc(LIMITS.maxBytes + 1));
    expect((await failure(path)).message).toBe(`${path} is more than 1 KiB; a test file may be at most 1 KiB.`);
  });

  it('says a missing file does not exist, and a folder is not a file', async () => {
    expect(await failure(join(dir, 'nope.reg'))).toMatchObject({ reason: 'missing', message: `${join(dir, 'nope.reg')} does not exist.` });
    expect(await failure(join(dir, 'nope', 'x.reg'))).toMatchObject({ reason: 'missing' });
    expect(await failure(dir)).toMatchObject({ reason: 'not-a-file', message: `${dir} is a folder, not a file.` });
  });

  it.runIf(unix)('refuses devices such as /dev/zero and /dev/null as not files', async () => {
    expect(await failure('/dev/zero')).toMatchObject({ reason: 'not-a-file', message: '/dev/zero is a device, not a file.' });
    expect((await failure('/dev/null')).message).toBe('/dev/null is a device, not a file.');
  });

  it.runIf(unix && process.getuid?.() !== 0)('says a file it may not read is not readable', async () => {
    const path = join(dir, 'secret.reg');
    writeFileSync(path, 'x', { mode: 0o000 });
    expect(await failure(path)).toMatchObject({ reason: 'denied', message: `${path} cannot be read: permission denied.` });
  });

  it.runIf(process.platform === 'linux')('reads files that report size 0 but have content, like those in /proc', async () => {
    expect((await readBounded('/proc/self/status', { ...LIMITS, maxBytes: 1 << 20 })).toString()).toContain('Name:');
  });
});

describe.runIf(unix)('readBounded on pipes', () => {
  it('reads a FIFO to the end when its writer closes it', async () => {
    const fifo = makeFifo();
    writer(`printf 'hello' > '${fifo}'`);
    expect((await readBounded(fifo, LIMITS)).toString()).toBe('hello');
  });

  it('gives up on a FIFO nobody writes to, after the idle limit, without hanging on open', async () => {
    const fifo = makeFifo();
    const start = performance.now();
    const e = await failure(fifo);
    expect(performance.now() - start).toBeGreaterThanOrEqual(LIMITS.idleMs! - 50);
    expect([e.reason, e.message]).toEqual(['idle', `Nothing arrived from ${fifo} for 0.4 seconds; is anything writing to it?`]);
  });

  it('gives up on a writer that stops sending without closing', async () => {
    const fifo = makeFifo();
    writer(`exec 3>'${fifo}'; printf 'part' >&3; exec sleep 30`);
    expect(await failure(fifo)).toMatchObject({ reason: 'idle', message: `${fifo} stopped sending data for 0.4 seconds without closing; gave up.` });
  });

  it('stops an endless writer at the byte limit', async () => {
    const fifo = makeFifo();
    writer(`yes > '${fifo}'`);
    expect(await failure(fifo)).toMatchObject({ reason: 'too-large', message: `${fifo} sent more than 1 KiB; a test file may be at most 1 KiB.` });
  });

  it('stops a writer that trickles forever at the total time limit', async () => {
    const fifo = makeFifo();
    writer(`exec 3>'${fifo}'; while :; do printf x >&3; sleep 0.05; done`);
    const e = await failure(fifo, { ...LIMITS, totalMs: 600 });
    expect([e.reason, e.message]).toEqual(['too-slow', `Reading ${fifo} took longer than 0.6 seconds; gave up.`]);
  });

  it('reads a FIFO whose writer comes late, within the idle limit', async () => {
    const fifo = makeFifo();
    writer(`sleep 0.1; printf 'late' > '${fifo}'`);
    expect((await readBounded(fifo, LIMITS)).toString()).toBe('late');
  });
});

describe('readBounded leaves no descriptor open', () => {
  it.runIf(process.platform === 'linux')('after a success, and after each kind of failure', async () => {
    const fifo = makeFifo();
    writeFileSync(join(dir, 'over.bin'), Buffer.alloc(2048));
    writeFileSync(join(dir, 'fine.bin'), 'fine');
    for (const path of [join(dir, 'nope.reg'), dir, fifo, join(dir, 'over.bin')]) await failure(path, { ...LIMITS, idleMs: 50 });
    await readBounded(join(dir, 'fine.bin'), LIMITS);
    // Reports size 0, so it is opened and read, and fails past the limit while reading.
    expect(await failure('/proc/self/maps', { ...LIMITS, maxBytes: 64 })).toMatchObject({
      reason: 'too-large',
      message: expect.stringContaining('grew past 64 bytes while being read'),
    });
    // A pipe's socket closes its descriptor on the next turn of the event loop.
    await expect.poll(() => [...descriptorsUnder(dir), ...descriptorsUnder(`/proc/${process.pid}/`)], { timeout: 5_000 }).toEqual([]);
  });
});

/** What this process's open descriptors point to inside `folder` (Linux: /proc/self/fd). */
function descriptorsUnder(folder: string): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(folder) ? [target] : [];
    } catch {
      return [];
    }
  });
}
