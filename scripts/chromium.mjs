// Where Debian's Chromium lives and the flags that keep it quiet on a machine with no network beyond
// localhost (TOOLCHAIN.md). Shared by the e2e tests, the demo and the benchmarks.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
