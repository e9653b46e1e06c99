/**
 * The demo seller, apart from the generated data (src/data/demo-data.ts), so the memory adapter can build its
 * session synchronously and load the generators only when it needs demo data.
 */
import type { Brand, Session } from './models.js';

export const DEMO_MARKETPLACE_ID = 'ATVPDKIKX0DER';
export const DEFAULT_DEMO_SEED = 1;

export const DEMO_BRANDS: readonly Brand[] = Object.freeze([
  { id: 'northwind-home', name: 'Northwind Home', representative: true },
  { id: 'trailhead-outfitters', name: 'Trailhead Outfitters', representative: true },
  { id: 'lumen-reed', name: 'Lumen & Reed', representative: false },
]);

/** The demo seller: Professional, in good standing, three brands (two represented), full permissions. */
export function demoSession(overrides: Partial<Session> = {}): Session {
  return {
    sellerName: 'Northwind Goods',
    marketplaceId: DEMO_MARKETPLACE_ID,
    professional: true,
    accountStatus: 'NORMAL',
    brands: DEMO_BRANDS.map((b) => ({ ...b })),
    permissions: { reviews: 'edit', feedback: 'edit', accountHealth: 'edit' },
    ...overrides,
  };
}
