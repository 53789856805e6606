/**
 * MachineReader: machines read in the bounded worker thread give the same entries as read in
 * process; a file that is not an export is an unreadable entry; a worker that crashes, stops or runs
 * out of memory ends in a sentence or in the machine read in process, never in a wait that does not end.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FleetOptions } from '../../../shared/fleet/analyse-machine';
import type { MachineFiles } from './fleet-inputs';
import { machineIdentity } from './machine-identity';
import { MachineReader } from './machine-reader';
import { readMachine } from './read-machine';
import { demoVariant, writeMachine } from './test-support/collector-exports';

const dir = mkdtempSync(join(tmpdir(), 'nicprops-machine-reader-'));
const options: FleetOptions = { profile: null, scope: 'visible', keywords: ['*RscIPv4'] };
const demo: MachineFiles = { reg: join(dir, 'HOST-A.reg'), sidecar: join(dir, 'HOST-A.json'), name: 'HOST-A.reg' };
const garbage: MachineFiles = { reg: join(dir, 'HOST-B.reg'), sidecar: null, name: 'HOST-B.reg' };

beforeAll(async () => {
  await writeMachine(dir, 'HOST-A', await demoVariant(), { machine: 'HOST-A' });
  writeFileSync(garbage.reg, 'not a registry export\r\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A reader whose worker runs `code` on each request instead of reading the machine. */
function readerRunning(code: string): MachineReader {
  return new MachineReader(options, `require('node:worker_threads').parentPort.on('message', () => { ${code} });`);
}

describe('MachineReader', () => {
  it('gives, from its worker thread, the same entry as reading the machine in process', async () => {
    const reader = new MachineReader(options);
    try {
      const fromWorker = await reader.read(demo);
      const inProcess = await readMachine(demo, await machineIdentity(demo), options);
      expect(fromWorker.ok).toBe(true);
      expect(fromWorker).toEqual(inProcess);
    } finally {
      await reader.close();
    }
  });

  it('turns a file that is not an export into an unreadable entry naming it, and reads the next machine', async () => {
    const reader = new MachineReader(options);
    try {
      const result = await reader.read(garbage);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.machine.error).toMatch(/^HOST-B\.reg line 1: not a registry file[^\n]*$/);
      expect((await reader.read(demo)).ok).toBe(true);
    } finally {
      await reader.close();
    }
  });

  it('says in one sentence which machine it was reading when the worker thread throws', async () => {
    const reader = readerRunning("throw new Error('boom');");
    await expect(reader.read(demo)).rejects.toThrow("The fleet's worker thread failed while reading HOST-A.reg: boom");
    await reader.close();
  });

  it('says so when the worker thread stops without an answer', async () => {
    const reader = readerRunning('process.exit(3);');
    await expect(reader.read(demo)).rejects.toThrow("The fleet's worker thread stopped (exit code 3) while reading HOST-A.reg.");
    await reader.close();
  });

  it('reads a machine too large for the worker heap in process, and starts a new worker for the next', async () => {
    // Fills the worker's bounded old generation: V8 ends the worker with ERR_WORKER_OUT_OF_MEMORY.
    const reader = readerRunning('const kept = []; for (;;) kept.push(new Array(100000).fill(1.5));');
    try {
      const result = await reader.read(demo);
      expect(result).toEqual(await readMachine(demo, await machineIdentity(demo), options));
      expect(await reader.read(demo)).toEqual(result);
    } finally {
      await reader.close();
    }
  });
});
