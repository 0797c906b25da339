// A stand-in LMS for the SCORM e2e test: serves an unzipped package under /package/ and a
// player page (/lms.html) that offers scorm-again's SCORM 1.2 runtime as `window.API` and
// opens the package's launch file in a frame, as an LMS does. What the SCO commits is kept in
// the page's localStorage and loaded back on the next visit, as an LMS keeps it between launches.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { CONTENT_TYPES } from './staticSite';

const ROOT = join(import.meta.dirname, '..', '..', '..');

const TYPES = CONTENT_TYPES;

/** Keys of the player page's localStorage. */
export const STORED_CMI = 'test-lms/cmi';
export const FINISHES = 'test-lms/finishes';

function playerPage(launch: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Test LMS</title>
    <link rel="icon" href="data:," />
    <style>html, body { margin: 0; height: 100%; } iframe { border: 0; width: 100%; height: 100%; }</style>
    <script src="/scorm-again/scorm12.js"></script>
    <script>
      // What was committed at the last launch comes back, and the learner resumes.
      const api = new Scorm12API({ logLevel: 5 });
      const stored = localStorage.getItem(${JSON.stringify(STORED_CMI)});
      if (stored) {
        api.loadFromJSON(JSON.parse(stored));
        api.cmi.core.entry = 'resume';
      }
      const keep = () => localStorage.setItem(${JSON.stringify(STORED_CMI)}, JSON.stringify(api.cmi));
      api.on('LMSCommit', keep);
      api.on('LMSFinish', () => {
        keep();
        const n = Number(localStorage.getItem(${JSON.stringify(FINISHES)}) ?? 0);
        localStorage.setItem(${JSON.stringify(FINISHES)}, String(n + 1));
      });
      window.API = api;
    </script>
  </head>
  <body>
    <iframe id="sco" title="Course content" src="/package/${launch}"></iframe>
  </body>
</html>
`;
}

export interface LmsHost {
  url: string;
  close: () => Promise<void>;
}

/** Serves the package's files (path → bytes) and the player page on a free local port. */
export async function startLmsHost(
  files: Readonly<Record<string, Uint8Array>>,
  launch: string,
): Promise<LmsHost> {
  const runtime = readFileSync(join(ROOT, 'node_modules/scorm-again/dist/scorm12.min.js'));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const send = (status: number, type: string, body: Uint8Array | string) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (path === '/lms.html') return send(200, TYPES['.html'] as string, playerPage(launch));
    if (path === '/scorm-again/scorm12.js') return send(200, TYPES['.js'] as string, runtime);
    const file = path.startsWith('/package/') ? files[path.slice('/package/'.length)] : undefined;
    if (!file) return send(404, 'text/plain', 'not found');
    return send(200, TYPES[extname(path)] ?? 'application/octet-stream', file);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/lms.html`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
