/** `.reg` files imported by the bundlers as text (esbuild loader, Vite/Vitest plugin). */
declare module '*.reg' {
  const text: string;
  export default text;
}
