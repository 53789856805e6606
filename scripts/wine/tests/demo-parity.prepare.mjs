// Linux side of demo-parity.wine-test.ts: what this machine's node prints for
// `nicprops show --all --json --source demo` (and `globals --json`), for the Wine test to compare
// with `--source live` on a prefix seeded from the same demo.reg. Run by run-tests.sh.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const [dataDir] = process.argv.slice(2);
const cli = process.env.NICPROPS_CLI_UNIX;
if (!dataDir || !cli) throw new Error('usage: NICPROPS_CLI_UNIX=… node demo-parity.prepare.mjs DATA_DIR');
for (const [file, args] of [
  ['show-demo.json', ['show', '--all', '--json', '--source', 'demo']],
  ['globals-demo.json', ['globals', '--json', '--source', 'demo']],
]) {
  writeFileSync(path.join(dataDir, file), execFileSync(process.execPath, [cli, ...args], { maxBuffer: 64 * 1024 * 1024 }));
}
