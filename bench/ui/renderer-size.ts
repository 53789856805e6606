/**
 * Sizes of the built renderer's scripts: what the page loads to start (the entry chunk and the
 * chunks it imports statically, which Vite lists in index.html as the module script and its
 * modulepreload links) and what it loads later, on first use (the chunks behind dynamic imports).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface RendererSizes {
  /** The entry chunk and its static imports: what loads before the page can be used. */
  readonly startup: readonly ScriptSize[];
  /** Every other chunk: loaded when a dialog or command that needs it is first used. */
  readonly onDemand: readonly ScriptSize[];
}

/** The scripts index.html loads itself: `<script type="module" src>` and `<link rel="modulepreload" href>`, as file names. */
export function startupScriptNames(indexHtml: string): string[] {
  const names = new Set<string>();
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModuleScript = tag.startsWith('<script') && /\btype="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    if ((isModuleScript || isPreload) && url) names.add(basename(url));
  }
  return [...names];
}

function sizeOf(dir: string, file: string): ScriptSize {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Sizes of `rendererDir`'s scripts (dist/renderer), split into start-up and on-demand. */
export function rendererSizes(rendererDir: string): RendererSizes {
  const assets = join(rendererDir, 'assets');
  const startupNames = startupScriptNames(readFileSync(join(rendererDir, 'index.html'), 'utf8'));
  const all = readdirSync(assets).filter((n) => n.endsWith('.js'));
  const missing = startupNames.filter((n) => !all.includes(n));
  if (startupNames.length === 0 || missing.length > 0) {
    throw new Error(`index.html names no start-up script, or one that is not in assets/: ${missing.join(', ') || '(none named)'}`);
  }
  return {
    startup: startupNames.map((n) => sizeOf(assets, n)),
    onDemand: all.filter((n) => !startupNames.includes(n)).map((n) => sizeOf(assets, n)),
  };
}

export const sum = (xs: readonly ScriptSize[], key: 'raw' | 'gzip'): number => xs.reduce((n, x) => n + x[key], 0);
export const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
