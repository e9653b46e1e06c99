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
import nl from './locales/nl.js';
import sv from './locales/sv.js';
import pl from './locales/pl.js';
import tr from './locales/tr.js';
import ptBR from './locales/pt-BR.js';
import ar from './locales/ar.js';
import {
  LOCALES,
  addEnglish,
  formatTag,
  loadLocale,
  localeDirection,
  resolveLocale,
  translate,
  registerStrings,
} from './index.js';
import type { Strings } from './types.js';

const tables: Record<string, Strings> = { it: it_, de, fr, es, ja, nl, sv, pl, tr, 'pt-BR': ptBR, ar };
const placeholders = (v: unknown): string[] =>
  [...new Set([...JSON.stringify(v).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe('string tables', () => {
  it('cover twelve locales', () => {
    expect([...LOCALES]).to.deep.equal(['en', 'it', 'de', 'fr', 'es', 'ja', 'nl', 'sv', 'pl', 'tr', 'pt-BR', 'ar']);
    expect(Object.keys(tables).sort()).to.deep.equal(LOCALES.filter((l) => l !== 'en').sort());
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

    // Every form Intl.PluralRules picks for a whole count (0–1000) must be written: Polish one/few/many, Arabic all
    // six (zero, one, two, few, many, other); `other` is always required. A missing form would fall back to `other`,
    // which is wrong Polish for "5 kont" or Arabic for "نجمتان".
    it(`${lang} writes every plural form its language uses`, () => {
      const rules = new Intl.PluralRules(lang);
      const needed = new Set<string>(['other']);
      for (let n = 0; n <= 1000; n++) needed.add(rules.select(n));
      const wrong: string[] = [];
      for (const [key, value] of Object.entries(table)) {
        if (typeof value === 'string') continue;
        const missing = [...needed].filter((f) => !(f in value));
        if (missing.length) wrong.push(`${key}: ${missing.join(',')}`);
      }
      expect(wrong).to.deep.equal([]);
    });
  }

  it('Polish and Arabic choose the right plural form', async () => {
    addEnglish(en);
    await Promise.all([loadLocale('pl'), loadLocale('ar')]);
    const stars = (l: 'pl' | 'ar', count: number) => translate(l, 'common.stars', { count });
    expect([1, 2, 5, 22, 25].map((n) => stars('pl', n))).to.deep.equal([
      '1 gwiazdka',
      '2 gwiazdki',
      '5 gwiazdek',
      '22 gwiazdki',
      '25 gwiazdek',
    ]);
    expect(stars('ar', 0)).to.equal('لا نجوم');
    expect(stars('ar', 1)).to.equal('نجمة واحدة');
    expect(stars('ar', 2)).to.equal('نجمتان');
    expect(stars('ar', 3)).to.contain('نجوم');
    expect(stars('ar', 11)).to.contain('نجمة');
  });

  it('Arabic is right to left, isolates its parameters and writes Western digits', async () => {
    addEnglish(en);
    await loadLocale('ar');
    expect(localeDirection('ar')).to.equal('rtl');
    expect(LOCALES.filter((l) => localeDirection(l) === 'rtl')).to.deep.equal(['ar']);
    // A parameter (an order id, an ASIN, a name in Latin script, a number) is wrapped in FSI…PDI so it keeps its
    // own direction inside the Arabic sentence.
    const text = translate('ar', 'review-list.asin', { asin: 'B0C1234567' });
    expect(text).to.equal('ASIN \u2068B0C1234567\u2069');
    expect(translate('ar', 'common.rating-of-5', { rating: 4 })).to.equal('\u20684\u2069 من 5 نجوم');
    expect(translate('de', 'review-list.asin', { asin: 'B0C1234567' })).to.equal('ASIN B0C1234567');
    expect(formatTag('ar', 'ar')).to.equal('ar-u-nu-latn');
    expect(formatTag('ar-EG', 'ar')).to.equal('ar-EG-u-nu-latn');
    expect(formatTag('ar-SA-u-nu-arab', 'ar')).to.equal('ar-SA-u-nu-arab');
    expect(formatTag('de-AT', 'de')).to.equal('de-AT');
    expect(new Intl.NumberFormat(formatTag('ar-SA', 'ar')).format(1234)).to.match(/^1.?234$/);
  });

  it('resolves BCP 47 tags to supported locales', () => {
    expect(resolveLocale('de-AT')).to.equal('de');
    expect(resolveLocale('ja_JP')).to.equal('ja');
    expect(resolveLocale('pt-BR')).to.equal('pt-BR');
    expect(resolveLocale('pt')).to.equal('pt-BR');
    expect(resolveLocale('ar-EG')).to.equal('ar');
    expect(resolveLocale('nl-BE')).to.equal('nl');
    expect(resolveLocale('zh-CN')).to.equal('en');
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

  it("keeps a host's English wording over a kit table that loads later (a view, a composer)", () => {
    const key = 'review-list.keyboard-hint';
    registerStrings('en', { [key]: 'Host wording' });
    addEnglish({ [key]: 'Kit wording' }); // a new table object, as a lazily loaded chunk adds
    expect(translate('en', key)).to.equal('Host wording');
    registerStrings('en', { [key]: en[key] as string });
    expect(translate('en', key)).to.equal(en[key]);
  });
});
