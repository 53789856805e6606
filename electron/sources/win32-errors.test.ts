import { describe, expect, it } from 'vitest';

import { RegistryWriteError } from './registry-source';
import { describeWin32Error, registryReadError, registryWriteError, WIN32, win32CodeOf, writeFailureReason } from './win32-errors';

const KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\0007';

describe('writeFailureReason', () => {
  it('offers elevation for access denied and a missing privilege, a reload for a vanished key, and "failed" for the rest', () => {
    expect(writeFailureReason(WIN32.ACCESS_DENIED)).toBe('access-denied');
    expect(writeFailureReason(WIN32.PRIVILEGE_NOT_HELD)).toBe('access-denied');
    expect(writeFailureReason(WIN32.FILE_NOT_FOUND)).toBe('key-missing');
    expect(writeFailureReason(WIN32.PATH_NOT_FOUND)).toBe('key-missing');
    expect(writeFailureReason(WIN32.KEY_DELETED)).toBe('key-missing');
    for (const code of [WIN32.INVALID_PARAMETER, WIN32.CANTWRITE, WIN32.REGISTRY_CORRUPT, WIN32.NO_LOG_SPACE, 4242]) {
      expect(writeFailureReason(code)).toBe('failed');
    }
  });
});

describe('sentences', () => {
  it('gives every code it knows one sentence naming the value and key, and unknown codes their number', () => {
    for (const code of [...Object.values(WIN32), 4242]) {
      const e = registryWriteError(code, { verb: 'write', key: KEY, name: '*JumboPacket' });
      expect(e).toBeInstanceOf(RegistryWriteError);
      expect(e.message).toContain(`the value "*JumboPacket" in ${KEY}`);
      expect(e.message).toMatch(/^[A-Z][^\n]*\.$/);
      expect(e.message).not.toMatch(/undefined|null|\.\./);
    }
    expect(describeWin32Error(4242)).toBe('Windows error 4242');
    expect(describeWin32Error(WIN32.REGISTRY_CORRUPT)).toBe('the registry is damaged (Windows error 1015)');
  });

  it('words access denied as a request to run as administrator', () => {
    const e = registryWriteError(WIN32.ACCESS_DENIED, { verb: 'delete', key: KEY, name: 'NetworkAddress' });
    expect(e.reason).toBe('access-denied');
    expect(e.message).toBe(
      `Access denied: Windows did not let this program delete the value "NetworkAddress" in ${KEY}; run it as administrator to change it.`,
    );
  });

  it('names the default value and keys', () => {
    expect(registryWriteError(WIN32.FILE_NOT_FOUND, { verb: 'write', key: KEY, name: '' }).message).toBe(
      `Cannot write the default value in ${KEY}: the key does not exist (any more).`,
    );
    expect(registryWriteError(WIN32.CANTWRITE, { verb: 'create', key: KEY }).message).toBe(
      `Could not create the registry key ${KEY}: the registry key could not be written (Windows error 1013).`,
    );
    expect(registryReadError(WIN32.ACCESS_DENIED, KEY).message).toBe(`Cannot read the registry key ${KEY}: access is denied.`);
  });
});

describe('win32CodeOf', () => {
  it("reads native-reg's errno, and nothing from other errors", () => {
    const win32 = Object.assign(new Error('Zugriff verweigert'), { code: 'Win32Error', errno: 5, syscall: 'RegOpenKeyExW' });
    expect(win32CodeOf(win32)).toBe(5);
    expect(win32CodeOf(new Error("RegOpenKeyEx failed - exit code: '5'"))).toBeNull();
    expect(win32CodeOf(Object.assign(new Error('x'), { errno: '5' }))).toBeNull();
    expect(win32CodeOf(null)).toBeNull();
    expect(win32CodeOf('5')).toBeNull();
  });
});
