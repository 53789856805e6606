/**
 * `npm run bench`: figures for the core on a generated 64 adapters x 60 properties source.
 *  - read + decode: the bytes of the `.reg` file from disk into text (the floor for any reader);
 *  - parse + model: text to registry tree to adapters with every property (target: within 4x of read + decode);
 *  - rules: evaluateRules for all 64 adapters (target: median under one frame, 16 ms).
 */

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateRules } from '../shared/rules/evaluate';
import { readAllAdapterDetails, readGlobals } from '../electron/services/adapter-reader';
import { MemoryRegistry } from '../electron/sources/memory-registry';
import { decodeRegBytes } from '../electron/sources/reg-file/decode-reg-bytes';
import { encodeRegFile } from '../electron/sources/reg-file/write-reg';
import { generateLargeSource } from './generate-large-source';
import { fmt, measure } from './measure';

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'nicprops-bench-'));
  const file = join(dir, 'large.reg');
  await writeFile(file, encodeRegFile(generateLargeSource(64, 60)));
  const text = decodeRegBytes(await readFile(file));

  const readDecode = await measure(async () => decodeRegBytes(await readFile(file)), 31, 5);
  const parseModel = await measure(async () => {
    const registry = MemoryRegistry.fromRegTexts([{ text, name: 'large.reg' }], 'reg-file', 'large.reg');
    return readAllAdapterDetails(registry);
  }, 31, 5);
  const registry = MemoryRegistry.fromRegTexts([{ text, name: 'large.reg' }], 'reg-file', 'large.reg');
  const all = await readAllAdapterDetails(registry);
  const globals = await readGlobals(registry);
  const rules = await measure(() => all.map((details) => evaluateRules({ details, globals })), 51, 5);
  const findings = all.reduce((n, details) => n + evaluateRules({ details, globals }).findings.length, 0);

  const ratio = parseModel.medianMs / readDecode.medianMs;
  const size = (await readFile(file)).length;
  console.log(`Source: ${all.length} adapters x ${all[0]?.properties.length ?? 0} properties, ${(size / 1024 / 1024).toFixed(2)} MB UTF-16LE .reg`);
  console.log(`read + decode:  ${fmt(readDecode)}`);
  console.log(`parse + model:  ${fmt(parseModel)}`);
  console.log(`ratio parse+model / read+decode: ${ratio.toFixed(2)}x (target <= 4x) ${ratio <= 4 ? 'MET' : 'NOT MET'}`);
  console.log(`rules, all ${all.length} adapters: ${fmt(rules)}; ${findings} findings (target median < 16 ms) ${rules.medianMs < 16 ? 'MET' : 'NOT MET'}`);
}

void main();
