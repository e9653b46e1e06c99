/**
 * The demo page: all four widgets on the embedded in-memory adapter, switchable to HTTP through the MSW mock
 * backend, with health presets, languages, a dark theme, data sizes and Amazon report files.
 */
import '../src/define.js';
import '../src/styles/themes.css';
import { createMemoryAdapter } from '../src/data/memory-adapter.js';
import type { SellerKitAdapter } from '../src/data/models.js';
import type { ReviewKitProvider } from '../src/components/review-kit-provider/review-kit-provider.js';
import { marketplaceLabel } from '../src/policy/index.js';

const $ = <T extends Element>(sel: string) => document.querySelector(sel) as T;
const provider = $<ReviewKitProvider>('#provider');
const reportProvider = $<ReviewKitProvider>('#report-provider');
const status = $<HTMLElement>('#status');
const controls = {
  source: $<HTMLSelectElement>('#source'),
  preset: $<HTMLSelectElement>('#preset'),
  lang: $<HTMLSelectElement>('#lang'),
  theme: $<HTMLSelectElement>('#theme'),
  size: $<HTMLSelectElement>('#size'),
};

/** A seed whose first page shows every Contact Customer state (eligible, not eligible, 4–5 stars) at each size. */
const DEMO_SEED = 5;
let memory: SellerKitAdapter = makeMemory();
let worker: { stop(): void } | undefined;

function makeMemory(): SellerKitAdapter {
  return createMemoryAdapter({
    // The twelve demo client accounts (SPEC §8): the portfolio lists them; Open scopes the widgets to one.
    accounts: 12,
    seed: DEMO_SEED,
    health: controls.preset.value === 'at-risk' ? 'at-risk' : 'healthy',
    counts: { reviews: Number(controls.size.value), feedback: Math.min(Number(controls.size.value), 10_000) },
  });
}

async function applySource(): Promise<void> {
  if (controls.source.value === 'msw') {
    status.textContent = 'Starting the mock backend…';
    if (!worker) {
      const { startMockWorker } = await import('../src/mocks/browser.js');
      worker = await startMockWorker(() => memory, { baseUrl: '/api' });
    }
    provider.adapter = undefined;
    provider.api = '/api';
    status.textContent = 'Data: HTTP adapter → /api, served by MSW over the in-memory backend.';
  } else {
    provider.api = undefined;
    provider.adapter = memory;
    status.textContent = 'Data: the embedded in-memory adapter.';
  }
}

function rebuildMemory(): void {
  memory = makeMemory();
  showPortfolio();
  if (controls.source.value === 'msw') {
    // The worker reads `memory` through a getter; a new HTTP adapter instance makes every widget re-query.
    provider.api = undefined;
    void provider.updateComplete.then(() => (provider.api = '/api'));
  } else {
    provider.adapter = memory;
  }
}

controls.source.addEventListener('change', () => void applySource());
controls.preset.addEventListener('change', rebuildMemory);
controls.size.addEventListener('change', rebuildMemory);
controls.lang.addEventListener('change', () => {
  document.documentElement.lang = controls.lang.value;
});
controls.theme.addEventListener('change', () => {
  document.body.classList.toggle('srk-dark', controls.theme.value === 'dark');
});

// Agency portal: the portfolio lists every client account when the adapter can (`listAccounts`, SPEC §8); Open sets
// the provider's `account` (the element does it) and the header names the client. An adapter that serves one
// account keeps today's single-account page.
const portfolio = $<HTMLElement>('#portfolio');
function showPortfolio(): void {
  portfolio.hidden = typeof memory.listAccounts !== 'function';
}
provider.addEventListener('account-select', (e) => {
  const id = e.detail.accountId;
  // The demo's own lookup for the header (the element made its one listAccounts call for the table).
  void memory.listAccounts?.().then((list) => {
    const a = list.find((x) => x.id === id);
    if (!a) return;
    $<HTMLElement>('#client-name').textContent = a.sellerName;
    $<HTMLElement>('#client-market').textContent = marketplaceLabel(a.marketplaceId);
    $<HTMLElement>('#client-heading').textContent = `Client workspace: ${a.sellerName}`;
  });
});

// The report provider serves its widgets from the files dropped on it; show them once there are some.
reportProvider.addEventListener('kit-adapter-change', (e) => {
  $<HTMLElement>('#report-widgets').hidden = !e.detail.adapter;
});

const params = new URLSearchParams(location.search);
for (const [key, el] of Object.entries(controls)) {
  const v = params.get(key);
  if (v && [...el.options].some((o) => o.value === v)) el.value = v;
}
document.documentElement.lang = controls.lang.value;
document.body.classList.toggle('srk-dark', controls.theme.value === 'dark');
memory = makeMemory();
showPortfolio();
// `?api=<url>`: the widgets read from a backend of the REST contract instead, e.g. the example server over Amazon's
// Selling Partner API (examples/server/, README "Run it against Amazon"): `?api=http://127.0.0.1:8787/api`.
const api = params.get('api');
if (api && /^https?:\/\//.test(api)) {
  provider.adapter = undefined;
  provider.api = api;
  portfolio.hidden = true;
  status.textContent = `Data: HTTP adapter → ${api}`;
} else {
  void applySource();
}
