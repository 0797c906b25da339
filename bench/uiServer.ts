// Shared by the UI benchmarks: a production build served by `vite preview`, and Chromium.

import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build, preview } from 'vite';

const REPO = join(import.meta.dirname, '..');

/**
 * A project folder like the repo's whose scenarios/ holds every built-in scenario `times` times
 * (copies get new ids), the rest linked to the repo: to see how the first load grows with the
 * library.
 */
export function withLibraryTimes(times: number): string {
  const root = mkdtempSync(join(tmpdir(), 'fuct-library-'));
  for (const name of ['src', 'public', 'node_modules', 'package.json', 'tsconfig.json']) {
    symlinkSync(join(REPO, name), join(root, name));
  }
  // A copy: Vite names the page after its real path.
  copyFileSync(join(REPO, 'index.html'), join(root, 'index.html'));
  mkdirSync(join(root, 'scenarios'));
  for (const file of readdirSync(join(REPO, 'scenarios'))) {
    if (!file.endsWith('.yaml') || file.endsWith('.walkthrough.yaml')) continue;
    const text = readFileSync(join(REPO, 'scenarios', file), 'utf8');
    for (let copy = 0; copy < times; copy++) {
      const name = copy === 0 ? file : file.replace(/\.yaml$/, `-copy${copy}.yaml`);
      const body = copy === 0 ? text : text.replace(/^id:\s*(\S+)/m, `id: $1-copy${copy}`);
      writeFileSync(join(root, 'scenarios', name), body);
    }
  }
  return root;
}

/**
 * A project folder holding the repo as it was at git revision `rev` (its own vite.config.ts
 * and sources), with the repo's node_modules linked: to build an earlier version and compare.
 */
export function atRevision(rev: string): string {
  const root = mkdtempSync(join(tmpdir(), 'fuct-rev-'));
  const archive = execFileSync('git', ['archive', '--format=tar', rev], {
    cwd: REPO,
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', root], { input: archive });
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  return root;
}

export interface BuiltApp {
  url: string;
  outDir: string;
  close: () => Promise<void>;
}

/**
 * Builds the app into a temporary folder (the repo's dist/ is left alone) and serves it.
 * `root` builds another project folder with the repo's config (see `withLibraryTimes`), or
 * with its own when `ownConfig` (see `atRevision`).
 */
export async function serveBuiltApp(
  port = 4190,
  root?: string,
  ownConfig = false,
): Promise<BuiltApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'fuct-bench-'));
  await build({
    logLevel: 'error',
    ...(root ? { root, configFile: join(ownConfig ? root : REPO, 'vite.config.ts') } : {}),
    build: { outDir, emptyOutDir: true },
  });
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
