/**
 * `nicprops collector [--format ps1] [--destination PATH] [--out FILE]`: print (or save) the
 * read-only collector script administrators run on every machine through their own engine.
 */

import { isPlainLine } from '../../../shared/generate/plain-text';
import { collectorScript } from '../../../shared/fleet/collector-script';
import { powerShellBytes } from '../../services/export-file';
import { TOOL_NAME } from '../../services/tool-info';
import { CliError } from '../cli-error';
import type { CliOutput } from '../cli-output';
import { EXIT } from '../exit-codes';
import { writeOutputFile } from '../output-file';

export interface CollectorOptions {
  readonly format?: 'ps1';
  readonly destination?: string;
  readonly out?: string;
  readonly force?: boolean;
}

export async function collectorCommand(output: CliOutput, options: CollectorOptions): Promise<number> {
  const destination = options.destination;
  if (destination !== undefined && (destination.trim() === '' || !isPlainLine(destination))) {
    throw new CliError('--destination must be a folder or share path on one line, such as \\\\server\\share\\nic.', EXIT.usage);
  }
  const script = collectorScript({ destination, tool: TOOL_NAME });
  if (options.out) {
    const file = await writeOutputFile(options.out, powerShellBytes(script), { force: options.force, readingFrom: [] });
    output.print(
      { file, format: 'ps1', destination: destination ?? null },
      () => `Saved the collector to ${options.out}. Run it on each machine; then: nicprops fleet <folder>.`,
    );
    return EXIT.ok;
  }
  output.raw(script);
  return EXIT.ok;
}
