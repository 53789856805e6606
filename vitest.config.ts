import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { inlineBundleVitePlugin } from './scripts/inline-bundle.mjs';

// Unit tests: shared/ and electron/ run in Node; renderer/ tests opt into jsdom per file.
/** Import `.reg` files as text, as the esbuild bundles do (electron/sources/reg-module.d.ts). */
const regAsText: Plugin = {
  name: 'reg-as-text',
  transform(code, id) {
    return id.endsWith('.reg') ? { code: `export default ${JSON.stringify(code)};`, map: null } : null;
  },
};

export default defineConfig({
  plugins: [react(), regAsText, inlineBundleVitePlugin],
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['scripts/vitest-global-setup.ts'],
    testTimeout: 20_000,
  },
});
