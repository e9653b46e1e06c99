/**
 * Made-up client accounts for the stories and the benchmark (not part of the package's API). Deterministic: the
 * same `count` gives the same accounts.
 * @internal
 */
import type { AccountSummary } from '../../data/models.js';

const NAMES = ['Alpine', 'Birch', 'Cedar', 'Dune', 'Elm', 'Fjord', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Kestrel'];
const KINDS = ['Goods', 'Outfitters', 'Home', 'Kitchen', 'Toys', 'Audio', 'Garden', 'Pets'];
const MARKETS = [
  'ATVPDKIKX0DER',
  'A1PA6795UKMFR9',
  'A1F83G8C2ARO7P',
  'A13V1IB3VIYZZH',
  'APJ6JRA9NG5V4',
  'A1VC38T7YXB528',
];

export function sampleAccounts(count: number, asOf = '2026-11-20T06:00:00Z'): AccountSummary[] {
  return Array.from({ length: count }, (_, i) => {
    const bad = i % 11 === 3 ? 1 : 0;
    const atRisk = i % 5 === 1 ? 1 + (i % 3) : 0;
    const noData = i % 17 === 9;
    return {
      id: `acct-${String(i + 1).padStart(4, '0')}`,
      sellerName: `${NAMES[i % NAMES.length]} ${KINDS[Math.floor(i / NAMES.length) % KINDS.length]}${i >= 88 ? ` ${Math.floor(i / 88) + 1}` : ''}`,
      marketplaceId: MARKETS[i % MARKETS.length]!,
      accountStatus: i % 23 === 7 ? 'DEACTIVATED' : atRisk || bad ? 'AT_RISK' : 'NORMAL',
      rating: noData
        ? { status: '', score: null }
        : { status: 'GOOD', score: bad ? 90 + (i % 9) : 180 + ((i * 53) % 800) },
      orderDefectRate: noData
        ? { mfn: null, afn: null }
        : { mfn: bad ? 0.012 + (i % 4) / 1000 : ((i * 7) % 9) / 1000, afn: i % 2 ? ((i * 3) % 5) / 1000 : null },
      metricsAtRisk: noData ? 0 : atRisk,
      metricsBad: noData ? 0 : bad,
      negativeFeedbackUnanswered: (i * 7) % 4,
      criticalReviewsOpen: (i * 5) % 6,
      asOf: noData ? null : asOf,
      ...(i % 13 === 12 ? { access: false } : {}),
    };
  });
}
