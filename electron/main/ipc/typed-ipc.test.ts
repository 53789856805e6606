import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const mocks = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  dispatch: vi.fn(async (_table: unknown, channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: Handler) => mocks.handlers.set(channel, fn),
    removeHandler: (channel: string) => mocks.handlers.delete(channel),
  },
}));
vi.mock('../../services/app-handlers', () => ({ dispatchRequest: mocks.dispatch }));

const { registerInvokeHandlers, send, trustWebContents } = await import('./typed-ipc');

function contents(id: number) {
  const listeners = new Map<string, () => void>();
  return {
    id,
    destroyed: false,
    sent: [] as unknown[][],
    once: (event: string, fn: () => void) => listeners.set(event, fn),
    destroy() {
      this.destroyed = true;
      listeners.get('destroyed')?.();
    },
    isDestroyed() {
      return this.destroyed;
    },
    send(...args: unknown[]) {
      this.sent.push(args);
    },
  };
}

const mainFrame = (url: string) => ({ url, parent: null });
const window1 = contents(1);
trustWebContents(window1 as never);
const table = { marker: 'table' };
registerInvokeHandlers(() => table as never);

beforeEach(() => {
  mocks.dispatch.mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('typed-ipc', () => {
  it('registers a handler for every channel of the contract', () => {
    expect([...mocks.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('dispatches a request from the app window to the handler table', async () => {
    const handler = mocks.handlers.get('adapters:get')!;
    const result = await handler({ sender: window1, senderFrame: mainFrame('app://renderer/index.html') }, { adapterId: '0007' });
    expect(mocks.dispatch).toHaveBeenCalledWith(table, 'adapters:get', { adapterId: '0007' });
    expect(result).toEqual({ ok: true, value: { channel: 'adapters:get', request: { adapterId: '0007' } } });
  });

  it.each([
    ['another web contents', { sender: contents(2), senderFrame: mainFrame('app://renderer/index.html') }],
    ['a sub-frame', { sender: window1, senderFrame: { url: 'app://renderer/index.html', parent: mainFrame('app://renderer/index.html') } }],
    ['a page of another origin', { sender: window1, senderFrame: mainFrame('https://example.com/') }],
    ['a file:// page', { sender: window1, senderFrame: mainFrame('file:///C:/evil.html') }],
    ['a destroyed frame', { sender: window1, senderFrame: null }],
  ])('refuses a request from %s without calling a handler', async (_label, event) => {
    const result = await mocks.handlers.get('history:list')!(event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(mocks.dispatch).not.toHaveBeenCalled();
  });

  it('refuses extra arguments', async () => {
    const event = { sender: window1, senderFrame: mainFrame('app://renderer/index.html') };
    const result = await mocks.handlers.get('history:list')!(event, {}, 'extra');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(mocks.dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing handler table into an internal error', async () => {
    mocks.dispatch.mockRejectedValueOnce(new Error('boom'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const event = { sender: window1, senderFrame: mainFrame('app://renderer/index.html') };
    await expect(mocks.handlers.get('history:list')!(event, {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('stops trusting a window once it is destroyed', async () => {
    const window3 = contents(3);
    trustWebContents(window3 as never);
    window3.destroy();
    const result = await mocks.handlers.get('history:list')!({ sender: window3, senderFrame: mainFrame('app://renderer/index.html') }, {});
    expect(result).toMatchObject({ ok: false });
  });

  describe('send()', () => {
    it('sends typed events and skips destroyed windows', () => {
      const w = contents(4);
      expect(send(w as never, 'menu:command', 'save-changes-reg')).toBe(true);
      expect(w.sent).toEqual([['menu:command', 'save-changes-reg']]);
      w.destroy();
      expect(send(w as never, 'menu:command', 'save-changes-reg')).toBe(false);
      expect(w.sent).toHaveLength(1);
    });
  });
});
