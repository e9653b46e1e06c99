/**
 * Shared by test/l10n/*.test.ts — every element in every UI locale, with demo data (issue 20):
 * - no English left: no text node and no accessible-name attribute is an English message (of the English tables)
 *   where the locale has a translation. Words a locale legitimately shares with English (the same text in its own
 *   table, e.g. "Status", or a brand name) pass: an English message equal to any message of the locale's table is
 *   not looked for, and `ALLOWED` lists the few remaining exceptions per locale, each with its reason;
 * - Arabic: lays out right to left with no `dir` attribute anywhere, passes axe and does not overflow 360 px.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { SellerKitAdapter } from '../../src/data/models.js';
import { LOCALES, type Locale, type PluralMessage, type Strings } from '../../src/i18n/index.js';
import en from '../../src/i18n/locales/en.js';
import { sampleAccounts } from '../../src/components/account-portfolio/sample-accounts.js';
import { review as contactReview } from '../../src/components/contact-customer-dialog/test-helpers/fixtures.js';
import { deepElements, deepTexts } from '../support/index.js';

export const NOW = new Date('2026-11-20T12:00:00.000Z');

export const TABLES: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Strings }>> = {
  it: () => import('../../src/i18n/locales/it.js'),
  de: () => import('../../src/i18n/locales/de.js'),
  fr: () => import('../../src/i18n/locales/fr.js'),
  es: () => import('../../src/i18n/locales/es.js'),
  ja: () => import('../../src/i18n/locales/ja.js'),
  nl: () => import('../../src/i18n/locales/nl.js'),
  sv: () => import('../../src/i18n/locales/sv.js'),
  pl: () => import('../../src/i18n/locales/pl.js'),
  tr: () => import('../../src/i18n/locales/tr.js'),
  'pt-BR': () => import('../../src/i18n/locales/pt-BR.js'),
  ar: () => import('../../src/i18n/locales/ar.js'),
};

/**
 * The English messages a locale writes the same way (same key, same text): words the languages share, brand names
 * and codes. Anything else equal to English is an untranslated string (allowlist.test.ts keeps this list exact).
 */
export const ALLOWED: Record<Exclude<Locale, 'en'>, readonly string[]> = {
  it: ['ASIN {asin}', 'Brand', 'Brand: {brand}', 'Account', '{n} account', 'Marketplace'], // loanwords in Italian e-commerce
  de: ['ASIN {asin}', 'Neutral', 'Status', 'Normal', 'Marketplace'], // the same German words
  fr: ['ASIN {asin}', 'Pages', 'Date', 'Actions', 'Action', 'Type', 'Normal', 'Notifications', 'Marketplace', 'Total'],
  es: ['ASIN {asin}', 'Normal', 'Marketplace', 'Total', 'Error'],
  ja: ['ASIN {asin}'], // Amazon's product code
  nl: ['ASIN {asin}', 'Product', 'Status', 'Account', '{n} account', '{n} accounts', 'Info'], // Dutch uses these words
  sv: ['ASIN {asin}', 'Neutral', 'Status', 'Normal', 'Period', 'Info'], // the same Swedish words
  pl: ['ASIN {asin}', 'Status'],
  tr: ['ASIN {asin}', 'Normal'],
  'pt-BR': ['ASIN {asin}', 'Status', 'Normal', 'Total', 'Item'], // "item" is Portuguese too
  ar: ['ASIN {asin}'],
};

/** The accessible-name and hint attributes whose values are UI text. */
const TEXT_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext'];

export const memory = (): SellerKitAdapter =>
  createMemoryAdapter({
    seed: 5,
    now: NOW,
    session: { permissions: { reviews: 'edit', feedback: 'edit', accountHealth: 'edit' } },
  });

/** The elements, each as a page would place it, with demo data. */
export const ELEMENTS: Record<string, (locale: string) => TemplateResult> = {
  'review-list': (locale) =>
    html`<review-kit-provider .adapter=${memory()} .now=${NOW} locale=${locale}
      ><review-list></review-list
    ></review-kit-provider>`,
  'feedback-table': (locale) =>
    html`<review-kit-provider .adapter=${memory()} .now=${NOW} locale=${locale}
      ><feedback-table></feedback-table
    ></review-kit-provider>`,
  'account-health-tiles': (locale) =>
    html`<review-kit-provider .adapter=${memory()} .now=${NOW} locale=${locale}
      ><account-health-tiles></account-health-tiles
    ></review-kit-provider>`,
  'contact-customer-dialog': (locale) =>
    html`<review-kit-provider .adapter=${memory()} .now=${NOW} locale=${locale}
      ><contact-customer-dialog .review=${contactReview()} open></contact-customer-dialog
    ></review-kit-provider>`,
  'account-portfolio': (locale) =>
    html`<review-kit-provider
      .adapter=${{ ...memory(), listAccounts: () => Promise.resolve(sampleAccounts(6)) }}
      .now=${NOW}
      locale=${locale}
      ><account-portfolio></account-portfolio
    ></review-kit-provider>`,
  'report-file-drop': (locale) =>
    html`<review-kit-provider reports .now=${NOW} locale=${locale}></review-kit-provider>`,
};

