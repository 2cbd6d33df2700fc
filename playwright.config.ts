import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a browser download (STACK.md).
export default defineConfig({
  testDir: 'test/e2e',
  // Bundles the host once (build/host/main.mjs) for every test's host to start from.
  globalSetup: './test/e2e/globalSetup.ts',
  timeout: 60_000,
  // Each test starts its own host on its own data file and port: two run side by side on the
  // two cores CI has (the suite is ~90 tests; one at a time it would not fit CI's 20 minutes).
  workers: 2,
  // A screen under a second test's load may take longer than the default 5 s to settle.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run',
      ],
    },
    viewport: { width: 1280, height: 800 },
    trace: 'off',
  },
});
