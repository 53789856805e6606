/**
 * Reads machines' exports for the fleet in a worker thread whose V8 heap is bounded.
 *
 * Why a worker: parsing and modelling one export makes a few MB of short-lived objects, and V8
 * sizes the heap of a process by how much it allocates, not by what it keeps: run in the CLI's own
 * thread, the fleet grew the process to 150–200 MB while the report it kept was a few MB. A
 * worker's heap limits (`resourceLimits`) are set in-process, where `--max-semi-space-size` and
 * `--max-old-space-size` cannot be: a small young generation and a bounded old generation keep the
 * garbage of each export collected early. The main thread only receives each machine's small entry.
 *
 * An export too large for those limits (a single machine with hundreds of adapters) ends the
 * worker with ERR_WORKER_OUT_OF_MEMORY; that machine is then read in the main thread, whose heap is
 * not bounded, and the next machine starts a new worker. No machine is refused for its size here:
 * the .reg limits of every source still apply (REG_FILE_LIMITS).
 */

import { Worker } from 'node:worker_threads';
import type { FleetOptions } from '../../../shared/fleet/analyse-machine';
import workerSource from './machine-worker.ts?node-bundle';
import type { MachineFiles } from './fleet-inputs';
import { machineIdentity, type MachineIdentity } from './machine-identity';
import { readMachine, type ReadMachineResult } from './read-machine';

/** The worker's heap: 1 MB semi-spaces (V8 makes the young generation three of them) and a bounded old generation. */
export const MACHINE_WORKER_LIMITS = { maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: 48 } as const;

/** What the worker is sent for one machine. */
export interface MachineRequest {
  readonly files: MachineFiles;
  readonly who: MachineIdentity;
}

interface Pending extends MachineRequest {
  readonly resolve: (result: ReadMachineResult) => void;
  readonly reject: (error: unknown) => void;
}

export class MachineReader {
  private worker: Worker | null = null;
  private pending: Pending | null = null;

  /** `source` is the worker's code: machine-worker.ts, bundled; tests give others (a worker that crashes). */
  constructor(
    private readonly options: FleetOptions,
    private readonly source: string = workerSource,
  ) {}

  /** One machine's entry. One read at a time: the next is asked for once this one has resolved. */
  async read(files: MachineFiles): Promise<ReadMachineResult> {
    if (this.pending) throw new Error('MachineReader reads one machine at a time');
    const who = await machineIdentity(files);
    return new Promise((resolve, reject) => {
      this.pending = { files, who, resolve, reject };
      this.started().postMessage({ files, who } satisfies MachineRequest);
    });
  }

  /** Ends the worker; the reader can still be used (a later read starts another). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    // Only what can be cloned crosses to the worker: the profile, scope and keywords.
    const options: FleetOptions = { profile: this.options.profile, scope: this.options.scope, keywords: this.options.keywords };
    const worker = new Worker(this.source, { eval: true, workerData: { options }, resourceLimits: MACHINE_WORKER_LIMITS });
    worker.on('message', (result: ReadMachineResult) => this.settle((p) => p.resolve(result)));
    worker.on('error', (error: NodeJS.ErrnoException) => {
      if (this.worker === worker) this.worker = null;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') this.settle((p) => this.readInProcess(p));
      else this.settle((p) => p.reject(new Error(`The fleet's worker thread failed while reading ${p.files.name}: ${error.message}`, { cause: error })));
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      // Not by close() and not after an 'error' (both leave no worker here): nothing else may end it.
      this.worker = null;
      this.settle((p) => p.reject(new Error(`The fleet's worker thread stopped (exit code ${code}) while reading ${p.files.name}.`)));
    });
    this.worker = worker;
    return worker;
  }

  private readInProcess(p: Pending): void {
    readMachine(p.files, p.who, this.options).then(p.resolve, p.reject);
  }

  private settle(action: (p: Pending) => void): void {
    const p = this.pending;
    this.pending = null;
    if (p) action(p);
  }
}
