/** `import source from './worker.ts?node-bundle'`: the module bundled for Node into one CommonJS script, as text (scripts/inline-bundle.mjs). */
declare module '*?node-bundle' {
  const source: string;
  export default source;
}
