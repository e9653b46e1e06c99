/**
 * The memory adapter's agency mode (SPEC §8): the client accounts behind `listAccounts` / `forAccount(id)` of an
 * adapter made with `createMemoryAdapter({ accounts })`. Loaded with `import()` on the first agency call (the
 * shell, ./memory-adapter.js, stays small). Each account is a memory store of its own (own seed, data and
 * mutations), built on its first use; `listAccounts` computes every row from its account's own data
 * (./account-summary.js). Like ./memory-store.js it must not import the shell or ./lazy-adapter.js at run time.
 */
import { SellerKitError } from './errors.js';
import { summarizeAccount, healthFigures } from './account-summary.js';
import { createMemoryStore } from './memory-store.js';
import { fixMemoryOptions, type MemoryAccount, type MemoryStoreInit } from './memory-options.js';
import type { AccountHealth, AccountSummary, CallOptions, SellerKitAdapter } from './models.js';

type DemoData = typeof import('./demo-data.js');

const US = 'ATVPDKIKX0DER';
const CA = 'A2EUQ1WTGCTBG2';
const UK = 'A1F83G8C2ARO7P';
const DE = 'A1PA6795UKMFR9';
const FR = 'A13V1IB3VIYZZH';
const IT = 'APJ6JRA9NG5V4';
const ES = 'A1RKKUPIHCS9HS';
const JP = 'A1VC38T7YXB528';

/**
 * The demo portfolio: twelve client accounts across eight marketplaces, in every state the portfolio shows.
 * `accounts: n` with n > 12 adds generated ones (smaller stores, so 500 accounts stay cheap).
 */
export const DEMO_ACCOUNTS: readonly MemoryAccount[] = Object.freeze([
  { id: 'northwind-us', session: { sellerName: 'Northwind Goods', marketplaceId: US }, health: 'healthy' },
  { id: 'alpenglow-de', session: { sellerName: 'Alpenglow Outdoor GmbH', marketplaceId: DE }, health: 'at-risk' },
  { id: 'bright-kettle-uk', session: { sellerName: 'Bright Kettle Ltd', marketplaceId: UK }, health: 'healthy' },
  { id: 'maison-lumiere-fr', session: { sellerName: 'Maison Lumière', marketplaceId: FR }, health: 'at-risk' },
  { id: 'cucina-viva-it', session: { sellerName: 'Cucina Viva S.r.l.', marketplaceId: IT }, health: 'healthy' },
  {
    id: 'sol-y-sal-es',
    session: { sellerName: 'Sol y Sal', marketplaceId: ES },
    health: 'at-risk',
    accountStatus: 'DEACTIVATED',
  },
  { id: 'sakura-bungu-jp', session: { sellerName: 'さくら文具 Sakura Bungu', marketplaceId: JP }, health: 'healthy' },
  { id: 'maple-trail-ca', session: { sellerName: 'Maple Trail Co.', marketplaceId: CA }, health: 'at-risk' },
  { id: 'tidewater-us', session: { sellerName: 'Tidewater Pet Supply', marketplaceId: US }, health: 'none' },
  { id: 'hofmann-de', session: { sellerName: 'Hofmann Haushalt', marketplaceId: DE }, access: false },
  { id: 'greenleaf-uk', session: { sellerName: 'Greenleaf Garden', marketplaceId: UK }, health: 'healthy' },
  { id: 'northwind-ca', session: { sellerName: 'Northwind Goods', marketplaceId: CA }, health: 'healthy' },
] satisfies MemoryAccount[]);

const MARKETS = [US, UK, DE, FR, IT, ES, JP, CA];
const NAMES = ['Harbor', 'Copper', 'Juniper', 'Atlas', 'Meadow', 'Summit', 'Willow', 'Beacon', 'Cedar', 'Orchid'];

