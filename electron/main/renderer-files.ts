/**
 * Maps an app:// request URL to a file under dist/renderer, refusing anything that would
 * leave that directory. Pure (node:path only) so it is unit-tested without Electron.
 */

import path from 'node:path';
import { isAppUrl } from './web-preferences';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RendererFile {
  readonly filePath: string;
  readonly mimeType: string;
}

/**
 * The file under `rootDir` that `requestUrl` names, or null when the URL is not the app's
 * origin, is malformed, or escapes the root (`..`, encoded separators, NUL bytes).
 */
export function resolveRendererFile(rootDir: string, requestUrl: string): RendererFile | null {
  if (!isAppUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const normalized = path.posix.normalize(pathname);
  if (normalized.split('/').includes('..')) return null;
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, `.${normalized}`);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const mimeType = MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  return { filePath, mimeType };
}
