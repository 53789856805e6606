/** The preview server over real HTTP on 127.0.0.1: what a browser, and a hostile page, can and cannot do. */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type RunningPreview } from './preview-server';

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
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { kind: 'demo', notThisComputer: true, runtime: 'browser-preview', canRestartAdapters: false } });
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
    const list = JSON.parse((await send('/api/adapters:list', { method: 'POST', body: '{}' })).body) as { ok: boolean; value: { id: string; warningCount: number }[] };
    expect(list.ok).toBe(true);
    expect(list.value.map((a) => a.id)).toContain('0007');
    expect(list.value.find((a) => a.id === '0007')!.warningCount).toBeGreaterThan(0);
  });
});
