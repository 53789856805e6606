/**
 * Session- and app-wide guards: CSP header, permissions, webviews, navigation and new windows.
 * Checklist numbers refer to https://www.electronjs.org/docs/latest/tutorial/security
 */

import { app, shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isAppUrl } from './web-preferences';

/**
 * Harden a session: a CSP header on every http(s) response and no permissions at all.
 *
 * Chromium does not run header-related webRequest events for custom protocols
 * (electron/electron#6021), so app:// responses carry the CSP from the protocol handler
 * itself (protocol.ts); this header hook is the backstop for anything else.
 */
export function hardenSession(ses: Session): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
  // Checklist #5: the app needs no camera, notifications, clipboard-read, HID, serial, …
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/** Refuse navigation away from the app and every new window (checklist #13, #14). */
export function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    // Links to Microsoft's documentation open in the user's browser; nothing opens in-app.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const blockForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-frame-navigate', (event) => blockForeign(event, event.url));
  contents.on('will-redirect', blockForeign);
}

/**
 * Apply the guards to every web contents the app ever creates, and refuse <webview>
 * (checklist #12) even though `webviewTag` is off.
 */
export function installAppWideGuards(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    guardWebContents(contents);
  });
}
