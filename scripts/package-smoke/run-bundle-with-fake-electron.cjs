// Loads a built bundle (dist/main/index.cjs or dist/preload/index.cjs) in plain Node with a
// minimal fake 'electron', exercises it, and prints one JSON line with what happened.
// Usage: node run-bundle-with-fake-electron.cjs main|preload <userDataDir>
'use strict';
const Module = require('node:module');
const path = require('node:path');

const [kind, userData] = process.argv.slice(2);
const root = path.resolve(__dirname, '..', '..');
const log = [];
const ipc = new Map();
let exposed = null;
let protocolHandler = null;

class BrowserWindow {
  constructor(options) {
    this.options = options;
    log.push('window');
    this.webContents = {
      id: 1,
      once() {},
      on() {},
      setWindowOpenHandler() {},
      isDestroyed: () => false,
      send() {},
    };
    BrowserWindow.last = this;
  }
  once() {}
  on() {}
  isDestroyed() {
    return false;
  }
  loadURL(url) {
    log.push(`loadURL ${url}`);
    return Promise.resolve();
  }
}

const electron = {
  app: {
    isPackaged: true,
    enableSandbox() {},
    setAppUserModelId() {},
    requestSingleInstanceLock: () => true,
    on() {},
    whenReady: () => Promise.resolve(),
    getPath: () => userData,
    getVersion: () => '0.0.0',
    getAppPath: () => root,
    quit() {},
    exit(code) {
      log.push(`exit ${code}`);
    },
  },
  protocol: { registerSchemesAsPrivileged: () => log.push('registerSchemes') },
  session: {
    defaultSession: {
      webRequest: { onHeadersReceived() {} },
      setPermissionRequestHandler() {},
      setPermissionCheckHandler() {},
      setDevicePermissionHandler() {},
      protocol: { handle: (_scheme, fn) => (protocolHandler = fn) },
    },
  },
  ipcMain: { handle: (channel, fn) => ipc.set(channel, fn), removeHandler() {} },
  ipcRenderer: { invoke: async (...args) => ({ invoked: args }), on() {}, removeListener() {} },
  contextBridge: { exposeInMainWorld: (key, value) => (exposed = { key, value }) },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: () => log.push('menu') },
  BrowserWindow,
  dialog: { showErrorBox: (title, text) => log.push(`error ${text}`), showMessageBox: async () => ({ response: 1 }) },
  nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
  shell: { openExternal: async () => {} },
};

const requested = [];
const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (parent && parent.filename && parent.filename.startsWith(path.join(root, 'dist'))) requested.push(request);
  if (request === 'electron') return electron;
  return originalLoad.call(this, request, parent, isMain);
};

async function main() {
  if (kind === 'preload') {
    require(path.join(root, 'dist', 'preload', 'index.cjs'));
    const api = exposed.value;
    const invoked = await api.adapters.get({ adapterId: '0007' }, 'extra');
    return { exposedAs: exposed.key, keys: Object.keys(api).sort(), invoked, requested };
  }
  require(path.join(root, 'dist', 'main', 'index.cjs'));
  for (let i = 0; i < 200 && !log.some((l) => l.startsWith('loadURL')); i++) await new Promise((r) => setTimeout(r, 50));
  const event = { sender: { id: 1 }, senderFrame: { url: 'app://renderer/index.html', parent: null } };
  const info = await ipc.get('source:info')(event, {});
  const list = await ipc.get('adapters:list')(event, {});
  const index = await protocolHandler({ method: 'GET', url: 'app://renderer/' });
  const html = await index.text();
  return {
    log,
    channels: [...ipc.keys()].sort(),
    info,
    adapterCount: list.ok ? list.value.length : list,
    index: { status: index.status, csp: index.headers.get('content-security-policy'), hasRoot: html.includes('id="root"') },
    requested: [...new Set(requested)].sort(),
  };
}

main().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
