/**
 * An unpacked-Electron-shaped directory for `electron-builder -c.electronDist=…`, so packaging
 * runs offline (the real Electron zip cannot be downloaded here). The fake binary carries a
 * real fuse wire (sentinel + version + length + one byte per fuse), so electron-builder's
 * @electron/fuses step runs for real and the flipped fuses can be read back.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** @electron/fuses' sentinel that precedes the fuse wire in every Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's defaults, in wire order: '1' enabled, '0' disabled. */
const DEFAULT_WIRE = '10111100';

export function createFakeElectronDist(dir: string, version: string): string {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "fake Electron for packaging tests"\nexit 1\n'),
    Buffer.alloc(256),
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE, 'ascii'),
    Buffer.alloc(256),
  ]);
  writeFileSync(path.join(dir, 'electron'), binary, { mode: 0o755 });
  writeFileSync(path.join(dir, 'locales', 'en-US.pak'), '');
  writeFileSync(path.join(dir, 'LICENSE'), 'fake');
  writeFileSync(path.join(dir, 'version'), version);
  return dir;
}
