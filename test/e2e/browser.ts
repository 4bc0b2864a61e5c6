import { chromiumMissing as chromiumMissingHere } from '../../src/cli/bench/browserHarness.js';

/** Debian's Chromium, as .ci/run installs it; end-to-end tests skip with this reason when it is absent. */
export { chromiumPath, launchChromium } from '../../src/cli/bench/browserHarness.js';
export const chromiumMissing = chromiumMissingHere();
