/** The preview server's command line (dist/preview/server.cjs, rebuilt by scripts/vitest-global-setup.ts): --source and --control-set. */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYSTEM_HIVE_KEY } from '../../shared/model/registry-paths';
import { encodeRegFile } from '../sources/reg-file/write-reg';

const SERVER = join(process.cwd(), 'dist', 'preview', 'server.cjs');
const dir = mkdtempSync(join(tmpdir(), 'nicprops-preview-cli-'));

/** A file holding two control sets and no Select key. */
const both = join(dir, 'both.reg');
writeFileSync(
  both,
  encodeRegFile(
    `Windows Registry Editor Version 5.00\r\n\r\n${['ControlSet001', 'ControlSet002']
      .map((set) => `[${SYSTEM_HIVE_KEY}\\${set}\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0001]\r\n"DriverDesc"="${set}"\r\n\r\n`)
      .join('')}`,
  ),
);

/** Start the server; resolves with its first line of output (or its error and exit code), then stops it. */
function start(...args: string[]): Promise<{ line: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ line: (out || err).split('\n')[0]!, code }));
  });
}

describe('preview server --source and --control-set', () => {
  it('asks for --control-set in one line when a file holds several control sets', async () => {
    const r = await start('--source', both);
    expect(r).toEqual({
      code: 1,
      line: 'nicprops preview: both.reg holds ControlSet001 and ControlSet002 and no Select\\Current value naming one of them; choose one with --control-set 1 or --control-set 2.',
    });
  });

  it('serves the control set it is told to, and says which', async () => {
    const r = await start('--source', both, '--control-set', '2');
    expect(r.line).toMatch(/^Preview: http:\/\/127\.0\.0\.1:\d+\/ {2}\(both\.reg \(ControlSet002\); stop with Ctrl\+C\)$/);
    expect(r.code).toBe(0);
  });

  it('refuses a --control-set that is not a number, and a source that is not a file', async () => {
    expect(await start('--source', both, '--control-set', 'two')).toEqual({
      code: 1,
      line: 'nicprops preview: --control-set two is not a control set number (1 to 999, 1 for ControlSet001).',
    });
    expect(await start('--source', dir)).toEqual({ code: 1, line: `nicprops preview: ${dir} is a folder, not a file.` });
  });
});
