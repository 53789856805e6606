// `import script from './x.ts?bundle'` gives the module at ./x.ts bundled (with its dependencies)
// into one minified browser script, as a string: how a generated page carries its only script
// inline, hashed in its Content-Security-Policy. Used by the esbuild builds (build.mjs, run-ts.mjs)
// and by Vitest (vitest.config.ts), so tests run the same script the CLI ships.
import path from 'node:path';
import * as esbuild from 'esbuild';

const SUFFIX = '?bundle';

/** Bundle `file` into one IIFE script; resolves to its text and the files it was built from. */
export async function bundleScript(file) {
  const result = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    // Third-party licence notices (Chart.js is MIT) stay in the script, at its end.
    legalComments: 'eof',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text.trimEnd();
  return { text, inputs: Object.keys(result.metafile.inputs).map((p) => path.resolve(p)) };
}

/** The esbuild plugin. */
export const inlineBundlePlugin = {
  name: 'inline-bundle',
  setup(build) {
    build.onResolve({ filter: /\?bundle$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path.slice(0, -SUFFIX.length)), namespace: 'inline-bundle' }));
    build.onLoad({ filter: /.*/, namespace: 'inline-bundle' }, async (args) => {
      const { text, inputs } = await bundleScript(args.path);
      return { contents: `export default ${JSON.stringify(text)};`, loader: 'js', watchFiles: inputs };
    });
  },
};

/** The same for Vite (Vitest). */
export const inlineBundleVitePlugin = {
  name: 'inline-bundle',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!source.endsWith(SUFFIX) || !importer) return null;
    return `\0inline-bundle:${path.resolve(path.dirname(importer), source.slice(0, -SUFFIX.length))}`;
  },
  async load(id) {
    if (!id.startsWith('\0inline-bundle:')) return null;
    const { text } = await bundleScript(id.slice('\0inline-bundle:'.length));
    return `export default ${JSON.stringify(text)};`;
  },
};
