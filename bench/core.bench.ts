/**
 * `npm run bench`: figures for the core on a generated 64 adapters x 60 properties source.
 *  - read + decode: the bytes of the `.reg` file from disk into text (the floor for any reader);
 *  - parse + model: text to registry tree to adapters with every property (target: median within
 *    4x of read + decode's, both timed in turns in this one run);
 *  - the same for a file of the same shape whose adapters all differ (nothing repeats to share),
 *    for reference;
 *  - the heap the loaded source and its model keep (between two full collections);
 *  - rules: evaluateRules for all 64 adapters (target: median under one frame, 16 ms);
 *  - compare: one adapter against every other (63 diffs with rules on both sides); plan a preset for all 64;
 *  - report: the support report of all 64 adapters, built and rendered as Markdown and HTML;
 *  - a large UTF-16 driver INF: read + decode vs parse + resolve + model of every install section (target: within 4x).
 * The machine's load is printed with the figures: on a shared machine they move with it.
 */

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { diffAdapters } from '../shared/compare/adapter-diff';
import { planSettings } from '../shared/profiles/plan-settings';
import { presetSettings } from '../shared/profiles/presets';
import { evaluateRules } from '../shared/rules/evaluate';
import { buildReportFrom, renderReport } from '../electron/services/support-report';
import { readAllAdapterDetails, readGlobals } from '../electron/services/adapter-reader';
import { MemoryRegistry } from '../electron/sources/memory-registry';
import { decodeRegBytes } from '../electron/sources/reg-file/decode-reg-bytes';
import { encodeRegFile } from '../electron/sources/reg-file/write-reg';
import { resolveInf } from '../electron/sources/inf/resolve-inf';
import { sourceFromResolution } from '../electron/sources/inf/inf-source';
import { DEFAULT_INF_TARGET } from '../electron/sources/inf/target-os';
import { encodeInf, generateLargeInf } from './generate-large-inf';
import { generateLargeSource } from './generate-large-source';
import { fmt, measure, measureInterleaved } from './measure';

const load = (text: string) => readAllAdapterDetails(MemoryRegistry.fromRegTexts([{ text, name: 'large.reg' }], 'reg-file', 'large.reg'));

