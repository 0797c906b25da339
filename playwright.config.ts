import { defineConfig } from '@playwright/test';

// Debian's Chromium only: Playwright must never download a browser of its own here.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Another port lets two checkouts (git worktrees) run their e2e tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    // Always a fresh build: a server left on the port would test someone else's code.
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
