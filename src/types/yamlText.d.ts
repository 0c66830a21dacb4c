/** esbuild's text loader: `import text from './file.yaml'` yields the file's contents. */
declare module '*.yaml' {
  const text: string;
  export default text;
}
