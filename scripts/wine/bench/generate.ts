/**
 * Write the benchmark's class key: bench/generate-large-source.ts as a `.reg` file.
 *   node scripts/run-ts.mjs scripts/wine/bench/generate.ts OUT.reg [ADAPTERS] [PROPERTIES]
 */
import { writeFileSync } from 'node:fs';

import { generateLargeSource } from '../../../bench/generate-large-source';

const [out, adapters = '64', properties = '60'] = process.argv.slice(2);
if (!out) {
  console.error('usage: generate.ts OUT.reg [ADAPTERS] [PROPERTIES]');
  process.exit(2);
}
writeFileSync(out, generateLargeSource(Number(adapters), Number(properties)));