/** The element under test inside a fixture (the drop zone lives in the provider's shadow root). */
function elementIn(wrapper: Element, name: string): HTMLElement {
  if (name === 'report-file-drop') return wrapper.shadowRoot!.querySelector<HTMLElement>('report-file-drop')!;
  return wrapper.querySelector<HTMLElement>(name)!;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The English messages the locale translates differently, as anchored patterns (`{param}` matches any text). */
export function englishPatterns(table: Strings, locale: Locale): { text: string; re: RegExp }[] {
  const forms = (v: string | PluralMessage) => (typeof v === 'string' ? [v] : Object.values(v));
  const own = new Set(Object.values(table).flatMap((v) => forms(v).map((f) => f.trim())));
  const allowed = new Set(locale === 'en' ? [] : ALLOWED[locale]);
  const out: { text: string; re: RegExp }[] = [];
  for (const value of Object.values(en)) {
    for (const text of forms(value)) {
      const t = text.trim();
      if (own.has(t) || allowed.has(t)) continue;
      // Only messages with words of their own: "{percent} ({count})" or "—" say nothing about a language.
      if (t.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '').length < 3) continue;
      const body = t
        .split(/\{\w+\}/)
        .map(escape)
        .join('[\\s\\S]+?');
      out.push({ text: t, re: new RegExp(`^${body}$`) });
    }
  }
  return out;
}

/** Every visible string and text attribute under `root`, through shadow roots. */
function uiStrings(root: Element): string[] {
  const texts = deepTexts(root)
    .map((t) => t.trim())
    .filter(Boolean);
  const attrs = deepElements(root).flatMap((e) =>
    TEXT_ATTRIBUTES.map((a) => e.getAttribute(a)?.trim() ?? '').filter(Boolean),
  );
  return [...texts, ...attrs];
}

export async function rendered(name: string, locale: string, wrap?: (t: TemplateResult) => TemplateResult) {
  const tpl = ELEMENTS[name]!(locale);
  const wrapper = await fixture<HTMLElement>(wrap ? wrap(tpl) : tpl);
  const provider =
    wrapper.localName === 'review-kit-provider' ? wrapper : wrapper.querySelector('review-kit-provider')!;
  const el = elementIn(provider, name);
  await waitUntil(() => el?.shadowRoot?.querySelector('.kit-dir')?.childElementCount, `${name} rendered`, {
    timeout: 5000,
  });
  return { wrapper, el };
}

/** Waits until the element shows no loading text (data and the lazily loaded locale have arrived). */
export async function settled(el: HTMLElement): Promise<void> {
  await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy="true"], .loading'), 'loaded', {
    timeout: 5000,
  }).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 150));
}

/** One element in every locale: no English left. */
export function describeLocales(name: string): void {
  describe(`<${name}> in every locale`, () => {
    for (const locale of LOCALES) {
      it(`${locale}: no English left`, async () => {
        const { el } = await rendered(name, locale);
        await settled(el);
        let shown = uiStrings(el);
        expect(shown.length, 'renders text').to.be.greaterThan(0);
        if (locale === 'en') return;
        const patterns = englishPatterns((await TABLES[locale]()).default, locale);
        const english = () => shown.filter((s) => patterns.some((p) => p.re.test(s)));
        // The locale's table loads lazily: give it time before judging.
        await waitUntil(
          () => {
            shown = uiStrings(el);
            return !english().length;
          },
          '',
          { timeout: 3000 },
        ).catch(() => undefined);
        expect(english(), `English in <${name}> (${locale})`).to.deep.equal([]);
      });
    }
  });
}

/** Elements (outside a deliberate scroller) that stick out of `box`, by more than a pixel. */
export function overflowing(root: Element, box: DOMRect): string[] {
  const scrolls = (e: Element) => /auto|scroll|hidden|clip/.test(getComputedStyle(e).overflowX);
  const inScroller = (e: Element): boolean => {
    let n: Element | null = e;
    while (n) {
      const p: Element | null = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null);
      if (p && p !== n && scrolls(p)) return true;
      n = p;
    }
    return false;
  };
  return deepElements(root)
    .filter((e) => {
      const r = e.getBoundingClientRect();
      if (!r.width || !r.height) return false;
      return (r.left < box.left - 1 || r.right > box.right + 1) && !inScroller(e);
    })
    .map((e) => `${e.localName}.${e.className || ''}`);
}

/** The plural forms or the text of a message. */
export const forms = (v: string | PluralMessage): string[] => (typeof v === 'string' ? [v] : Object.values(v));

/** The forms of `table` written exactly as English writes the same key (with at least three letters of text). */
export function sameAsEnglish(table: Strings): string[] {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(en)) {
    const t = table[key];
    if (t === undefined) continue;
    const theirs = new Set(forms(t));
    for (const f of forms(value)) {
      if (theirs.has(f) && f.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '').length >= 3) out.add(f);
    }
  }
  return [...out].sort();
}
