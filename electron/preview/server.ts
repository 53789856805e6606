/** Entry point of the browser preview: `node dist/preview/server.cjs [--port N] [--source FILE.reg|FILE.inf]… [--inf-target D] [--control-set N]`. */

import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseControlSetNumber } from '../sources/control-set';
import { createFileSource } from '../sources/default-source';
import { parseInfTarget } from '../sources/inf/target-os';
import { startPreview } from './preview-server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      source: { type: 'string', multiple: true },
      'inf-target': { type: 'string' },
      journal: { type: 'string' },
      'control-set': { type: 'string' },
      'renderer-dir': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port} is not a port number.`);
  const rendererDir = resolve(values['renderer-dir'] ?? join(__dirname, '..', 'renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer at ${rendererDir}: run "npm run build" first.`);
  }
  const controlSetText = values['control-set'];
  const controlSet = controlSetText === undefined ? undefined : parseControlSetNumber(controlSetText);
  if (controlSet === null) throw new Error(`--control-set ${controlSetText} is not a control set number (1 to 999, 1 for ControlSet001).`);
  const infTarget = values['inf-target'] === undefined ? undefined : parseInfTarget(values['inf-target']);
  if (typeof infTarget === 'string') throw new Error(infTarget);
  const source = values.source?.length ? await createFileSource(values.source, infTarget, { controlSet }) : undefined;
  const preview = await startPreview({
    rendererDir,
    port,
    source,
    journalDir: values.journal ?? join(tmpdir(), 'nicprops-preview-journal'),
  });
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Printed once it can be stopped cleanly: whoever reads the URL may stop it at once.
  console.log(`Preview: ${preview.url}  (${source ? source.label : 'demo data'}; stop with Ctrl+C)`);
}

main().catch((error: unknown) => {
  console.error(`nicprops preview: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
