/**
 * The embedded default data source (SPEC §4): an in-memory SellerKitAdapter over deterministic demo data or
 * data you pass in. Every mutation obeys the shared policy module and refuses the way Amazon (and the REST
 * contract) would:
 *
 * | call                    | refusal                                                                              |
 * |-------------------------|--------------------------------------------------------------------------------------|
 * | any review mutation     | `forbidden` (403) without reviews permission `edit`; `not-found` (404) for an unknown |
 * |                         | id or a review past its retention window                                            |
 * | addReviewComment        | `policy-violation` (422), reasons = lint rule ids, when lint has blocking findings   |
 * | contactCustomer         | `conflict` (409, reason `already-contacted`) for a second contact; other            |
 * |                         | `contactEligibility` reasons → `policy-violation` (422) with the reason codes        |
 * | any feedback mutation   | `forbidden` without feedback permission `edit`; `not-found` for an unknown id        |
 * | postFeedbackReply       | `conflict` (`reply-exists`, or `reply-removed` after a removal: a reply is never     |
 * |                         | changed, not even by removing and posting again);                                    |
 * |                         | `policy-violation` (`reply-not-allowed`) on removed feedback; lint errors → 422       |
 * | removeFeedbackReply     | `not-found` (reason `no-reply`) when there is no reply — DELETE of a missing resource |
 * | requestFeedbackRemoval  | `conflict` (`already-requested` / `already-decided`) once a request exists;          |
 * |                         | `policy-violation` (`too-old`, …) otherwise; `fba-only` for `fba-delivery` on a      |
 * |                         | seller-fulfilled order                                                               |
 * | askBuyerToRemoveFeedback| `conflict` (`already-asked`) once the buyer of that order was asked;                 |
 * |                         | `policy-violation` (`not-negative`, `already-removed`, `too-old`) otherwise          |
 * |                         | (`buyerRemovalEligibility`, src/policy/feedback.ts)                                  |
 *
 * Reads need the area's permission to be at least `view` (`forbidden` otherwise). Results are deep copies.
 * A mutation repeated with the same `idempotencyKey` returns the first result (success or refusal) and is
 * applied once; keys are global to the adapter, and a call aborted before it ran does not use up its key.
 *
 * Agency mode (`accounts`, SPEC §8): `listAccounts()` lists every client account with figures computed from its
 * own data (./account-summary.js); `forAccount(id)` is, at once and synchronously, an adapter scoped to that
 * account (its own store, built on its first call; the same object for the same id). Calls of an unknown account
 * reject with `not-found` (reason `unknown-account`), of one the session may not open with `forbidden`
 * (`no-account-access`).
 *
 * Activity log (SPEC §8, ./activity.js): one `Activity` per mutation call that ran — `ok`, or `refused` with the
 * error code — with the text sent and the linter's findings at send time; a replay of an idempotency key records
 * nothing more. `listActivity` / `recordActivity` exist before the implementation loads. `actor` (option): who acts,
 * default the session's `sellerName`.
 *
 * This module is the small synchronous shell (options, clock, copies of the data); the implementation
 * (./memory-store.js) loads with `import()` on the adapter's first call.
 */
import { lazyAdapter } from './lazy-adapter.js';
import { loadCode } from './load-code.js';
import { fixMemoryOptions, type MemoryAdapter, type MemoryAdapterOptions } from './memory-options.js';

export type { MemoryAccount, MemoryAdapter, MemoryAdapterOptions } from './memory-options.js';

/**
 * Creates the in-memory adapter. See the module comment for how it refuses. The clock, the creation time and
 * copies of the session and of explicit data are fixed now (./memory-options.js); the implementation
 * (./memory-store.js, plus the demo generators when something is generated) loads on the first call.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const fixed = fixMemoryOptions(options);
  const agency = fixed.accounts !== undefined;
  return {
    now: fixed.now,
    // A stand-in for the marketplace: its answers are what the marketplace would say (not "kept locally").
    writesAreLocal: false,
    ...lazyAdapter(
      () => {
        // The demo generators load alongside the implementation, not after it.
        const demo = fixed.reviews && fixed.feedback && fixed.health ? undefined : loadCode(import('./demo-data.js'));
        demo?.catch(() => {}); // a failure reaches the calls through the implementation
        const store = loadCode(import('./memory-store.js')).then((m) => m.createMemoryStore(options, fixed, demo));
        if (!agency) return store;
        // Agency mode (SPEC §8): the accounts' code (./memory-accounts.js) loads with the store; each account's
        // own store is built on its first use.
        return Promise.all([store, loadCode(import('./memory-accounts.js'))]).then(([root, m]) => {
          const accounts = m.createMemoryAccounts(fixed, demo);
          return { ...root, listAccounts: accounts.list, forAccount: accounts.account };
        });
      },
      // listAccounts / forAccount, the activity log (SPEC §8), the optional methods and countReviews (issue 21)
      // exist at once, before anything loaded.
      { accounts: agency, methods: ['listActivity', 'recordActivity', 'askBuyerToRemoveFeedback', 'countReviews'] },
    ),
  };
}
