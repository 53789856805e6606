import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererFile } from './renderer-files';

const root = path.resolve('/app/resources/app.asar/dist/renderer');

describe('resolveRendererFile()', () => {
  it('serves index.html for the root', () => {
    expect(resolveRendererFile(root, 'app://renderer/')).toEqual({
      filePath: path.join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
  });

  it('maps assets with their MIME type, ignoring query and hash', () => {
    expect(resolveRendererFile(root, 'app://renderer/assets/index-1a2b.js?v=1#x')).toEqual({
      filePath: path.join(root, 'assets', 'index-1a2b.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveRendererFile(root, 'app://renderer/assets/index.css')?.mimeType).toBe('text/css; charset=utf-8');
  });

  it.each([
    'app://renderer/../main/index.cjs',
    'app://renderer/%2e%2e/main/index.cjs',
    'app://renderer/assets/%2e%2e%2f%2e%2e%2fmain/index.cjs',
    'app://renderer/assets/..%2F..%2F..%2Fmain%2Findex.cjs',
  ])('keeps %s inside the renderer directory', (url) => {
    const file = resolveRendererFile(root, url);
    if (file) expect(file.filePath.startsWith(root + path.sep)).toBe(true);
    expect(file?.filePath).not.toBe(path.resolve(root, '..', 'main', 'index.cjs'));
  });

  it.each([
    'app://renderer/..%5c..%5cmain%5cindex.cjs',
    'app://renderer/index.html%00.png',
    'app://renderer/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveRendererFile(root, url)).toBeNull();
  });
});
