/**
 * The browser preview: the built renderer and the same handler table as Electron main, over
 * HTTP on 127.0.0.1 with a per-run token. It serves demo or `.reg` data only and never touches
 * the live registry, whatever the platform.
 */

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail } from '../../shared/ipc/result';
import { MAX_REG_FILE_BASE64 } from '../../shared/ipc/schemas';
import { formatBytes, MAX_REG_FILE_BYTES } from '../../shared/model/input-limits';
import { createAppHandlers, dispatchRequest } from '../services/app-handlers';
import type { RegistrySource } from '../sources/registry-source';
import { createDemoSource } from '../sources/reg-file-source';
import { readStatic, resolveStaticPath } from './static-files';

/** The renderer's CSP, sent as a header too (renderer/index.html carries it as a meta tag). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Largest request body: the `.reg` files of one load, base64-encoded, up to the limit of one
 * file in all (shared/ipc/schemas.ts), plus room for the JSON around them.
 */
export const MAX_BODY_BYTES = MAX_REG_FILE_BASE64 + 64 * 1024;

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

/** The body as text, or null once it is over MAX_BODY_BYTES (the rest is not read). */
function readBody(req: IncomingMessage): Promise<string | null> {
  // Refused from the header when the client says how much it sends.
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      // Stop reading (and holding) the body; the 413 goes out and the connection closes after it.
      req.off('data', onData);
      req.pause();
      chunks.length = 0;
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Answer 413 to a body over the limit. The client is most likely still sending it: closing the
 * connection at once would reset it and lose the answer, so the rest is read and discarded (never
 * kept), and a connection still sending after half a minute is closed.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  const limit = formatBytes(MAX_REG_FILE_BYTES);
  send(
    res,
    413,
    JSON.stringify(fail('invalid-request', `The request is too large: files opened at once may be at most ${limit} together.`)),
    'application/json',
  );
  res.once('finish', () => {
    req.resume();
    setTimeout(() => req.socket.destroy(), 30_000).unref();
  });
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
  // Node closes an idle kept-alive connection after 5 s; a client reusing it at that moment gets
  // ECONNRESET. Clients of this local server (the page, test drivers) pause longer than that between
  // requests, so keep idle connections open longer than they wait.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;

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
        refuseTooLarge(req, res);
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
