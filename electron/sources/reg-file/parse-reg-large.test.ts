import { describe, expect, it } from 'vitest';
import { NET_CLASS_KEY } from '../../../shared/model/registry-paths';
import { MemoryRegistry } from '../memory-registry';
import { decodeRegBytes } from './decode-reg-bytes';
import { parseReg } from './parse-reg';
import { encodeRegFile, writeReg, type RegKeyBlock } from './write-reg';

/** 64 adapters x 60 enum params, like the toolchain notes' 3 MB Wine import. */
function bigExport(): RegKeyBlock[] {
  const blocks: RegKeyBlock[] = [];
  for (let a = 0; a < 64; a++) {
    const adapter = `${NET_CLASS_KEY}\\${String(a).padStart(4, '0')}`;
    const root: RegKeyBlock['values'][number][] = [
      { name: 'DriverDesc', value: { type: 'REG_SZ', data: `Contoso Ethernet Adapter #${a}` } },
      { name: 'Characteristics', value: { type: 'REG_DWORD', data: 0x84 } },
      { name: 'IncludedInfs', value: { type: 'REG_MULTI_SZ', data: ['pci.inf', 'netrndis.inf', 'vwifibus.inf'] } },
      { name: 'NetworkInterfaceInstallTimestamp', value: { type: 'REG_QWORD', data: '132811221425213278' } },
    ];
    const params: RegKeyBlock[] = [];
    for (let p = 0; p < 60; p++) {
      const keyword = `*Keyword${p}`;
      root.push({ name: keyword, value: { type: 'REG_SZ', data: String(p % 4) } });
      params.push({
        path: `${adapter}\\Ndi\\params\\${keyword}`,
        values: [
          { name: 'ParamDesc', value: { type: 'REG_SZ', data: `Offload setting number ${p}` } },
          { name: 'default', value: { type: 'REG_SZ', data: '0' } },
          { name: 'type', value: { type: 'REG_SZ', data: 'enum' } },
        ],
      });
      params.push({
        path: `${adapter}\\Ndi\\params\\${keyword}\\enum`,
        values: ['Disabled', 'Tx Enabled', 'Rx Enabled', 'Rx & Tx Enabled'].map((label, i) => ({
          name: String(i),
          value: { type: 'REG_SZ' as const, data: label },
        })),
      });
    }
    blocks.push({ path: adapter, values: root }, ...params);
  }
  return blocks;
}

// Timing lives in `npm run bench` (bench/core.bench.ts); this checks that the big source the bench
// times parses to the tree it should.
describe('parseReg on a 3 MB export', () => {
  it('reads a 3 MB UTF-16LE export of 64 adapters x 60 params into every key it holds', () => {
    const bytes = encodeRegFile(writeReg(bigExport()));
    expect(bytes.length).toBeGreaterThan(3_000_000);
    const registry = MemoryRegistry.fromDocuments([parseReg(decodeRegBytes(bytes), 'big.reg')], 'reg-file', 'big.reg');
    expect(registry.snapshot(NET_CLASS_KEY)).toHaveLength(1 + 64 * (1 + 60 * 2 + 2));
  });
});
