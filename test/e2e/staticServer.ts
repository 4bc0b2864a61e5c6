/** Serves the built renderer (dist/web) on a free loopback port (shared with `npm run bench`). */
export { serveStatic } from '../../src/cli/bench/browserHarness.js';
