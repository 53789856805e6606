import { describe, expect, it, vi } from 'vitest';
import type { Adapter } from '../../../shared/model/adapter';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProcessElevated, relaunchElevated, relaunchScript, relaunchWithHandover, type ElevationHost } from './elevation';
import { handoverNameFromArgv, takeHandover, type HandoverItem } from '../../services/handover';
import { ExecError, type Exec } from '../../services/windows/exec';
import { deviceIdScript, isInterfaceGuid, restartAdapter, restartNetAdapterScript, RESTART_CONFIRMATION } from '../../services/windows/restart-adapter';
import { commandLineToArgv } from '../../../shared/generate/test-support/command-line-to-argv';
import { statements, stringValues, tokenize } from '../../../shared/generate/test-support/powershell-tokenizer';

/** The script passed to powershell.exe as -EncodedCommand (UTF-16LE base64). */
function decodedScript(args: readonly string[]): string {
  expect(args.slice(0, 3)).toEqual(['-NoProfile', '-NonInteractive', '-EncodedCommand']);
  return Buffer.from(args[3]!, 'base64').toString('utf16le');
}

const GUID = '{4D36E972-E325-11CE-BFC1-08002BE10318}';

function adapter(overrides: Partial<Adapter> = {}): Adapter {
  return {
    id: '0007',
    description: 'Intel(R) Ethernet Controller I226-V',
    connectionName: 'Ethernet',
    netCfgInstanceId: '{6C1E8C2A-3B1F-4B8E-9D7A-0F1E2D3C4B5A}',
    componentId: 'pci\\ven_8086&dev_125c',
    characteristics: 0x84,
    physical: true,
    virtual: false,
    hidden: false,
    hasUi: true,
    propertyCount: 30,
    infModel: null,
    ...overrides,
  };
}

describe('restart-adapter', () => {
  describe('isInterfaceGuid()', () => {
    it('accepts a braced GUID and nothing else', () => {
      expect(isInterfaceGuid(GUID)).toBe(true);
      expect(isInterfaceGuid(GUID.slice(1, -1))).toBe(false);
      expect(isInterfaceGuid(`${GUID}'; Remove-Item C:\\ -Recurse; '`)).toBe(false);
    });
  });

  describe('scripts', () => {
    it('embed only a validated GUID', () => {
      expect(deviceIdScript(GUID)).toContain(`-eq '${GUID}'`);
      expect(restartNetAdapterScript(GUID)).toContain('Restart-NetAdapter -InputObject $a -Confirm:$false');
      expect(() => restartNetAdapterScript("x'; calc; '")).toThrow(/Not an interface GUID/);
    });
  });

  describe('restartAdapter()', () => {
    it('restarts the device with pnputil, passing the device id as one argument', async () => {
      const exec = vi.fn<Exec>(async (file) =>
        file.toLowerCase().endsWith('powershell.exe')
          ? { stdout: 'PCI\\VEN_8086&DEV_125C&SUBSYS_00008086&REV_04\\6&2F1E&0&00E0\r\n', stderr: '' }
          : { stdout: '', stderr: '' },
      );
      await restartAdapter(adapter(), exec);
      expect(exec).toHaveBeenCalledTimes(2);
      const [file, args] = exec.mock.calls[1]!;
      expect(file).toMatch(/pnputil\.exe$/);
      expect(args).toEqual(['/restart-device', 'PCI\\VEN_8086&DEV_125C&SUBSYS_00008086&REV_04\\6&2F1E&0&00E0']);
    });

    it('falls back to Restart-NetAdapter when pnputil fails', async () => {
      const exec = vi.fn<Exec>(async (file, args) => {
        if (file.endsWith('pnputil.exe')) throw new ExecError('pnputil failed', 1, 'Invalid option /restart-device');
        if (decodedScript(args).includes('Restart-NetAdapter')) return { stdout: RESTART_CONFIRMATION, stderr: '' };
        return { stdout: 'ROOT\\NET\\0000', stderr: '' };
      });
      await restartAdapter(adapter(), exec);
      expect(exec).toHaveBeenCalledTimes(3);
      expect(decodedScript(exec.mock.calls[2]![1])).toContain('Restart-NetAdapter');
    });

    it('does not take an exit code of 0 without the confirmation as a restart', async () => {
      // What Wine's powershell.exe stand-in does: run nothing, exit 0.
      const exec = vi.fn<Exec>(async () => ({ stdout: '', stderr: '' }));
      await expect(restartAdapter(adapter(), exec)).rejects.toThrow('Could not restart Ethernet: PowerShell did not confirm the restart.');
    });

    it('says Windows needs a restart when pnputil answers 3010', async () => {
      const exec = vi.fn<Exec>(async (file) => {
        if (file.endsWith('pnputil.exe')) throw new ExecError('reboot', 3010, '');
        return { stdout: 'ROOT\\NET\\0000', stderr: '' };
      });
      await expect(restartAdapter(adapter(), exec)).rejects.toThrow(/Windows needs a restart before Ethernet/);
    });

    it('refuses an adapter without a valid interface GUID, running nothing', async () => {
      const exec = vi.fn<Exec>();
      await expect(restartAdapter(adapter({ netCfgInstanceId: null }), exec)).rejects.toThrow(/no interface GUID/);
      await expect(restartAdapter(adapter({ netCfgInstanceId: "{x}'; calc; '" }), exec)).rejects.toThrow(/no interface GUID/);
      expect(exec).not.toHaveBeenCalled();
    });

    it('reports an adapter Windows does not list', async () => {
      const exec = vi.fn<Exec>(async () => {
        throw new ExecError('no adapter', 3, '');
      });
      await expect(restartAdapter(adapter(), exec)).rejects.toThrow(/Windows lists no network adapter for Ethernet/);
    });
  });
});

