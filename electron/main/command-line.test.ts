import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { regFilesFromArgv } from './command-line';

describe('regFilesFromArgv()', () => {
  it('returns .reg arguments resolved against the working directory', () => {
    const argv = ['C:\\Apps\\NIC.exe', 'export.reg', 'D:\\dumps\\Other.REG'];
    expect(regFilesFromArgv(argv, '/home/qa')).toEqual([path.resolve('/home/qa', 'export.reg'), path.resolve('/home/qa', 'D:\\dumps\\Other.REG')]);
  });

  it('returns driver INFs and .inx templates too', () => {
    expect(regFilesFromArgv(['NIC.exe', 'e1x68x64.INF', 'netkvm.inx', 'readme.txt'], '/q')).toEqual([
      path.resolve('/q', 'e1x68x64.INF'),
      path.resolve('/q', 'netkvm.inx'),
    ]);
  });

  it('ignores switches, the executable and the app path', () => {
    const argv = ['electron', '.', '--inspect=0', '--remote-debugging-port=0', '--flag=x.reg', 'notes.txt'];
    expect(regFilesFromArgv(argv, '/tmp')).toEqual([]);
  });

  it('never treats the executable itself as a file to open', () => {
    expect(regFilesFromArgv(['/weird/name.reg'], '/')).toEqual([]);
  });
});
