import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function bundleScript(file: string): Promise<{ text: string; inputs: string[] }>;
export const inlineBundlePlugin: EsbuildPlugin;
export const inlineBundleVitePlugin: VitePlugin;
