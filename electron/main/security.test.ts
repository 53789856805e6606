/**
 * Electron security lint, as tests: the window's web preferences, the CSP, and the URL
 * checks, asserted from the pure policy module (no Electron needed). Checklist numbers refer
 * to https://www.electronjs.org/docs/latest/tutorial/security
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  buildWebPreferences,
  buildWindowOptions,
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  isAllowedExternalUrl,
  isAppUrl,
} from './web-preferences';

const repoRoot = path.resolve(__dirname, '..', '..');

function cspMap(csp: string): Map<string, string> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

describe('web-preferences', () => {
  describe('buildWebPreferences()', () => {
    for (const isPackaged of [true, false]) {
      describe(isPackaged ? 'packaged' : 'development', () => {
        const prefs = buildWebPreferences({ preloadPath: '/app/dist/preload/index.cjs', isPackaged });

        it('isolates the preload context (#3), sandboxes (#4) and keeps Node out (#2)', () => {
          expect(prefs.contextIsolation).toBe(true);
          expect(prefs.sandbox).toBe(true);
          expect(prefs.nodeIntegration).toBe(false);
          expect(prefs.nodeIntegrationInWorker).toBe(false);
          expect(prefs.nodeIntegrationInSubFrames).toBe(false);
        });

        it('leaves webSecurity at its default (#6) and enables nothing experimental (#8, #9, #10)', () => {
          expect(prefs).not.toHaveProperty('webSecurity');
          expect(prefs.allowRunningInsecureContent).toBe(false);
          expect(prefs.experimentalFeatures).toBe(false);
          expect(prefs).not.toHaveProperty('enableBlinkFeatures');
        });

        it('has no <webview> tag (#11, #12)', () => {
          expect(prefs.webviewTag).toBe(false);
        });

        it('loads the bundled preload by absolute path', () => {
          expect(prefs.preload).toBe('/app/dist/preload/index.cjs');
        });
      });
    }

    it('offers DevTools only in development', () => {
      expect(buildWebPreferences({ preloadPath: 'p', isPackaged: true }).devTools).toBe(false);
      expect(buildWebPreferences({ preloadPath: 'p', isPackaged: false }).devTools).toBe(true);
    });
  });

  describe('buildWindowOptions()', () => {
    it('stays hidden until ready-to-show and carries the secure web preferences', () => {
      const options = buildWindowOptions({ preloadPath: 'p', isPackaged: true, title: 'T', darkBackground: false });
      expect(options.show).toBe(false);
      expect(options.webPreferences).toEqual(buildWebPreferences({ preloadPath: 'p', isPackaged: true }));
    });
  });

  describe('CONTENT_SECURITY_POLICY (#7)', () => {
    const csp = cspMap(CONTENT_SECURITY_POLICY);

    it('allows no eval and no inline script', () => {
      expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
      expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
      expect(csp.get('script-src')).toBe("'self'");
    });

    it('denies by default and pins base-uri and form-action', () => {
      expect(csp.get('default-src')).toBe("'none'");
      expect(csp.get('base-uri')).toBe("'none'");
      expect(csp.get('form-action')).toBe("'none'");
    });

    it('allows no remote origin anywhere', () => {
      for (const [, value] of CSP_DIRECTIVES) {
        expect(value).not.toMatch(/https?:|\*|ws:|wss:/);
      }
    });

    it('is the same policy as the <meta> in renderer/index.html', () => {
      const html = readFileSync(path.join(repoRoot, 'renderer', 'index.html'), 'utf8');
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
      expect(meta, 'renderer/index.html has a CSP <meta>').not.toBeNull();
      expect(cspMap(meta![1]!)).toEqual(csp);
    });
  });

  describe('isAppUrl() (#13)', () => {
    it('accepts pages of app://renderer', () => {
      expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
      expect(isAppUrl('app://renderer/assets/index-abc.js')).toBe(true);
      expect(isAppUrl('app://renderer/index.html#adapter-0007')).toBe(true);
    });

    it.each([
      'https://renderer/index.html',
      'file:///C:/app/dist/renderer/index.html',
      'app://renderer.evil.com/index.html',
      'app://evil/index.html',
      'app://renderer:8080/index.html',
      'app://user:pw@renderer/index.html',
      'APP//renderer/index.html',
      'javascript:alert(1)',
      'about:blank',
      '',
      'not a url',
    ])('refuses %s', (url) => {
      expect(isAppUrl(url)).toBe(false);
    });
  });

  describe('isAllowedExternalUrl() (#15)', () => {
    it('allows https links to Microsoft Learn', () => {
      expect(isAllowedExternalUrl('https://learn.microsoft.com/en-us/windows-hardware/drivers/network/')).toBe(true);
    });

    it.each([
      'http://learn.microsoft.com/',
      'https://learn.microsoft.com.evil.com/',
      'https://evil.com/?https://learn.microsoft.com/',
      'file:///C:/Windows/System32/calc.exe',
      'ms-settings:network',
      'https://user@learn.microsoft.com/',
    ])('refuses %s', (url) => {
      expect(isAllowedExternalUrl(url)).toBe(false);
    });
  });
});
