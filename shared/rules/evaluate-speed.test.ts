import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/catalog';
import { evaluateRules } from './evaluate';
import { makeDetails, NO_GLOBALS, type DetailsSpec } from './test-support/make-details';

// The lead's `npm run bench` measures this properly; here we only guard against accidental quadratic work.
// (Test-only use of the Node global `process`; shared/ runtime code stays free of Node APIs.)
describe('evaluateRules speed', () => {
  it('64 adapters x 60 properties stays far below one frame', () => {
    const keywords = CATALOG.filter((e) => !e.hidden && e.kind !== 'edit')
      .map((e) => e.keyword)
      .slice(0, 50);
    const adapters = Array.from({ length: 64 }, (_, i) => {
      const spec: Record<string, DetailsSpec[string]> = {};
      for (const kw of keywords) spec[kw] = null;
      for (let v = 0; v < 60 - keywords.length; v++) spec[`Vendor${v}`] = { type: 'int', value: String(i), min: 0, max: 100, default: '0' };
      spec['*RssOrVmqPreference'] = { registryOnly: String(i % 2) };
      return makeDetails(spec);
    });
    expect(adapters[0]?.properties.length).toBe(60);
    const runAll = () => adapters.map((details) => evaluateRules({ details, globals: NO_GLOBALS }));
    runAll(); // warm up
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      // CPU time of this process, so other processes on a shared CI box do not count.
      const c0 = process.cpuUsage();
      runAll();
      const c = process.cpuUsage(c0);
      times.push((c.user + c.system) / 1000);
    }
    times.sort((a, b) => a - b);
    const best = times[0] ?? Infinity;
    console.log(`evaluateRules: 64 adapters x 60 properties, CPU best ${best.toFixed(2)} ms, median ${(times[4] ?? 0).toFixed(2)} ms`);
    // Loose on purpose: it catches quadratic work, not a few milliseconds (target < 16 ms; the lead's bench measures it).
    expect(best).toBeLessThan(100);
  });
});
