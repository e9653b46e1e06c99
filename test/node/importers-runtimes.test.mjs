/**
 * The importers give the same result in Node and in the browser (issue 15): every quirk case of
 * src/importers/test-helpers/quirk-cases.ts runs on the fixture files in Node and in headless Chromium, and both
 * must equal the expected summary (rows, dates, texts, the question asked). Also checks the kit's windows-1252
 * table against Chromium's own decoder for all 256 bytes (Node's `TextDecoder('windows-1252')` decodes
 * 0x80–0x9F as ISO-8859-1 on some versions, which is why the kit has its own).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test/fixtures/amazon');
const entry = join(root, 'src/importers/test-helpers/quirk-cases.ts');

const bundle = async (format) =>
  (
    await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format,
      globalName: format === 'iife' ? 'Quirks' : undefined,
      target: 'es2022',
      platform: 'neutral',
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'silent',
    })
  ).outputFiles[0].text;

test('every quirk fixture gives the expected result in Node and in Chromium, the same in both', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'srk-importers-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'quirks.mjs');
  await writeFile(file, await bundle('esm'));
  const { QUIRK_CASES, runQuirkCases } = await import(pathToFileURL(file).href);
  assert.ok(QUIRK_CASES.length >= 9);

  const bytes = {};
  for (const c of QUIRK_CASES) bytes[c.file] = new Uint8Array(await readFile(join(fixtures, c.file)));
  const inNode = await runQuirkCases(async (name) => bytes[name]);

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  let inChromium;
  let table;
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: await bundle('iife') });
    const b64 = Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
    inChromium = await page.evaluate(async (files) => {
      const load = async (name) => Uint8Array.from(globalThis.atob(files[name]), (ch) => ch.charCodeAt(0));
      return globalThis.Quirks.runQuirkCases(load);
    }, b64);
    table = await page.evaluate(() => {
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      return new globalThis.TextDecoder('windows-1252').decode(all);
    });
  } finally {
    await browser.close();
  }

  for (const c of QUIRK_CASES) {
    assert.deepEqual(inNode[c.name], c.expected, `Node: ${c.name}`);
    assert.deepEqual(inChromium[c.name], c.expected, `Chromium: ${c.name}`);
  }
  assert.deepEqual(inNode, inChromium);

  // The kit's windows-1252 table is the browser's, byte for byte.
  const dir2 = join(dir, 'decode.mjs');
  await writeFile(
    dir2,
    (
      await build({
        entryPoints: [join(root, 'src/importers/decode.ts')],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'neutral',
        logLevel: 'silent',
      })
    ).outputFiles[0].text,
  );
  const { decodeWindows1252 } = await import(pathToFileURL(dir2).href);
  assert.equal(decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i)), table);
});
