/**
 * Every `process.platform` check of the main process lives here (style anchors E), so the
 * rest of the code asks "is this Windows?" by name and the answer can be faked in tests.
 */

/** True on Windows: the live registry, adapter restarts and elevation exist only there. */
export const isWindows = process.platform === 'win32';

/** True on macOS: only menu conventions differ (the app menu carries Quit). */
export const isMac = process.platform === 'darwin';