async function main(): Promise<void> {
  const loadBefore = loadavg()[0]!;
  const dir = await mkdtemp(join(tmpdir(), 'nicprops-bench-'));
  const file = join(dir, 'large.reg');
  const distinctFile = join(dir, 'distinct.reg');
  await writeFile(file, encodeRegFile(generateLargeSource(64, 60)));
  await writeFile(distinctFile, encodeRegFile(generateLargeSource(64, 60, { distinct: true })));
  const text = decodeRegBytes(await readFile(file));
  const distinctText = decodeRegBytes(await readFile(distinctFile));

  const t = await measureInterleaved(
    {
      readDecode: async () => decodeRegBytes(await readFile(file)),
      parseModel: () => load(text),
      distinct: () => load(distinctText),
    },
    41,
    5,
  );
  const registry = MemoryRegistry.fromRegTexts([{ text, name: 'large.reg' }], 'reg-file', 'large.reg');
  const all = await readAllAdapterDetails(registry);
  const globals = await readGlobals(registry);
  const rules = await measure(() => all.map((details) => evaluateRules({ details, globals })), 51, 5);
  const findings = all.reduce((n, details) => n + evaluateRules({ details, globals }).findings.length, 0);
  const heap = await heapOfLoaded(text);

  const [first, ...others] = all;
  const compare = await measure(() => others.map((d) => diffAdapters({ details: first!, globals }, { details: d, globals })), 15, 3);
  const preset = await measure(() => all.map((d) => planSettings(d, presetSettings('all-offloads-off', d).settings, d.adapter.id)), 31, 5);
  const reportBuild = await measure(() => buildReportFrom(registry, 'all'), 11, 2);
  const report = await buildReportFrom(registry, 'all');
  const markdown = await measure(() => renderReport(report, 'md'), 11, 2);
  const html = await measure(() => renderReport(report, 'html'), 11, 2);

  const ratio = t.parseModel.medianMs / t.readDecode.medianMs;
  const size = (await readFile(file)).length;
  console.log(
    `Source: ${all.length} adapters x ${all[0]?.properties.length ?? 0} properties, ${(size / 1024 / 1024).toFixed(2)} MB UTF-16LE .reg (ports of one driver)`,
  );
  console.log(`read + decode:  ${fmt(t.readDecode)}`);
  console.log(`parse + model:  ${fmt(t.parseModel)}`);
  console.log(`ratio of medians parse+model / read+decode: ${ratio.toFixed(2)}x (target <= 4x) ${ratio <= 4 ? 'MET' : 'NOT MET'}`);
  console.log(`  same shape, every adapter's params distinct: parse + model ${fmt(t.distinct)}, ${(t.distinct.medianMs / t.readDecode.medianMs).toFixed(2)}x`);
  if (heap !== null) console.log(`heap holding the loaded source and its model: ${heap.toFixed(1)} MB`);
  console.log(`rules, all ${all.length} adapters: ${fmt(rules)}; ${findings} findings (target median < 16 ms) ${rules.medianMs < 16 ? 'MET' : 'NOT MET'}`);
  console.log(`compare one adapter with ${others.length} others: ${fmt(compare)}`);
  console.log(`plan preset all-offloads-off for ${all.length} adapters: ${fmt(preset)}`);
  console.log(`report of ${all.length} adapters: build ${fmt(reportBuild)}`);
  console.log(`  render Markdown (${(renderReport(report, 'md').length / 1024).toFixed(0)} kB): ${fmt(markdown)}`);
  console.log(`  render HTML (${(renderReport(report, 'html').length / 1024).toFixed(0)} kB): ${fmt(html)}`);

  const infFile = join(dir, 'large.inf');
  await writeFile(infFile, encodeInf(generateLargeInf()));
  const infText = decodeRegBytes(await readFile(infFile));
  const { infRead, infModel } = await measureInterleaved(
    {
      infRead: async () => decodeRegBytes(await readFile(infFile)),
      infModel: () => readAllAdapterDetails(sourceFromResolution(resolveInf([{ name: 'large.inf', text: infText }], DEFAULT_INF_TARGET))),
    },
    31,
    5,
  );
  const infAdapters = await readAllAdapterDetails(sourceFromResolution(resolveInf([{ name: 'large.inf', text: infText }], DEFAULT_INF_TARGET)));
  const infRatio = infModel.medianMs / infRead.medianMs;
  const infSize = (await readFile(infFile)).length;
  console.log(
    `INF: ${infAdapters.length} install sections x ${infAdapters[0]?.properties.length ?? 0} parameters, ${(infSize / 1024).toFixed(0)} KB UTF-16LE (${infText.split('\n').length} lines, 20 languages)`,
  );
  console.log(`INF read + decode:                  ${fmt(infRead)}`);
  console.log(`INF parse + resolve + model (all):  ${fmt(infModel)}`);
  console.log(`ratio INF parse+resolve+model / read+decode: ${infRatio.toFixed(2)}x (target <= 4x) ${infRatio <= 4 ? 'MET' : 'NOT MET'}`);
  console.log(`machine: ${availableParallelism()} CPUs, load average (1 min) ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`);
}

/** MB of heap the loaded registry and model keep, between two full collections. */
async function heapOfLoaded(text: string): Promise<number | null> {
  // The usual way to reach the collector without starting node with --expose-gc.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  if (typeof gc !== 'function') return null;
  gc();
  const before = process.memoryUsage().heapUsed;
  const registry = MemoryRegistry.fromRegTexts([{ text, name: 'large.reg' }], 'reg-file', 'large.reg');
  const model = await readAllAdapterDetails(registry);
  gc();
  const after = process.memoryUsage().heapUsed;
  return model.length > 0 ? (after - before) / 1024 / 1024 : null;
}

void main();