describe('elevation', () => {
  describe('isProcessElevated()', () => {
    it('is true when `net session` succeeds', async () => {
      const exec = vi.fn<Exec>(async () => ({ stdout: '', stderr: '' }));
      await expect(isProcessElevated(exec)).resolves.toBe(true);
      expect(exec.mock.calls[0]![0]).toMatch(/net\.exe$/);
    });

    it('falls back to fltmc, and is false when both fail', async () => {
      const exec = vi.fn<Exec>(async () => {
        throw new ExecError('denied', 2, '');
      });
      await expect(isProcessElevated(exec)).resolves.toBe(false);
      expect(exec.mock.calls.map((c) => c[0])).toEqual([expect.stringMatching(/net\.exe$/), expect.stringMatching(/fltmc\.exe$/)]);
    });
  });

  describe('relaunchScript()', () => {
    it('quotes the executable for PowerShell and each argument for the command line', () => {
      expect(relaunchScript("C:\\Program Files\\NIC's\\NIC.exe", ['C:\\src\\my app'])).toBe(
        `$ErrorActionPreference = 'Stop'; Start-Process -FilePath 'C:\\Program Files\\NIC''s\\NIC.exe' -ArgumentList '"C:\\src\\my app"' -Verb RunAs`,
      );
      expect(relaunchScript('C:\\NIC.exe', [])).not.toContain('-ArgumentList');
    });

    it('keeps hostile paths and arguments as data: two statements, the same arguments back', () => {
      const exe = 'C:\\Users\\x\u2019; Start-Process calc; \u2019\\NIC.exe';
      const args = ['C:\\a" -x "b\\', '--pending-changes=C:\\ProgramData\\x y\\h.json'];
      const tokens = tokenize(relaunchScript(exe, args));
      expect(statements(tokens).map((s) => s[0]!.text)).toEqual(['$ErrorActionPreference', 'Start-Process']);
      const [, filePath, argumentList] = stringValues(tokens);
      expect(filePath).toBe(exe);
      expect(commandLineToArgv(argumentList!)).toEqual(args);
    });
  });

  describe('commands run by the app', () => {
    it('pass every script as -EncodedCommand', async () => {
      const exec = vi.fn<Exec>(async () => ({ stdout: '', stderr: '' }));
      await relaunchElevated(
        { isPackaged: true, getAppPath: () => '', quit: () => {}, releaseSingleInstanceLock: () => {}, requestSingleInstanceLock: () => true },
        exec,
      );
      expect(decodedScript(exec.mock.calls[0]![1])).toMatch(/^\$ErrorActionPreference = 'Stop'; Start-Process -FilePath /);
    });
  });

  describe('relaunchElevated()', () => {
    function host(): ElevationHost & { calls: string[] } {
      const calls: string[] = [];
      return {
        calls,
        isPackaged: true,
        getAppPath: () => 'C:\\app',
        quit: () => void calls.push('quit'),
        releaseSingleInstanceLock: () => void calls.push('release'),
        requestSingleInstanceLock: () => (calls.push('request'), true),
      };
    }

    it('releases the single-instance lock before starting the elevated copy, then quits', async () => {
      vi.useFakeTimers();
      const h = host();
      const exec = vi.fn<Exec>(async () => (h.calls.push('spawn'), { stdout: '', stderr: '' }));
      await relaunchElevated(h, exec);
      vi.runAllTimers();
      vi.useRealTimers();
      expect(h.calls).toEqual(['release', 'spawn', 'quit']);
    });

    it('takes the lock back and keeps running when the UAC prompt is declined', async () => {
      const h = host();
      const exec = vi.fn<Exec>(async () => {
        throw new ExecError('The operation was canceled by the user.', 1, '');
      });
      await expect(relaunchElevated(h, exec)).rejects.toThrow(/pending changes are still here/);
      expect(h.calls).toEqual(['release', 'request']);
    });
  });

  describe('relaunchWithHandover()', () => {
    const items: HandoverItem[] = [
      { change: { scope: 'adapter', adapterId: '0007', keyword: '*JumboPacket', value: '9014' }, expectedBefore: { type: 'REG_SZ', data: '1514' } },
    ];
    const host = (): ElevationHost => ({
      isPackaged: true,
      getAppPath: () => '',
      quit: () => {},
      releaseSingleInstanceLock: () => {},
      requestSingleInstanceLock: () => true,
    });

    it('hands the pending changes over in a file named on the new copy’s command line', async () => {
      vi.useFakeTimers();
      const dir = mkdtempSync(join(tmpdir(), 'nicprops-relaunch-'));
      const exec = vi.fn<Exec>(async () => ({ stdout: '', stderr: '' }));
      await relaunchWithHandover(host(), items, dir, exec);
      vi.runAllTimers();
      vi.useRealTimers();
      // The argument list, as the relaunched app will split it, names the file (a name, not a path).
      const script = decodedScript(exec.mock.calls[0]![1]);
      const argumentList = stringValues(tokenize(script)).at(-1)!;
      const name = handoverNameFromArgv(['app.exe', ...commandLineToArgv(argumentList)]);
      expect(name).not.toBeNull();
      expect(readdirSync(dir)).toEqual([name]);
      expect(await takeHandover(dir, name!)).toEqual({ ok: true, items });
    });

    it('removes the file when Windows does not start the elevated copy', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'nicprops-relaunch-'));
      const exec = vi.fn<Exec>(async () => {
        throw new ExecError('The operation was canceled by the user.', 1, '');
      });
      await expect(relaunchWithHandover(host(), items, dir, exec)).rejects.toThrow(/pending changes are still here/);
      expect(readdirSync(dir)).toEqual([]);
    });

    it('says in one sentence when the hand-over folder cannot be written, and relaunches nothing', async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'nicprops-relaunch-')), 'not-a-folder');
      writeFileSync(file, '');
      const exec = vi.fn<Exec>(async () => ({ stdout: '', stderr: '' }));
      await expect(relaunchWithHandover(host(), items, file, exec)).rejects.toThrow(
        /^The pending changes could not be kept for the elevated app: the folder .* cannot be written \(\w+\)\. Nothing was relaunched/,
      );
      expect(exec).not.toHaveBeenCalled();
    });

    it('writes no file when nothing is pending', async () => {
      vi.useFakeTimers();
      const dir = mkdtempSync(join(tmpdir(), 'nicprops-relaunch-'));
      const exec = vi.fn<Exec>(async () => ({ stdout: '', stderr: '' }));
      await relaunchWithHandover(host(), [], dir, exec);
      vi.runAllTimers();
      vi.useRealTimers();
      expect(readdirSync(dir)).toEqual([]);
      expect(decodedScript(exec.mock.calls[0]![1])).not.toContain('-ArgumentList');
    });
  });
});
