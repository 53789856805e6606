/** The app:// protocol that serves dist/renderer (checklist #18: no file:// pages). */

import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { resolveRendererFile } from './renderer-files';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './web-preferences';

/**
 * Declare app:// a standard, secure scheme. Must run before the app is ready.
 * `corsEnabled` stays unset so other origins cannot read app:// responses.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serve files of `rendererDir` (inside app.asar when packaged) on app://renderer/. */
export function serveRenderer(ses: Session, rendererDir: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405 });
    }
    const file = resolveRendererFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = new Uint8Array(await readFile(file.filePath));
    } catch {
      return new Response('Not found', { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'Content-Type': file.mimeType,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  });
}
