import { existsSync } from 'node:fs';

/** Debian's Chromium: Playwright cannot download its own browser here. Undefined where it is not installed. */
export const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** No sandbox (tests run as root), no GPU, and none of Chromium's own calls out to the network, refused here. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
