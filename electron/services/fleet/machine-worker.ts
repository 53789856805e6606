/**
 * The fleet's worker thread: reads and analyses one machine's export per message and answers with
 * its small report entry. It runs in a V8 heap of its own, whose size machine-reader.ts bounds, so
 * each export's parsing garbage is collected within a few MB instead of growing the process's heap
 * (see machine-reader.ts). Bundled on its own (`?node-bundle`): the worker loads only the reading
 * and analysis code, not the whole CLI (the sidecar, read with zod's schemas, is read by the main
 * thread and arrives with the request).
 */

import { parentPort, workerData } from 'node:worker_threads';
import type { FleetOptions } from '../../../shared/fleet/analyse-machine';
import type { MachineRequest } from './machine-reader';
import { readMachine } from './read-machine';

const port = parentPort;
if (!port) throw new Error('machine-worker runs as a worker thread');
const options = (workerData as { options: FleetOptions }).options;

port.on('message', ({ files, who }: MachineRequest) => {
  // An error readMachine does not turn into an entry is a bug: left unhandled, it ends the worker
  // and reaches the CLI through the worker's 'error' event.
  void readMachine(files, who, options).then((result) => port.postMessage(result));
});
