/** `import text from './page.ts?bundle'`: the module bundled into one script, as text (scripts/inline-bundle.mjs). */
declare module '*?bundle' {
  const script: string;
  export default script;
}
