/**
 * Write the benchmark's class key: bench/generate-large-source.ts as a `.reg` file.
 *   node scripts/run-ts.mjs scripts/wine/bench/generate.ts OUT.reg [ADAPTERS] [PROPERTIES] [--install-values]
 *
 * --install-values adds to every adapter key the two REG_BINARY values Windows writes when it
 * installs a driver (DriverDateData, InstallTimeStamp), as every real adapter key has them: the
 * types registry-js cannot read, so reading such a key takes the second library (or, before,
 * a `reg export`). It also marks the enum properties Optional, so that one `nicprops set` can take
 * ten properties of an adapter to Not Present (the write benchmark's change set).
 */
import { writeFileSync } from 'node:fs';

import { generateLargeSource } from '../../../bench/generate-large-source';

const args = process.argv.slice(2);
const installValues = args.includes('--install-values');
const [out, adapters = '64', properties = '60'] = args.filter((a) => a !== '--install-values');
if (!out) {
  console.error('usage: generate.ts OUT.reg [ADAPTERS] [PROPERTIES] [--install-values]');
  process.exit(2);
}
let text = generateLargeSource(Number(adapters), Number(properties));
if (installValues) {
  text = text.replaceAll('"Optional"="0"', '"Optional"="1"');
  // After each adapter key's DriverDesc line (the first value of the key).
  text = text.replace(/^("DriverDesc"=".*")$/gm, (line) =>
    [line, '"DriverDateData"=hex:00,80,8c,a3,c5,94,d6,01', '"InstallTimeStamp"=hex:e8,07,05,00,02,00,0e,00,09,00,0c,00,1f,00,92,01'].join('\r\n'),
  );
}
writeFileSync(out, text);
