import { expect } from '@open-wc/testing';
import de from '../i18n/de/importers.js';
import en from '../i18n/en/importers.js';
import es from '../i18n/es/importers.js';
import fr from '../i18n/fr/importers.js';
import it_ from '../i18n/it/importers.js';
import ja from '../i18n/ja/importers.js';

const placeholders = (v: unknown): string[] => [...JSON.stringify(v).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('importers string tables', () => {
  const tables = { it: it_, de, fr, es, ja };

  it('have the same keys and placeholders in every locale', () => {
    const keys = Object.keys(en).sort();
    for (const [lang, table] of Object.entries(tables)) {
      expect(Object.keys(table).sort(), lang).to.deep.equal(keys);
      for (const key of keys) {
        const want = [...new Set(placeholders((en as Record<string, unknown>)[key]))];
        const got = [...new Set(placeholders((table as Record<string, unknown>)[key]))];
        expect(got, `${lang} ${key}`).to.deep.equal(want);
      }
    }
  });

  it('cover every problem and error code the importers use', () => {
    for (const code of [
      'wrong-file',
      'wrong-file.feedback',
      'wrong-file.performance',
      'empty',
      'too-large',
      'truncated',
      'invalid-json',
      'decode',
      'unknown-marketplace',
      'column-count',
      'bad-date',
      'bad-rating',
      'missing-order-id',
    ]) {
      expect(en, code).to.have.property(`importers.${code}`);
    }
  });
});
