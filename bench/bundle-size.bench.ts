// First-load JavaScript, gzip: builds the app, then (1) sums the entry script and what
// index.html preloads, and (2) opens the app in Chromium and sums every script fetched by the
// time the scenario cards are on screen (what it fetches later when idle is listed apart). Then the same for a build whose library holds every
// built-in scenario twice, to show that the first load does not grow with the scenarios.
// Goal: 100 KB or less. Lazy chunks are listed apart.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, serveBuiltApp, withLibraryTimes } from './uiServer';

const GOAL_KB = 100;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface FirstLoad {
  gz: Map<string, number>;
  onIdle: string[];
  entry: string[];
  entryBytes: number;
  fetched: string[];
  firstBytes: number;
  cards: number;
}

async function measure(port: number, root?: string): Promise<FirstLoad> {
  const app = await serveBuiltApp(port, root);
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
    const browser = await launchChromium();
    const page = await browser.newPage();
    // The moment the first card's button is in the page, noted by the page itself (polling
    // from here would let idle-time fetches slip in before it).
    await page.addInitScript(`new MutationObserver((_, observer) => {
      if ([...document.querySelectorAll('button')].some((b) => /^Practise/.test(b.getAttribute('aria-label') || b.textContent || ''))) {
        window.__cardsAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });`);
    await page.goto(app.url);
    const practise = page.getByRole('button', { name: /^Practise/ });
    await practise.first().waitFor();
    await page.waitForLoadState('networkidle');
    const cards = await practise.count();
    // The first load: scripts requested before the cards were on screen. What the page fetches
    // later, when idle (the service worker, progress), is listed apart.
    const requests = (await page.evaluate(`(() => {
      const at = window.__cardsAt ?? Infinity;
      return performance.getEntriesByType('resource').map((e) => ({ name: e.name, before: e.startTime <= at }));
    })()`)) as { name: string; before: boolean }[];
    await browser.close();
    const file = (url: string) => /\/assets\/([^/?]+\.js)$/.exec(new URL(url).pathname)?.[1];
    const fetched = new Set<string>();
    const onIdle: string[] = [];
    for (const r of requests) {
      const f = file(r.name);
      if (f === undefined) continue;
      if (r.before) fetched.add(f);
      else if (!onIdle.includes(f)) onIdle.push(f);
    }
    const sum = (files: Iterable<string>) =>
      [...files].reduce((total, f) => total + (gz.get(f) ?? 0), 0);
    return {
      gz,
      onIdle,
      entry,
      entryBytes: sum(entry),
      fetched: [...fetched],
      firstBytes: sum(fetched),
      cards,
    };
  } finally {
    await app.close();
  }
}

const built = await measure(4191);
console.log('JavaScript, gzip level 9 (KB = 1024 bytes):');
console.log(
  `  entry + preloaded (index.html):         ${kb(built.entryBytes)}  [${built.entry.join(', ')}]`,
);
console.log(
  `  fetched until the ${built.cards} scenario cards show: ${kb(built.firstBytes)}  [${built.fetched.join(', ')}]`,
);
console.log(
  `  goal:                                   ${GOAL_KB} KB -> ${built.firstBytes <= GOAL_KB * 1024 ? 'met' : 'NOT met'}`,
);
console.log(
  `  fetched after, when idle:               ${kb(built.onIdle.reduce((n, f) => n + (built.gz.get(f) ?? 0), 0))}  [${built.onIdle.join(', ')}]`,
);
console.log('  later, on demand:');
for (const [f, bytes] of [...built.gz].sort((a, b) => b[1] - a[1])) {
  if (!built.fetched.includes(f) && !built.onIdle.includes(f))
    console.log(`    ${f.padEnd(40)} ${kb(bytes)}`);
}

const root = withLibraryTimes(2);
try {
  const doubled = await measure(4192, root);
  const grew = doubled.firstBytes - built.firstBytes;
  console.log(
    `  the library doubled (${doubled.cards} cards): first load ${kb(doubled.firstBytes)}, ` +
      `${grew >= 0 ? '+' : ''}${kb(grew)} (${(grew / Math.max(doubled.cards - built.cards, 1)).toFixed(0)} bytes per scenario added)`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
