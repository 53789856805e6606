import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit tests: shared/ and electron/ run in Node; renderer/ tests opt into jsdom per file.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
