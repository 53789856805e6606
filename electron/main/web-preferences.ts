/**
 * The window's security policy as plain data: web preferences, the Content-Security-Policy,
 * and which URLs count as the app's own. Pure (type-only `electron` import), so
 * electron/main/security.test.ts can assert it in plain Node.
 *
 * Checklist numbers refer to https://www.electronjs.org/docs/latest/tutorial/security
 */

import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The custom scheme the renderer is served from (checklist #18: avoid file://). */
export const APP_SCHEME = 'app';
/** The one host of that scheme; the renderer's origin is `app://renderer`. */
export const APP_HOST = 'renderer';
/** Where the window starts. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * CSP for the renderer (checklist #7). Identical to the `<meta>` in renderer/index.html; the
 * header is what Electron enforces for app:// pages, the meta covers the browser preview.
 * `style-src 'unsafe-inline'` is needed because Fluent UI (Griffel) injects <style> at runtime.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['font-src', "'self' data:"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Hosts the app may open in the user's browser (checklist #15); https only. */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set(['learn.microsoft.com']);

/** Microsoft's reference for the standardized keywords this app edits (Help > Documentation). */
export const DOCUMENTATION_URL = 'https://learn.microsoft.com/en-us/windows-hardware/drivers/network/standardized-inf-keywords-for-network-devices';

/**
 * Web preferences of the app window. Everything security-relevant is spelled out even where
 * it equals Electron's default, so a future default change or a careless edit shows up in
 * review and in security.test.ts. `webSecurity` is deliberately left untouched (checklist #6).
 */
export function buildWebPreferences(options: { preloadPath: string; isPackaged: boolean }): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true, // checklist #3
    sandbox: true, // checklist #4
    nodeIntegration: false, // checklist #2
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    allowRunningInsecureContent: false, // checklist #8
    experimentalFeatures: false, // checklist #9
    webviewTag: false, // checklist #11/#12: no <webview> at all
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // DevTools only in development; the packaged app has no use for them.
    devTools: !options.isPackaged,
  };
}

/** Options of the one app window; shown on ready-to-show to avoid a white flash. */
export function buildWindowOptions(options: {
  preloadPath: string;
  isPackaged: boolean;
  title: string;
  darkBackground: boolean;
  icon?: string;
}): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: options.title,
    backgroundColor: options.darkBackground ? '#1f1f1f' : '#fafafa',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: buildWebPreferences(options),
  };
}

/**
 * True when `raw` is a page of the app itself: scheme app:, host renderer, no credentials or
 * port. Compared with a URL parser, never startsWith (checklist #13). Note that WHATWG
 * `URL.origin` is "null" for non-special schemes in Node, so protocol and host are compared.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && url.port === '' && url.username === '' && url.password === '';
}

/** True for an https URL on an allowlisted host: the only links handed to the OS browser. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && EXTERNAL_HOSTS.has(url.hostname) && url.username === '' && url.password === '';
}
