/** The channels behind Compare…, the Profiles menu and Copy/Save report, through dispatchRequest as the renderer calls them. */

import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareOutcome, ExportedFile, ProfileFile } from '../../shared/ipc/contract';
import type { Profile } from '../../shared/profiles/profile';
import { sourceFromRegFiles } from '../sources/reg-file-source';
import { createAppHandlers, dispatchRequest } from './app-handlers';

const FIXTURES = join(process.cwd(), 'electron', 'cli', 'test-fixtures');
const file = (name: string) => ({ name, contentBase64: readFileSync(join(FIXTURES, name)).toString('base64') });
const lab = () => sourceFromRegFiles([{ name: 'two-drivers.reg', bytes: readFileSync(join(FIXTURES, 'two-drivers.reg')) }]);

async function handlers() {
  return createAppHandlers({
    runtime: 'browser-preview',
    journalDir: await mkdtemp(join(tmpdir(), 'nicprops-handlers-')),
    journalSecurity: null,
    initialSource: lab(),
    defaultSource: lab,
    restartAdapter: null,
    relaunchElevated: null,
    isElevated: null,
  });
}

function value<T>(result: { ok: boolean; value?: unknown }): T {
  expect(result).toMatchObject({ ok: true });
  return result.value as T;
}

describe('compare:adapters', () => {
  it('compares with another adapter of the source, and with the same adapter in .reg files opened for it', async () => {
    const table = await handlers();
    const ports = value<CompareOutcome>(await dispatchRequest(table, 'compare:adapters', { adapterId: '0001', other: { kind: 'adapter', adapterId: '0003' } }));
    expect(ports.kind === 'compared' && ports.comparison.diff.rows.filter((r) => r.kind !== 'equal').map((r) => r.keyword)).toContain(
      '*TCPChecksumOffloadIPv4',
    );
    const later = value<CompareOutcome>(
      await dispatchRequest(table, 'compare:adapters', { adapterId: '0001', other: { kind: 'files', files: [file('two-drivers-later.reg')] } }),
    );
    expect(later).toMatchObject({
      kind: 'compared',
      comparison: { otherSource: 'two-drivers-later.reg', matchedBy: 'netCfgInstanceId', b: { adapter: { id: '0001' } } },
    });
    // The window still shows its own source.
    expect(value<{ label: string }>(await dispatchRequest(table, 'source:info', {})).label).toBe('two-drivers.reg');
  });

  it('offers the adapters of the files when none is the same adapter, and says when a file is not a .reg', async () => {
    const table = await handlers();
    const demo = { name: 'demo.reg', contentBase64: readFileSync(join(process.cwd(), 'electron', 'sources', 'demo', 'demo.reg')).toString('base64') };
    const choose = value<CompareOutcome>(await dispatchRequest(table, 'compare:adapters', { adapterId: '0003', other: { kind: 'files', files: [demo] } }));
    expect(choose.kind === 'choose' && choose.candidates.map((a) => a.id)).toEqual(['0002', '0007', '0008', '0009', '0010', '0011', '0012', '0015']);
    const picked = value<CompareOutcome>(
      await dispatchRequest(table, 'compare:adapters', { adapterId: '0003', other: { kind: 'files', files: [demo], adapterId: '0008' } }),
    );
    expect(picked).toMatchObject({ kind: 'compared', comparison: { matchedBy: 'named' } });
    const bad = await dispatchRequest(table, 'compare:adapters', {
      adapterId: '0001',
      other: { kind: 'files', files: [{ name: 'x.reg', contentBase64: Buffer.from('hello').toString('base64') }] },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-file' } });
  });

  it('compares with a driver INF: the adapter against the driver package defaults', async () => {
    const table = await handlers();
    const inf = { name: 'rt640x64.inf', contentBase64: readFileSync(join(process.cwd(), 'e2e', 'preview', 'fixtures', 'rt640x64.inf')).toString('base64') };
    const outcome = value<CompareOutcome>(
      await dispatchRequest(table, 'compare:adapters', { adapterId: '0002', other: { kind: 'files', files: [inf], adapterId: '0000' } }),
    );
    expect(outcome.kind === 'compared' && outcome.comparison.otherSource).toBe('rt640x64.inf');
    expect(outcome.kind === 'compared' && outcome.comparison.diff.rows.find((r) => r.keyword === '*JumboPacket')?.b?.stored).toBeNull();
    const mixed = await dispatchRequest(table, 'compare:adapters', {
      adapterId: '0002',
      other: { kind: 'files', files: [inf, file('two-drivers-later.reg')] },
    });
    expect(mixed).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'Driver INFs and .reg files cannot be compared together; open one kind.' },
    });
  });
});

describe('profiles:read and profiles:save', () => {
  it('saves an adapter as a profile file that reads back, listing what it left out', async () => {
    const table = await handlers();
    const saved = value<ProfileFile>(
      await dispatchRequest(table, 'profiles:save', { adapterId: '0001', name: 'Port 1 / lab', nonDefault: false, matchComponentId: true }),
    );
    expect(saved.suggestedName).toBe('Port-1-lab.json');
    expect(saved.skipped).toEqual(["NetworkAddress is this adapter's own address; name it to include it."]);
    const profile = value<Profile>(await dispatchRequest(table, 'profiles:read', { name: saved.suggestedName, contentBase64: saved.contentBase64 }));
    expect(profile).toMatchObject({ name: 'Port 1 / lab', match: { componentId: ['pci\\ven_8086&dev_1563'] } });
    expect(profile.settings).toHaveLength(17);
  });

  it('refuses a file that is not a valid profile with the problems listed', async () => {
    const table = await handlers();
    const result = await dispatchRequest(table, 'profiles:read', { name: 'x.json', contentBase64: Buffer.from('{"formatVersion":1}').toString('base64') });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'bad-file',
        message: 'x.json is not a valid profile (2 problems).',
        details: ['the profile: "name" is missing.', 'the profile: "settings" is missing.'],
      },
    });
  });
});

describe('report:render', () => {
  it('renders the report of one adapter or of every visible one, as Markdown or HTML', async () => {
    const table = await handlers();
    const md = value<ExportedFile>(await dispatchRequest(table, 'report:render', { format: 'md', scope: 'adapter', adapterId: '0003' }));
    expect(md.mimeType).toBe('text/markdown');
    const text = Buffer.from(md.contentBase64, 'base64').toString('utf8');
    expect(text).toContain('## SLOT 1 Port 2 (instance 0003)');
    expect(text).not.toContain('SLOT 1 Port 1 (instance');
    const html = value<ExportedFile>(await dispatchRequest(table, 'report:render', { format: 'html', scope: 'visible' }));
    expect(html.suggestedName).toMatch(/^nic-report-\d{12}\.html$/);
    expect(Buffer.from(html.contentBase64, 'base64').toString('utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(await dispatchRequest(table, 'report:render', { format: 'md', scope: 'adapter' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
