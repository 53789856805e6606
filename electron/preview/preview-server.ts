/**
 * The browser preview: the built renderer and the same handler table as Electron main, over
 * HTTP on 127.0.0.1 with a per-run token. It serves demo or `.reg` data only and never touches
 * the live registry, whatever the platform.
 */

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail } from '../../shared/ipc/result';
import { createAppHandlers, dispatchRequest } from '../services/app-handlers';
import type { RegistrySource } from '../sources/registry-source';
import { createDemoSource } from '../sources/reg-file-source';
import { readStatic, resolveStaticPath } from './static-files';

/** The renderer's CSP, sent as a header too (renderer/index.html carries it as a meta tag). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Largest request body: twenty `.reg` files of a few MB, base64-encoded, fit. */
const MAX_BODY_BYTES = 96 * 1024 * 1024;

export interface PreviewOptions {
  readonly rendererDir: string;
  readonly port: number;
  readonly source?: RegistrySource;
  readonly journalDir: string;
  readonly token?: string;
}

export interface RunningPreview {
  readonly url: string;
  readonly token: string;
  readonly server: Server;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sameToken(given: string | undefined, token: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The request path, percent-decoded; null when it is not a valid origin-form path. */
function decodedPath(url: string): string | null {
  if (!url.startsWith('/')) return null;
  try {
    return decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return null;
  }
}

/** Start the preview server; resolves once it listens. */
export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const initialSource = options.source ?? createDemoSource();
  const handlers = createAppHandlers({
    runtime: 'browser-preview',
    journalDir: options.journalDir,
    // The preview never writes the live registry, so its journals are in memory.
    journalSecurity: null,
    initialSource,
    // "Use this computer" in the preview means the demo: the preview never writes the live registry.
    defaultSource: createDemoSource,
    restartAdapter: null,
    relaunchElevated: null,
    isElevated: null,
  });
  let port = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, JSON.stringify(fail('internal', 'The preview server failed.')), 'application/json');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only our own origin: a DNS-rebinding page would arrive with another Host.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      send(res, 421, 'Wrong host', 'text/plain');
      return;
    }
    const url = req.url ?? '/';
    // A path that does not decode (/api/%E0%A4%A) is the client's mistake: 400, not a 500 with a stack.
    const path = decodedPath(url);
    if (path === null) {
      const body = url.startsWith('/api/') ? JSON.stringify(fail('invalid-request', 'The request URL is not valid.')) : 'Bad request';
      send(res, 400, body, url.startsWith('/api/') ? 'application/json' : 'text/plain');
      return;
    }
    if (url.startsWith('/api/')) {
      if (req.method !== 'POST') {
        send(res, 405, JSON.stringify(fail('invalid-request', 'Use POST.')), 'application/json', { Allow: 'POST' });
        return;
      }
      if (!sameToken(req.headers['x-nicprops-token'] as string | undefined, token)) {
        send(res, 403, JSON.stringify(fail('invalid-request', 'Missing or wrong token.')), 'application/json');
        return;
      }
      const body = await readBody(req);
      if (body === null) {
        send(res, 413, JSON.stringify(fail('invalid-request', 'The request is too large.')), 'application/json');
        return;
      }
      let parsed: unknown;
      try {
        parsed = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        send(res, 400, JSON.stringify(fail('invalid-request', 'The request body is not JSON.')), 'application/json');
        return;
      }
      const channel = path.slice('/api/'.length);
      const result = await dispatchRequest(handlers, channel, parsed);
      send(res, 200, JSON.stringify(result), 'application/json');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed', 'text/plain', { Allow: 'GET' });
      return;
    }
    const filePath = resolveStaticPath(options.rendererDir, url);
    const file = filePath ? await readStatic(filePath) : null;
    if (!file) {
      send(res, 404, 'Not found', 'text/plain');
      return;
    }
    if (filePath!.endsWith('index.html')) {
      const html = file.body.toString('utf8').replace('<head>', `<head>\n    <meta name="nicprops-token" content="${token}" />`);
      send(res, 200, html, file.type);
      return;
    }
    send(res, 200, file.body, file.type, { 'Cache-Control': 'no-cache' });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
