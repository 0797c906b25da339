// Shared by the UI benchmarks: a production build served by `vite preview`, and Chromium.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build, preview } from 'vite';

export interface BuiltApp {
  url: string;
  outDir: string;
  close: () => Promise<void>;
}

/** Builds the app into a temporary folder (the repo's dist/ is left alone) and serves it. */
export async function serveBuiltApp(port = 4190): Promise<BuiltApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'fuct-bench-'));
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    outDir,
    close: () => new Promise((done) => server.httpServer.close(() => done())),
  };
}

/** Debian's Chromium, headless, as the e2e tests use it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
}
