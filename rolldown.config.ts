import { defineConfig } from 'rolldown';

/**
 * The desktop shell (electron/ -> dist/electron): main as an ES module, the preload as one
 * CommonJS file (a sandboxed preload cannot import ES modules, nor anything but electron), and
 * the `npm start` launcher. src/bridge is bundled into each; electron and Node's modules are not.
 */
export default defineConfig([
  { input: 'electron/main.ts', platform: 'node', external: ['electron'], output: { file: 'dist/electron/main.js', format: 'esm', sourcemap: true } },
  { input: 'electron/preload.ts', platform: 'browser', external: ['electron'], output: { file: 'dist/electron/preload.cjs', format: 'cjs', sourcemap: true } },
  { input: 'electron/start.ts', platform: 'node', output: { file: 'dist/electron/start.js', format: 'esm' } },
]);
