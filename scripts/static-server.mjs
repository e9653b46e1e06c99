/** A tiny static file server on 127.0.0.1 for the story and page checks (no extra dependency). */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.map': 'application/json',
};

const PROBE_PATH = '/__srk-probe.js';
const PROBE_TAG = `<script src="${PROBE_PATH}"></script>`;
const probeSource = readFileSync(new URL('./probe.js', import.meta.url));

/**
 * Serves `dir`; `headers` are added to every response (a CSP, say). With `{ probe: true }` every HTML page gets
 * scripts/probe.js as its first script (the page checks' shared helpers, in every engine). Resolves to
 * { url, close, missing }: `missing` lists the paths answered with 404 (a broken build, in any engine).
 */
export async function serve(dir, headers = {}, { probe = false } = {}) {
  const rootDir = resolve(dir);
  const missing = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    try {
      if (path === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (probe && path === PROBE_PATH) {
        res.writeHead(200, { 'content-type': TYPES['.js'], ...headers });
        res.end(probeSource);
        return;
      }
      let file = normalize(join(rootDir, path));
      if (!file.startsWith(rootDir)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (probe && extname(file) === '.html') {
        const html = body.toString('utf8');
        const at = html.search(/<head[^>]*>/i);
        const end = at < 0 ? 0 : at + html.slice(at).indexOf('>') + 1;
        body = html.slice(0, end) + PROBE_TAG + html.slice(end);
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      missing.push(path);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, missing, close: () => new Promise((r) => server.close(r)) };
}
