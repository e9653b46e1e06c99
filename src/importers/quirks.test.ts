import { expect } from '@open-wc/testing';
import { gunzipReport } from './index.js';
import { QUIRK_CASES } from './test-helpers/quirk-cases.js';

/**
 * The test runner's dev server turns every text body into a UTF-8 string for its plugins, which mangles the
 * windows-1252 and Shift_JIS fixtures; their byte-exact `.gz` copies (test/fixtures/amazon/README.md) are read
 * here instead. Node reads the files themselves (test/node/importers-runtimes.test.mjs).
 */
const LEGACY = /\.(windows-1252|cp932|excel-[a-z]+)\.txt$/;

const load = async (file: string): Promise<Uint8Array> => {
  const res = await fetch(`/test/fixtures/amazon/${file}${LEGACY.test(file) ? '.gz' : ''}`);
  expect(res.ok, file).to.equal(true);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return LEGACY.test(file) ? gunzipReport(bytes) : bytes;
};

describe('importers — quirks of real report downloads (one fixture each)', () => {
  for (const c of QUIRK_CASES) {
    it(c.name, async () => {
      expect(await c.summarize(await load(c.file))).to.deep.equal(c.expected);
    });
  }
});
