import { createContext } from '@lit/context';
import type { SellerKitAdapter } from './models.js';

/**
 * What `<review-kit-provider>` supplies to every kit element inside it. A new object is provided whenever
 * any part changes, so consumers (subscribed) re-render; tasks key on `adapter` itself, so only an adapter
 * swap re-queries.
 */
export interface KitEnvironment {
  adapter: SellerKitAdapter | null;
  /** BCP 47 tag from the provider's `lang` (or `locale`), or null to follow the nearest `lang`. */
  locale: string | null;
  /** The clock every date rule uses (injectable for tests and demos). */
  now: () => Date;
  /**
   * SPEC §8: the client account the provider's `account` attribute names (null or absent: none). `adapter` is then
   * already scoped to it (`forAccount(account)`); elements keep their `accountState` properties (filters, sort)
   * per account under this key.
   */
  account?: string | null;
  /**
   * SPEC §8: the provider's adapter before scoping to `account`, the one that lists the accounts (an element such
   * as `<account-portfolio>` calls its `listAccounts`). Same as `adapter` when no account is set.
   */
  accountsAdapter?: SellerKitAdapter | null;
}

/** A global-registry key, so two copies of the kit on one page still find each other. */
export const kitContext = createContext<KitEnvironment | undefined>(Symbol.for('seller-review-kit/environment@1'));