/** The demo accounts for `accounts: n`: the fixed twelve, then generated ones. */
export function demoAccounts(n: number): MemoryAccount[] {
  const out: MemoryAccount[] = DEMO_ACCOUNTS.slice(0, n).map((a) => structuredClone(a));
  for (let i = out.length; i < n; i++) {
    const k = i + 1;
    out.push({
      id: `client-${String(k).padStart(3, '0')}`,
      session: {
        sellerName: `${NAMES[i % NAMES.length]} Trading ${k}`,
        marketplaceId: MARKETS[i % MARKETS.length],
      },
      health: i % 5 === 0 ? 'at-risk' : 'healthy',
      ...(i % 97 === 0 ? { accountStatus: 'DEACTIVATED' } : {}),
      counts: { reviews: 30, feedback: 40 },
    });
  }
  return out;
}

const notFound = (id: string) =>
  new SellerKitError('not-found', `Account ${id} not found.`, { status: 404, reasons: ['unknown-account'] });
const noAccess = (id: string) =>
  new SellerKitError('forbidden', `The session has no access to account ${id}.`, {
    status: 403,
    reasons: ['no-account-access'],
  });

export interface MemoryAccounts {
  list(o?: CallOptions): Promise<AccountSummary[]>;
  /** The store of account `id` (throws `not-found` for an unknown id, `forbidden` without access). */
  account(id: string): SellerKitAdapter;
}

/** The accounts of an adapter whose creation fixed `fixed` (clock, latency, seed, `accounts`). */
export function createMemoryAccounts(fixed: MemoryStoreInit, demo?: Promise<DemoData>): MemoryAccounts {
  const specs = typeof fixed.accounts === 'number' ? demoAccounts(fixed.accounts) : (fixed.accounts ?? []);
  const byId = new Map(specs.map((s, i) => [s.id, { spec: s, index: i }]));
  const stores = new Map<string, SellerKitAdapter>();

  function store(id: string, spec: MemoryAccount, index: number): SellerKitAdapter {
    let s = stores.get(id);
    if (s) return s;
    const { health, accountStatus, session, ...rest } = spec;
    const options = {
      ...rest,
      seed: spec.seed ?? fixed.seed * 1000 + index + 1,
      session: { ...session, ...(accountStatus ? { accountStatus } : {}) },
      health: health === 'none' ? undefined : health,
      now: fixed.now,
      latencyMs: fixed.latency,
      ...((spec.actor ?? fixed.actor) ? { actor: spec.actor ?? fixed.actor } : {}),
    };
    const base = createMemoryStore(options, fixMemoryOptions(options), demo, id);
    const patch = (h: AccountHealth): AccountHealth => (accountStatus ? { ...h, accountStatus } : h);
    s = {
      ...base,
      getAccountHealth:
        health === 'none'
          ? (o) =>
              // Read the session first so a missing permission still says `forbidden`.
              base.getSession(o).then(() => {
                throw new SellerKitError('not-found', 'No Account Health data yet.', {
                  status: 404,
                  reasons: ['no-health-data'],
                });
              })
          : (o) => base.getAccountHealth(o).then(patch),
    };
    stores.set(id, s);
    return s;
  }

  function noAccessRow(spec: MemoryAccount): AccountSummary {
    return {
      id: spec.id,
      sellerName: spec.session?.sellerName ?? '',
      marketplaceId: spec.session?.marketplaceId ?? '',
      accountStatus: spec.accountStatus ?? spec.session?.accountStatus ?? '',
      ...healthFigures(null),
      negativeFeedbackUnanswered: 0,
      criticalReviewsOpen: 0,
      access: false,
    };
  }

  return {
    list(o) {
      const at = fixed.now();
      return Promise.all(
        specs.map((spec, i) =>
          spec.access === false ? noAccessRow(spec) : summarizeAccount(spec.id, store(spec.id, spec, i), at, o),
        ),
      );
    },
    account(id) {
      const found = byId.get(id);
      if (!found) throw notFound(id);
      if (found.spec.access === false) throw noAccess(id);
      return store(id, found.spec, found.index);
    },
  };
}
