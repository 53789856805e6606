// `import script from './x.ts?bundle'` gives the module at ./x.ts bundled (with its dependencies)
// into one minified browser script, as a string: how a generated page carries its only script
// inline, hashed in its Content-Security-Policy. `import source from './x.ts?node-bundle'` gives it
// bundled for Node instead (CommonJS, Node built-ins left to require): how the CLI carries the
// code of a worker thread it starts with `eval`, so the CLI stays one file. Used by the esbuild
// builds (build.mjs, run-ts.mjs) and by Vitest (vitest.config.ts), so tests run the same script the
// CLI ships.
import path from 'node:path';
import * as esbuild from 'esbuild';

/** Each suffix and how the module it names is bundled. */
const KINDS = {
  '?bundle': {
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    // Third-party licence notices (Chart.js is MIT) stay in the script, at its end.
    legalComments: 'eof',
  },
  '?node-bundle': {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Identifiers and whitespace only: stack traces from the worker keep their function names.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'eof',
    loader: { '.reg': 'text' },
    // The registry libraries are native modules outside every bundle (build.mjs); a worker has no use for them.
    external: ['registry-js', 'native-reg'],
  },
};
const SUFFIXES = Object.keys(KINDS);
const FILTER = /\?(node-)?bundle$/;

function split(specifier) {
  const suffix = SUFFIXES.find((s) => specifier.endsWith(s));
  return suffix ? { file: specifier.slice(0, -suffix.length), suffix } : null;
}

/** Bundle `file` into one script of the given kind; resolves to its text and the files it was built from. */
export async function bundleScript(file, suffix = '?bundle') {
  const result = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    write: false,
    ...KINDS[suffix],
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
    // The suffix stays in the path: one file imported as two kinds is two modules.
    build.onResolve({ filter: FILTER }, (args) => {
      const { file, suffix } = split(args.path);
      return { path: path.resolve(args.resolveDir, file) + suffix, namespace: 'inline-bundle' };
    });
    build.onLoad({ filter: /.*/, namespace: 'inline-bundle' }, async (args) => {
      const { file, suffix } = split(args.path);
      const { text, inputs } = await bundleScript(file, suffix);
      return { contents: `export default ${JSON.stringify(text)};`, loader: 'js', watchFiles: inputs };
    });
  },
};

/** The same for Vite (Vitest). */
export const inlineBundleVitePlugin = {
  name: 'inline-bundle',
  enforce: 'pre',
  resolveId(source, importer) {
    const parts = split(source);
    if (!parts || !importer) return null;
    return `\0inline-bundle${parts.suffix}:${path.resolve(path.dirname(importer), parts.file)}`;
  },
  async load(id) {
    const match = /^\0inline-bundle(\?(?:node-)?bundle):(.*)$/s.exec(id);
    if (!match) return null;
    const { text } = await bundleScript(match[2], match[1]);
    return `export default ${JSON.stringify(text)};`;
  },
};
