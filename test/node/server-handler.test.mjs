/**
 * `seller-review-kit/server.js` runs in Node (SPEC §9): `createRequestHandler` over the memory adapter, behind a
 * plain `node:http` server (a ten-line Request/Response bridge), answers the kit's own HTTP adapter end to end —
 * reads, mutations, Ask buyer to remove, idempotency replay — and answers malformed or unknown requests with the
 * contract's error body, never a stack. The sources are bundled with esbuild (platform neutral: no DOM, no Node
 * built-ins in the kit's code).
 */
/* global fetch, Request */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function load() {
  const out = await build({
    stdin: {
      contents: [
        "export { createRequestHandler, ALL_ROUTES } from './src/server.ts';",
        "export { createMemoryAdapter } from './src/data/memory-adapter.ts';",
        "export { createHttpAdapter } from './src/data/http-adapter.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    platform: 'neutral',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  const dir = await mkdtemp(join(tmpdir(), 'srk-server-'));
  const file = join(dir, 'server.mjs');
  await writeFile(file, out.outputFiles[0].text);
  return { mod: await import(pathToFileURL(file).href), dir };
}

/** node:http → Request → handler → Response → node:http. */
function serve(handle) {
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers: Object.entries(req.headers).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])),
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    });
    const response = await handle(request);
    if (response.type === 'error') return res.destroy();
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('createRequestHandler serves the kit’s HTTP adapter from a Node server over the memory adapter', async (t) => {
  const { mod, dir } = await load();
  t.after(() => rm(dir, { recursive: true, force: true }));
  const now = new Date('2026-11-20T12:00:00.000Z');
  const memory = mod.createMemoryAdapter({ seed: 7, now });
  const server = await serve(mod.createRequestHandler(memory, { basePath: '/api' }));
  t.after(() => server.close());
  const base = `http://127.0.0.1:${server.address().port}/api`;
  const api = mod.createHttpAdapter({ baseUrl: base, retries: 0 });

  assert.equal((await api.getSession()).sellerName, (await memory.getSession()).sellerName);
  const reviews = await api.listReviews({ ratings: [1, 2], limit: 5 });
  assert.deepEqual(reviews, await memory.listReviews({ ratings: [1, 2], limit: 5 }));
  assert.ok(reviews.items.every((r) => r.rating <= 2));

  // Ask buyer to remove: the first 1–2★ feedback the policy allows, then a second ask is a conflict.
  const negative = (await api.listFeedback({ category: 'negative', limit: 50 })).items;
  const target = negative.find((f) => !f.buyerRemovalRequestedAt && !f.removal);
  assert.ok(target, 'a negative feedback to ask about');
  const asked = await api.askBuyerToRemoveFeedback(target.id);
  assert.equal(asked.buyerRemovalRequestedAt, now.toISOString());
  await assert.rejects(api.askBuyerToRemoveFeedback(target.id), (e) => e.code === 'conflict');

  // Idempotency over the wire: the same key gives the first answer, marked as replayed.
  const send = (path, init = {}) => fetch(base + path, init);
  const mutation = {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'node-1' },
    body: JSON.stringify({ done: true }),
  };
  const id = reviews.items[0].id;
  const first = await send(`/reviews/${encodeURIComponent(id)}/done`, mutation);
  const second = await send(`/reviews/${encodeURIComponent(id)}/done`, mutation);
  assert.equal(first.status, 200);
  assert.equal(second.headers.get('idempotent-replayed'), 'true');
  assert.equal(await second.text(), await first.text());

  // Malformed and unknown: the contract's error body, no stack.
  const badJson = await send('/feedback/x/reply', {
    method: 'PUT',
    body: '{"text":',
    headers: { 'Content-Type': 'application/json' },
  });
  assert.equal(badJson.status, 400);
  assert.deepEqual(await badJson.json(), {
    error: { code: 'bad-request', message: 'The request body is not valid JSON' },
  });
  const badQuery = await send('/activity?type=nope');
  assert.equal(badQuery.status, 400);
  const unknown = await send('/nope');
  assert.equal(unknown.status, 404);
  assert.equal((await unknown.json()).error.code, 'not-found');
  const wrong = await send('/session', { method: 'DELETE' });
  assert.equal(wrong.status, 405);
  assert.equal(wrong.headers.get('allow'), 'GET');
  assert.ok(mod.ALL_ROUTES.length > 20);
});
