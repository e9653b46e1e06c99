/**
 * Browser side of `npm run bench:accounts` (scripts/bench-accounts.mjs bundles this file with esbuild and opens it
 * in headless Chromium). The agency workspace (SPEC §8) with ACCOUNTS client accounts on the memory adapter.
 *
 * Each case is a function `(reps) => figures`: it mounts what it needs in `#stage`, times `reps` repetitions and
 * returns one median per figure (milliseconds). The Node side prints them and checks their budgets.
 *
 * ---- Adding a case (e.g. the portfolio's rows and sort) ----------------------------------------------------------
 * 1. Write an `async function myCase(reps: number): Promise<Figure[]>` below (use `when`, `median`, `agency()`).
 * 2. Add it to CASES at the bottom: `{ name: 'portfolio', run: myCase }`.
 * 3. In scripts/bench-accounts.mjs add its budgets to BUDGETS (`'<case>/<figure>': ms`).
 * -------------------------------------------------------------------------------------------------------------------
 */
import '../src/define.js';
import { createMemoryAdapter } from '../src/data/memory-adapter.js';
import { when } from './when.js';
import { forwardAdapter } from '../src/data/lazy-adapter.js';
import type { SellerKitAdapter } from '../src/data/models.js';

export interface Figure {
  /** Short name, unique within its case (`switch-cold`). */
  figure: string;
  /** Median over the repetitions, in ms. */
  ms: number;
  /** What it times, one line. */
  note: string;
}
export interface BenchCase {
  name: string;
  run(reps: number): Promise<Figure[]>;
}

/** How many client accounts every case uses. */
export const ACCOUNTS = 500;
const SEED = 1;
/** A fixed clock: two adapters made with the same seed hold identical data (the twin below predicts rows). */
const NOW = new Date('2026-11-20T12:00:00.000Z');

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const stage = () => document.getElementById('stage')!;

/** A fresh agency adapter with ACCOUNTS demo accounts (nothing built yet: each account's store on first use). */
export function agency(): SellerKitAdapter {
  return createMemoryAdapter({ seed: SEED, now: NOW, accounts: ACCOUNTS });
}

type Provider = HTMLElement & { adapter?: SellerKitAdapter; account?: string; now?: Date };
type Host = HTMLElement & { updateComplete: Promise<unknown> };

async function mountList(): Promise<{ provider: Provider; root: ShadowRoot }> {
  stage().replaceChildren();
  const provider = document.createElement('review-kit-provider') as Provider;
  provider.now = NOW;
  const el = document.createElement('review-list') as Host;
  provider.append(el);
  stage().append(provider);
  await el.updateComplete;
  return { provider, root: el.shadowRoot! };
}

/** The list shows `expected` (the first row of an account) and is not loading. */
function shows(root: ShadowRoot, expected: { id: string; title: string }): boolean {
  const feed = root.querySelector('[role=feed]');
  const first = root.querySelector<HTMLElement>('article[data-id]');
  return (
    feed?.getAttribute('aria-busy') === 'false' &&
    first?.dataset.id === expected.id &&
    !!first.textContent?.includes(expected.title)
  );
}

/**
 * Review rows after switching account, beside the single-account first rows:
 * - single: a provider with a one-account memory adapter (data built, as scripts/bench.mjs does) handed over →
 *   its first review row in the DOM;
 * - switch-cold: `provider.account = <an account never opened>` → that account's first review row (its store is
 *   built on this first use);
 * - switch-warm: back to an account opened before → its first row;
 * - list-accounts: `listAccounts()` over every account, stores not built yet (the portfolio's data).
 */
async function switching(reps: number): Promise<Figure[]> {
  const single: number[] = [];
  const cold: number[] = [];
  const coldFull: number[] = [];
  const warm: number[] = [];
  const list: number[] = [];
  const first = async (a: SellerKitAdapter) => {
    const r = (await a.listReviews({ limit: 1 })).items[0]!;
    return { id: r.id, title: r.title };
  };

  // One warm-up round of everything, discarded.
  for (let rep = -1; rep < reps; rep++) {
    // single account: the same seed and clock, data built before the clock starts.
    const one = createMemoryAdapter({ seed: SEED, now: NOW });
    const expectedOne = await first(one);
    const a = await mountList();
    const s0 = performance.now();
    a.provider.adapter = forwardAdapter(one);
    const s1 = await when([a.root], () => shows(a.root, expectedOne), 'single-account rows');

    // agency: mounted on account 0; then a cold switch (an account never opened) and a warm one (back to 0).
    const root = agency();
    const twin = agency(); // same data: predicts the rows without building the measured adapter's stores
    const ids = (await twin.listAccounts!()).map((r) => r.id);
    const from = ids[0]!;
    const to = ids[12 + ((rep + 1) % (ids.length - 12))]!;
    const expectedFrom = await first(twin.forAccount!(from));
    const expectedTo = await first(twin.forAccount!(to));
    const b = await mountList();
    b.provider.account = from;
    b.provider.adapter = root;
    await when([b.root], () => shows(b.root, expectedFrom), 'the first account’s rows');
    const c0 = performance.now();
    b.provider.account = to;
    const c1 = await when([b.root], () => shows(b.root, expectedTo), 'the new account’s rows');
    const w0 = performance.now();
    b.provider.account = from;
    const w1 = await when([b.root], () => shows(b.root, expectedFrom), 'the previous account’s rows');
    // A cold switch to one of the fixed demo accounts (a full-size store: 250 reviews, 400 feedback).
    const full = ids[1 + ((rep + 1) % 11)]!;
    const expectedFull = await first(twin.forAccount!(full));
    const f0 = performance.now();
    b.provider.account = full;
    const f1 = await when([b.root], () => shows(b.root, expectedFull), 'the full-size account’s rows');

    const l0 = performance.now();
    const rows = await agency().listAccounts!();
    const l1 = performance.now();
    if (rows.length !== ACCOUNTS) throw new Error(`listAccounts gave ${rows.length} rows`);

    if (rep >= 0) {
      single.push(s1 - s0);
      cold.push(c1 - c0);
      coldFull.push(f1 - f0);
      warm.push(w1 - w0);
      list.push(l1 - l0);
    }
  }
  stage().replaceChildren();
  return [
    { figure: 'single', ms: median(single), note: 'one-account adapter handed over → first review rows' },
    {
      figure: 'switch-cold',
      ms: median(cold),
      note: `account switch (never opened, of ${ACCOUNTS}; 30 reviews) → its first rows`,
    },
    {
      figure: 'switch-cold-full',
      ms: median(coldFull),
      note: 'account switch (never opened; 250 reviews, 400 feedback) → its first rows',
    },
    { figure: 'switch-warm', ms: median(warm), note: 'account switch back (opened before) → its first rows' },
    { figure: 'list-accounts', ms: median(list), note: `listAccounts() of ${ACCOUNTS} accounts, no store built yet` },
  ];
}

// ---- the cases (add yours here) ----------------------------------------------------------------------------------
const CASES: BenchCase[] = [{ name: 'switch', run: switching }];

(window as unknown as { benchAccounts: unknown }).benchAccounts = {
  names: () => CASES.map((c) => c.name),
  run: (name: string, reps: number) => CASES.find((c) => c.name === name)!.run(reps),
};
