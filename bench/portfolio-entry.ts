/**
 * Browser side of `npm run bench:portfolio` (scripts/bench-portfolio.mjs bundles it and opens it in headless
 * Chromium). `benchPortfolio.run(size, reps)` mounts a fresh `<account-portfolio>` `reps` times on an adapter whose
 * `listAccounts` answers when told, and times, per repetition:
 *
 * - firstRows: from the summaries being handed over (the promise resolved) to the first row in the DOM (a
 *   MutationObserver on the shadow root sees it);
 * - allRows: from the same instant to every row in the DOM;
 * - sort: from a real click on the **Negative feedback to answer** header to the rows in the new order (the header's
 *   `aria-sort` set and the element's update finished);
 * - policy: `sortAccounts` on the same list, worst first, alone.
 */
import '../src/define/account-portfolio.js';
import { createMemoryAdapter } from '../src/data/memory-adapter.js';
import type { AccountSummary } from '../src/data/models.js';
import { sortAccounts } from '../src/policy/portfolio.js';
import { sampleAccounts } from '../src/components/account-portfolio/sample-accounts.js';
import type { AccountPortfolio } from '../src/components/account-portfolio/account-portfolio.js';

export interface PortfolioRep {
  firstRows: number;
  allRows: number;
  sort: number;
  policy: number;
}

/** Resolves with the time `check()` first held, watching `root` for mutations. */
function when(root: Node, check: () => boolean): Promise<number> {
  if (check()) return Promise.resolve(performance.now());
  return new Promise((resolve) => {
    const mo = new MutationObserver(() => {
      if (!check()) return;
      mo.disconnect();
      resolve(performance.now());
    });
    mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

async function once(list: AccountSummary[]): Promise<PortfolioRep> {
  let arrive!: (v: AccountSummary[]) => void;
  const adapter = { ...createMemoryAdapter(), listAccounts: () => new Promise<AccountSummary[]>((r) => (arrive = r)) };
  const el = document.createElement('account-portfolio') as AccountPortfolio;
  el.adapter = adapter;
  document.getElementById('stage')!.replaceChildren(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  const root = el.shadowRoot!;
  const rows = () => root.querySelectorAll('tbody tr').length;
  const t0 = performance.now();
  arrive(list);
  const first = await when(root, () => rows() > 0);
  const all = await when(root, () => rows() === list.length);
  await new Promise((r) => requestAnimationFrame(r));
  const header = [...root.querySelectorAll<HTMLButtonElement>('th button')].find((b) =>
    b.textContent?.includes('Negative feedback to answer'),
  )!;
  const t1 = performance.now();
  header.click();
  await el.updateComplete;
  const sorted = performance.now();
  if (header.closest('th')!.getAttribute('aria-sort') !== 'ascending') throw new Error('the sort did not apply');
  const t2 = performance.now();
  sortAccounts(list);
  const policy = performance.now() - t2;
  return { firstRows: first - t0, allRows: all - t0, sort: sorted - t1, policy };
}

async function run(size: number, reps: number): Promise<PortfolioRep[]> {
  const list = sampleAccounts(size);
  await once(list); // warm-up, discarded
  const out: PortfolioRep[] = [];
  for (let i = 0; i < reps; i++) out.push(await once(list));
  return out;
}

declare global {
  interface Window {
    benchPortfolio: { run: typeof run };
  }
}
window.benchPortfolio = { run };
