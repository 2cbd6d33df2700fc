import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a browser download (STACK.md).
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  workers: 1,
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
