/**
 * `nicprops` reading hostile `.reg` files and writing `--out` files: registry text cannot drive
 * the terminal, forge output lines or break error messages; `--out` never replaces a source or an
 * existing file by accident, and says why in one sentence. Runs the CLI in-process (runCli) for
 * the generated cases and the built binary (rebuilt once by scripts/vitest-global-setup.ts) for the
 * file-system ones.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileText } from '../../shared/generate/test-support/hostile-text';
import { statements, tokenize } from '../../shared/generate/test-support/powershell-tokenizer';
import { NET_CLASS_KEY, NETWORK_CONNECTIONS_KEY } from '../../shared/model/registry-paths';
import { runCli } from './nicprops';

const CLI = join(process.cwd(), 'dist', 'cli', 'nicprops.cjs');
const dir = mkdtempSync(join(tmpdir(), 'nicprops-hostile-'));
const GUID = '{11111111-2222-3333-4444-555555555555}';

/** A REG_SZ of any text, written as hex(1) (UTF-16LE + NUL) so line breaks and quotes survive. */
function sz(text: string): string {
  const bytes = Buffer.from(`${text}\u0000`, 'utf16le');
  return `hex(1):${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join(',')}`;
}

/** One adapter whose description, connection name, label, option label and stored value are `text`. */
function hostileReg(text: string): string {
  const key = `${NET_CLASS_KEY}\\0007`;
  return [
    'Windows Registry Editor Version 5.00',
    '',
    `[${key}]`,
    `"DriverDesc"=${sz(text)}`,
    `"NetCfgInstanceId"="${GUID}"`,
    '"Characteristics"=dword:00000084',
    `"*JumboPacket"=${sz(text)}`,
    `"VendorNote"=${sz(text)}`,
    '',
    `[${key}\\Ndi\\params\\*JumboPacket]`,
    `"ParamDesc"=${sz(text)}`,
    '"Type"="enum"',
    '"Default"="1514"',
    '',
    `[${key}\\Ndi\\params\\*JumboPacket\\enum]`,
    `"1514"=${sz(text)}`,
    '"9014"="9014 Bytes"',
    '',
    `[${NETWORK_CONNECTIONS_KEY}\\${GUID}\\Connection]`,
    `"Name"=${sz(text)}`,
    '',
  ].join('\r\n');
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    (s) => (stdout += s),
    (s) => (stderr += s),
  );
  return { code, stdout, stderr };
}

/** What a terminal would act on, or what would start a line of its own. */
const TERMINAL_CONTROL = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe('text output from hostile registry text', () => {
  it('has no control characters and exactly the lines it would have for plain text', async () => {
    const plain = join(dir, 'plain.reg');
    writeFileSync(plain, hostileReg('plain'));
    const shape = async (file: string, command: string[]) => (await cli([...command, '--source', file])).stdout.split('\n').length;
    const expected = { adapters: await shape(plain, ['adapters']), show: await shape(plain, ['show', '0007']), check: await shape(plain, ['check']) };
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostileText(), async (hostile) => {
        // Framed so that, like "plain", it is a non-blank label and a stored value the driver does not offer.
        const file = join(dir, `h${n++}.reg`);
        writeFileSync(file, hostileReg(`x${hostile}x`));
        for (const [name, command] of [
          ['adapters', ['adapters']],
          ['show', ['show', '0007']],
          ['check', ['check']],
        ] as const) {
          const r = await cli([...command, '--source', file]);
          const withoutNewlines = r.stdout.replaceAll('\n', '');
          expect(withoutNewlines).not.toMatch(TERMINAL_CONTROL);
          expect(r.stdout.split('\n').length).toBe(expected[name]);
          expect(r.stderr).toBe('');
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the data exact in JSON, escaping only what a terminal would act on', async () => {
    const text = 'Intel\u001b[2J\nStart-Process calc\u2028\u009b\u202e';
    const file = join(dir, 'json.reg');
    writeFileSync(file, hostileReg(text));
    const r = await cli(['show', '0007', '--json', '--source', file]);
    expect(r.stdout.replaceAll('\n', '')).not.toMatch(TERMINAL_CONTROL);
    expect((JSON.parse(r.stdout) as { adapter: { description: string } }).adapter.description).toBe(text);
  });

  it('keeps one-line errors on one line', async () => {
    const file = join(dir, 'error.reg');
    writeFileSync(file, hostileReg('Jumbo\r\nnicprops: everything is fine'));
    const r = await cli(['set', '0007', '*JumboPacket=9000', '--dry-run', '--source', file]);
    expect(r.code).toBe(4);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Jumbo\\x0D\\x0Anicprops: everything is fine');
    const query = await cli(['show', 'no\nsuch\u001b[31m', '--source', file]);
    expect(query.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(query.stderr).not.toContain('\u001b');
  });
});

function nicprops(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('--out', () => {
  const source = join(dir, 'customer.reg');
  beforeAll(() => writeFileSync(source, hostileReg('Contoso')));

  it('never writes over a source it reads', () => {
    const before = readFileSync(source);
    const r = nicprops('set', '0007', '*JumboPacket=9014', '--source', source, '--out', source, '--format', 'reg', '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`nicprops: Refusing to write ${source}: it is ${source}, which this command reads. Choose another --out file.\n`);
    expect(readFileSync(source)).toEqual(before);
    // The same file by another name.
    expect(nicprops('set', '0007', '*JumboPacket=9014', '--source', source, '--out', join(dir, '.', 'customer.reg'), '--format', 'reg', '--force').code).toBe(
      2,
    );
  });

  it('refuses to replace an existing file unless --force', () => {
    const out = join(dir, 'exists.ps1');
    writeFileSync(out, 'keep me');
    const r = nicprops('set', '0007', '*JumboPacket=9014', '--source', source, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`nicprops: ${out} already exists; add --force to replace it.\n`);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(nicprops('set', '0007', '*JumboPacket=9014', '--source', source, '--out', out, '--force').code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Set-NetAdapterAdvancedProperty');
  });

  it('says in one sentence when the path is a folder or its folder is missing', () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    expect(nicprops('set', '0007', '*JumboPacket=9014', '--source', source, '--out', folder).stderr).toBe(
      `nicprops: Cannot save to ${folder}: it is a folder. Give a file name.\n`,
    );
    const missing = join(dir, 'no-such-folder', 'x.reg');
    const r = nicprops('set', '0007', '*JumboPacket=9014', '--source', source, '--out', missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`nicprops: Cannot save to ${missing}: the folder ${join(dir, 'no-such-folder')} does not exist.\n`);
  });

  it('writes a script whose header cannot be broken by the source file name', () => {
    const named = join(dir, 'customer\nStart-Process calc.exe\r\n#.reg');
    writeFileSync(named, hostileReg('Contoso'));
    const out = join(dir, 'named.ps1');
    expect(nicprops('set', '0007', '*JumboPacket=9014', '--source', named, '--out', out).code).toBe(0);
    const commands = statements(tokenize(readFileSync(out, 'utf8').slice(1))).map((s) => s[0]!.text);
    expect(commands).not.toContain('Start-Process');
    expect(commands[0]).toBe('$ErrorActionPreference');
  });
});
