// First-load JavaScript, gzip: builds the app, then (1) sums the entry script and what
// index.html preloads, and (2) opens the app in Chromium and sums every script fetched until
// the scenario cards are on screen. Goal: 120 KB or less. Lazy chunks are listed apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, serveBuiltApp } from './uiServer';

const GOAL_KB = 120;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const app = await serveBuiltApp(4191);
try {
  const assets = join(app.outDir, 'assets');
  const gz = new Map<string, number>();
  for (const f of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    gz.set(f, gzipSync(readFileSync(join(assets, f)), { level: 9 }).length);
  }
  const html = readFileSync(join(app.outDir, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  const entryBytes = entry.reduce((sum, f) => sum + (gz.get(f) ?? 0), 0);

  const browser = await launchChromium();
  const page = await browser.newPage();
  const fetched = new Set<string>();
  page.on('response', (r) => {
    const m = /\/assets\/([^/?]+\.js)$/.exec(new URL(r.url()).pathname);
    if (m?.[1]) fetched.add(m[1]);
  });
  await page.goto(app.url);
  await page
    .getByRole('button', { name: /^Practise/ })
    .first()
    .waitFor();
  await page.waitForLoadState('networkidle');
  await browser.close();
  const firstLoad = [...fetched];
  const firstBytes = firstLoad.reduce((sum, f) => sum + (gz.get(f) ?? 0), 0);

  console.log('JavaScript, gzip level 9 (KB = 1024 bytes):');
  console.log(`  entry + preloaded (index.html):         ${kb(entryBytes)}  [${entry.join(', ')}]`);
  console.log(
    `  fetched until the scenario cards show:  ${kb(firstBytes)}  [${firstLoad.join(', ')}]`,
  );
  console.log(
    `  goal:                                   ${GOAL_KB} KB -> ${firstBytes <= GOAL_KB * 1024 ? 'met' : 'NOT met'}`,
  );
  console.log('  later, on demand:');
  for (const [f, bytes] of [...gz].sort((a, b) => b[1] - a[1])) {
    if (!fetched.has(f)) console.log(`    ${f.padEnd(40)} ${kb(bytes)}`);
  }
} finally {
  await app.close();
}
