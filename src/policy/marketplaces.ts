/**
 * The marketplace table (POLICY.md "Report formats": country, locale, report date format, marketplace ids), with
 * everything of marketplace-sites.ts. The table is its own module so that a bundle which needs only domains and
 * retention (an element's first load) leaves it to the lazy chunks of its users (importers, demo data).
 */
import { marketplaceDomain, marketplaceRetentionDays } from './marketplace-sites.js';

export * from './marketplace-sites.js';

export interface Marketplace {
  id: string;
  country: string;
  /** 'amazon.com', 'amazon.co.uk', … */
  domain: string;
  /** BCP 47 locale, e.g. 'en-US', 'de-DE'. */
  locale: string;
  /** Date format of the Seller Feedback report (POLICY.md "Report formats"). */
  reportDateFormat: 'M/D/YY' | 'D/M/YY' | 'D.M.YY' | 'YY/M/D' | 'YYYY-MM-DD';
  /** Days a review stays on Brand Dashboard › Customer Reviews (30 default, CA 90). */
  retentionDays: number;
}

/** id → [country, locale, report date format]; the same ids as marketplace-sites.ts's domains. */
const DETAILS: Readonly<Record<string, [string, string, Marketplace['reportDateFormat']]>> = {
  ATVPDKIKX0DER: ['US', 'en-US', 'M/D/YY'],
  A2EUQ1WTGCTBG2: ['CA', 'en-CA', 'D/M/YY'],
  A1AM78C64UM0Y8: ['MX', 'es-MX', 'D/M/YY'],
  A2Q3Y263D00KWC: ['BR', 'pt-BR', 'D/M/YY'],
  A1F83G8C2ARO7P: ['UK', 'en-GB', 'D/M/YY'],
  A1PA6795UKMFR9: ['DE', 'de-DE', 'D.M.YY'],
  A13V1IB3VIYZZH: ['FR', 'fr-FR', 'D/M/YY'],
  APJ6JRA9NG5V4: ['IT', 'it-IT', 'D/M/YY'],
  A1RKKUPIHCS9HS: ['ES', 'es-ES', 'D/M/YY'],
  A1805IZSGTT6HS: ['NL', 'nl-NL', 'D/M/YY'],
  A2NODRKZP88ZB9: ['SE', 'sv-SE', 'YYYY-MM-DD'],
  A1C3SOZRARQ6R3: ['PL', 'pl-PL', 'D/M/YY'],
  A1VC38T7YXB528: ['JP', 'ja-JP', 'YY/M/D'],
  A39IBJ37TRP1C6: ['AU', 'en-AU', 'D/M/YY'],
  A21TJRUUN4KGV: ['IN', 'en-IN', 'D/M/YY'],
  A33AVAJ2PDY3EV: ['TR', 'tr-TR', 'D/M/YY'],
  AMEN7PMS3EDWL: ['BE', 'fr-BE', 'D/M/YY'],
  A28R8C7NBKEWEA: ['IE', 'en-IE', 'D/M/YY'],
  A2VIGQ35RCS4UG: ['AE', 'en-AE', 'D/M/YY'],
  A17E79C6D8DWNP: ['SA', 'ar-SA', 'D/M/YY'],
  ARBP9OOSHTCHU: ['EG', 'ar-EG', 'D/M/YY'],
  A19VAU5U5O7RUS: ['SG', 'en-SG', 'D/M/YY'],
};

function table(): readonly Marketplace[] {
  return Object.freeze(
    Object.entries(DETAILS).map(([id, [country, locale, reportDateFormat]]) =>
      Object.freeze({
        id,
        country,
        domain: marketplaceDomain(id)!,
        locale,
        reportDateFormat,
        retentionDays: marketplaceRetentionDays(id),
      }),
    ),
  );
}

// Pure: a bundle that only needs daysBetween, reviewRetention or reportAbuseUrl drops the details.
export const MARKETPLACES: readonly Marketplace[] = /* @__PURE__ */ table();

let byId: Map<string, Marketplace> | undefined;

export function marketplaceById(id: string): Marketplace | undefined {
  return (byId ??= new Map(MARKETPLACES.map((m) => [m.id, m]))).get(id);
}
