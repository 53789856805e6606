/** The preview server over real HTTP on 127.0.0.1: what a browser, and a hostile page, can and cannot do. */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { request, type ClientRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startPreview, type RunningPreview } from './preview-server';

let preview: RunningPreview;
let rendererDir: string;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'nicprops-preview-'));
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  preview = await startPreview({ rendererDir, port: 0, journalDir: join(root, 'journal') });
});

afterAll(async () => {
  await preview.close();
});

/** A raw request, so tests can send any Host header and path. */
function send(path: string, options: { method?: string; host?: string; token?: string | null; body?: string } = {}) {
  const url = new URL(preview.url);
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: {
          host: options.host ?? url.host,
          ...(options.token === null ? {} : { 'x-nicprops-token': options.token ?? preview.token }),
          'content-type': 'application/json',
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser preview server', () => {
  it('listens on loopback only', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the renderer with its token and a strict CSP', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="nicprops-token" content="${preview.token}" />`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('/assets/app.js')).headers['content-type']).toContain('text/javascript');
  });

  it('serves nothing outside the renderer folder', async () => {
    expect((await send('/../secret.txt')).status).toBe(404);
    expect((await send('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await send('/assets/%2e%2e%2f%2e%2e%2fsecret.txt')).status).toBe(404);
  });

  it('refuses another Host (DNS rebinding)', async () => {
    expect((await send('/', { host: 'evil.example:80' })).status).toBe(421);
    expect((await send('/api/source:info', { method: 'POST', host: 'evil.example', body: '{}' })).status).toBe(421);
  });

  it('answers the API only with the per-run token', async () => {
    expect((await send('/api/source:info', { method: 'POST', token: null, body: '{}' })).status).toBe(403);
    expect((await send('/api/source:info', { method: 'POST', token: 'guess', body: '{}' })).status).toBe(403);
    const ok = await send('/api/source:info', { method: 'POST', body: '{}' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({
      ok: true,
      value: { kind: 'demo', notThisComputer: true, runtime: 'browser-preview', canRestartAdapters: false },
    });
  });

  it('answers malformed requests with an error result, never a stack trace', async () => {
    const notJson = await send('/api/adapters:list', { method: 'POST', body: '{nope' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toEqual({ ok: false, error: { code: 'invalid-request', message: 'The request body is not JSON.' } });
    const wrongShape = JSON.parse((await send('/api/adapters:get', { method: 'POST', body: '{"adapterId":7}' })).body);
    expect(wrongShape).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((await send('/api/adapters:list', { method: 'GET' })).status).toBe(405);
    const unknown = JSON.parse((await send('/api/registry:wipe', { method: 'POST', body: '{}' })).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'Unknown channel "registry:wipe".' } });
  });

  it('answers URLs that do not decode with 400, never a stack trace', async () => {
    const api = await send('/api/%E0%A4%A', { method: 'POST', body: '{}' });
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toEqual({ ok: false, error: { code: 'invalid-request', message: 'The request URL is not valid.' } });
    for (const path of ['/%E0%A4%A', '/assets/%ff', '/%']) {
      const r = await send(path);
      expect([r.status, r.body]).toEqual([400, 'Bad request']);
    }
  });

  it('serves the demo adapters through the shared handlers', async () => {
    const list = JSON.parse((await send('/api/adapters:list', { method: 'POST', body: '{}' })).body) as {
      ok: boolean;
      value: { id: string; warningCount: number }[];
    };
    expect(list.ok).toBe(true);
    expect(list.value.map((a) => a.id)).toContain('0007');
    expect(list.value.find((a) => a.id === '0007')!.warningCount).toBeGreaterThan(0);
  });

  it('refuses a body over the limit from its Content-Length, without reading it', async () => {
    const r = await post('/api/source:load-reg-files', { 'content-length': String(MAX_BODY_BYTES + 1) }, (req) => req.end());
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'The request is too large: files opened at once may be at most 64 MiB together.' },
    });
  });

  it('answers 413 to a streamed body over the limit while the client is still sending it', async () => {
    // A raw socket, as a browser behaves: it keeps reading the answer even when writing fails
    // (Node's own client drops the answer on EPIPE).
    const url = new URL(preview.url);
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(url.port), '127.0.0.1');
      let received = '';
      let sent = 0;
      const chunk = Buffer.concat([Buffer.from(`${(1 << 20).toString(16)}\r\n`), Buffer.alloc(1 << 20, 0x41), Buffer.from('\r\n')]);
      socket.on('data', (d: Buffer) => (received += d.toString()));
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(received));
      socket.write(`POST /api/source:load-reg-files HTTP/1.1\r\nHost: ${url.host}\r\nX-Nicprops-Token: ${preview.token}\r\nTransfer-Encoding: chunked\r\n\r\n`);
      const pump = () => {
        while (!socket.destroyed && sent <= MAX_BODY_BYTES * 2) {
          sent += chunk.length;
          if (!socket.write(chunk)) return void socket.once('drain', pump);
        }
        socket.end();
      };
      pump();
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('The request is too large: files opened at once may be at most 64 MiB together.');
    expect(JSON.parse((await send('/api/source:info', { method: 'POST', body: '{}' })).body)).toMatchObject({ ok: true });
  }, 30_000);
});

/** A POST with the token and `headers`; `write` sends the body. Resolves on the response. */
function post(path: string, headers: Record<string, string>, write: (req: ClientRequest) => void) {
  const url = new URL(preview.url);
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    // A connection of its own: one left half-sent must not carry the next test's request.
    const req = request(
      { host: '127.0.0.1', port: url.port, path, method: 'POST', agent: false, headers: { host: url.host, 'x-nicprops-token': preview.token, ...headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body, headers: res.headers });
        });
      },
    );
    req.on('error', reject);
    write(req);
  });
}
