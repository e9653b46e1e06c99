/**
 * Every locale has every string: the same keys as English, the same `{placeholders}`, the same plural shape,
 * and no empty text. A key missing from any locale fails here.
 */
import { expect } from '@open-wc/testing';
import en from './locales/en.js';
import it_ from './locales/it.js';
import de from './locales/de.js';
import fr from './locales/fr.js';
import es from './locales/es.js';
import ja from './locales/ja.js';
import { LOCALES, addEnglish, loadLocale, resolveLocale, translate, registerStrings } from './index.js';
import type { Strings } from './types.js';

const tables: Record<string, Strings> = { it: it_, de, fr, es, ja };
const placeholders = (v: unknown): string[] =>
  [...new Set([...JSON.stringify(v).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe('string tables', () => {
  it('cover six locales', () => {
    expect([...LOCALES]).to.deep.equal(['en', 'it', 'de', 'fr', 'es', 'ja']);
    expect(Object.keys(en).length).to.be.greaterThan(200);
  });

  for (const [lang, table] of Object.entries(tables)) {
    it(`${lang} has exactly the English keys`, () => {
      const missing = Object.keys(en).filter((k) => !(k in table));
      const extra = Object.keys(table).filter((k) => !(k in en));
      expect(missing, `${lang} is missing`).to.deep.equal([]);
      expect(extra, `${lang} has keys English lacks`).to.deep.equal([]);
    });

    it(`${lang} keeps every placeholder and no text is empty`, () => {
      const wrong: string[] = [];
      for (const [key, value] of Object.entries(en)) {
        const t = table[key];
        if (t === undefined) continue;
        if (JSON.stringify(t).replace(/"/g, '').trim() === '') wrong.push(`${key}: empty`);
        // A plural message may drop {count} in a form where the number is implied (one: "1 row").
        const want = placeholders(value).filter((p) => p !== 'count');
        const got = placeholders(t).filter((p) => p !== 'count');
        if (want.join() !== got.join()) wrong.push(`${key}: ${got.join(',')} ≠ ${want.join(',')}`);
        if ((typeof value === 'string') !== (typeof t === 'string')) wrong.push(`${key}: plural shape differs`);
      }
      expect(wrong).to.deep.equal([]);
    });
  }

  it('resolves BCP 47 tags to supported locales', () => {
    expect(resolveLocale('de-AT')).to.equal('de');
    expect(resolveLocale('ja_JP')).to.equal('ja');
    expect(resolveLocale('pt-BR')).to.equal('en');
    expect(resolveLocale(null)).to.equal('en');
  });

  it('loads a locale lazily, once, and chooses plural forms', async () => {
    addEnglish(en);
    await Promise.all([loadLocale('fr'), loadLocale('fr')]);
    expect(translate('fr', 'common.retry')).to.equal('Réessayer');
    expect(translate('en', 'common.stars', { count: 1 })).to.equal('1 star');
    expect(translate('en', 'common.stars', { count: 4 })).to.equal('4 stars');
    expect(translate('en', 'no.such.key')).to.equal('no.such.key');
  });

  it('writes numeric parameters the locale’s way; strings as given', async () => {
    addEnglish(en);
    await Promise.all([loadLocale('de'), loadLocale('fr')]);
    const p = { name: 'fb.txt', count: 60000 };
    expect(translate('en', 'provider.reports.loaded', p)).to.equal('Loaded fb.txt: 60,000 rows.');
    expect(translate('de', 'provider.reports.loaded', p)).to.equal('fb.txt geladen: 60.000 Zeilen.');
    expect(translate('fr', 'provider.reports.loaded', p)).to.match(/^fb\.txt chargé : 60\s000 lignes\.$/);
    expect(translate('en', 'provider.reports.loaded', { name: '1234', count: 1 })).to.equal('Loaded 1234: 1 row.');
  });

  it('falls back to English for a key a host table lacks, and lets hosts override strings', async () => {
    registerStrings('it', { 'common.retry': 'Ancora' });
    expect(translate('it', 'common.retry')).to.equal('Ancora');
    registerStrings('it', { 'common.retry': it_['common.retry'] as string });
  });
});
