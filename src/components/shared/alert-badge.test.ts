/**
 * SPEC §8 alerts in the elements: each element that knows an alert fires `kit-alert` once per alert id per page
 * (a reload of the same data fires nothing more) and shows the alert badge in its header (axe, keyboard).
 */
import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/review-kit-provider.js';
import '../../define/review-list.js';
import '../../define/feedback-table.js';
import '../../define/account-health-tiles.js';
import '../../define/account-portfolio.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';
import { forwardAdapter } from '../../data/lazy-adapter.js';
import type { AccountHealth, AccountSummary, SellerKitAdapter } from '../../data/models.js';
import {
  ALERT_MEMORY_PREFIX,
  KitAlertEvent,
  rememberSnapshot,
  resetFiredAlerts,
} from '../../controllers/alert-controller.js';
import type { Alert } from '../../policy/alerts.js';
import {
  DAY,
  HOUR,
  NOW,
  ago,
  allByRole,
  byRole,
  findByRole,
  makeFeedback,
  makeReview,
} from '../../../test/support/index.js';

type Reloadable = HTMLElement & { updateComplete: Promise<unknown> };

/** Every `kit-alert` that reaches the document during a test. */
let heard: Alert[] = [];
const listen = (e: Event) => heard.push((e as KitAlertEvent).detail.alert);

function clearMemory(): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith(ALERT_MEMORY_PREFIX)) localStorage.removeItem(k);
}

beforeEach(() => {
  resetFiredAlerts();
  clearMemory();
  heard = [];
  document.addEventListener('kit-alert', listen);
});
afterEach(() => {
  document.removeEventListener('kit-alert', listen);
  clearMemory();
});

async function mount(adapter: SellerKitAdapter, inner: ReturnType<typeof html>): Promise<HTMLElement> {
  return fixture(html`<review-kit-provider .adapter=${adapter} .now=${NOW}>${inner}</review-kit-provider>`);
}

/** The badge's button, once it is shown. */
async function badge(el: Element, count: number): Promise<HTMLButtonElement> {
  return findByRole<HTMLButtonElement>(el.shadowRoot!, 'button', `Alerts (${count})`);
}

/** Opens the badge from the keyboard (Tab to it, Enter), checks the list and axe, closes it with Space. */
async function checkBadge(el: Reloadable, count: number, texts: RegExp[]): Promise<void> {
  const button = await badge(el, count);
  expect(button.getAttribute('aria-expanded')).to.equal('false');
  const list = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
  expect(list.hidden).to.equal(true);
  await expect(el).to.be.accessible();
  button.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(button.getAttribute('aria-expanded')).to.equal('true');
  expect(list.hidden).to.equal(false);
  const items = allByRole(list, 'listitem');
  expect(items).to.have.length(count);
  // Severity in words (and an icon), never by colour alone.
  for (const item of items) expect(item.textContent).to.match(/(Critical|Warning|Info):/);
  const all = list.textContent!.replace(/\s+/g, ' ');
  for (const t of texts) expect(all).to.match(t);
  await expect(el).to.be.accessible();
  await sendKeys({ press: 'Space' });
  await el.updateComplete;
  expect(button.getAttribute('aria-expanded')).to.equal('false');
}

describe('kit-alert and the alert badge', () => {
  it('review-list: a critical-review cluster fires once per id; reloading the same reviews fires nothing more', async () => {
    const cluster = [1, 2, 3].map((i) =>
      makeReview(i, { id: `c${i}`, asin: 'B0CLUSTER1', rating: 1, publishedAt: ago(i * HOUR) }),
    );
    const calm = [4, 5].map((i) => makeReview(i, { rating: 5 }));
    const provider = await mount(
      createMemoryAdapter({ now: NOW, reviews: [...cluster, ...calm] }),
      html`<review-list></review-list>`,
    );
    const el = provider.querySelector('review-list') as Reloadable & { reload(): void };
    await badge(el, 1);
    expect(heard.map((a) => a.id)).to.deep.equal(['critical-review-cluster:-:B0CLUSTER1:c3']);
    expect(heard[0]!.kind).to.equal('critical-review-cluster');
    el.reload();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(heard).to.have.length(1);
    await checkBadge(el, 1, [/3 critical reviews of B0CLUSTER1 \(Test product 3\) within 7 days\./]);
  });

  it('review-list: no alert, no badge', async () => {
    const provider = await mount(
      createMemoryAdapter({ now: NOW, reviews: [makeReview(1, { rating: 5 })] }),
      html`<review-list></review-list>`,
    );
    const el = provider.querySelector('review-list')!;
    await findByRole(el.shadowRoot!, 'checkbox', 'Mark as done');
    await (el as Reloadable).updateComplete;
    expect(allByRole(el.shadowRoot!, 'button', /^Alerts/)).to.deep.equal([]);
    expect(heard).to.deep.equal([]);
  });

  it('feedback-table: unanswered negative feedback after 24 h, once per id; a second table fires nothing', async () => {
    const feedback = [
      makeFeedback(1, { id: 'old-1', rating: 1, date: ago(2 * DAY) }),
      makeFeedback(2, { id: 'new-2', rating: 2, date: ago(HOUR) }),
      makeFeedback(3, { id: 'ok-5', rating: 5, date: ago(3 * DAY) }),
    ];
    const adapter = createMemoryAdapter({ now: NOW, feedback });
    const provider = await mount(adapter, html`<feedback-table></feedback-table>`);
    const el = provider.querySelector('feedback-table') as Reloadable;
    await badge(el, 1);
    expect(heard.map((a) => a.id)).to.deep.equal(['negative-feedback-unanswered:-:old-1']);
    // The same data in a second element on the page: shown there too, not fired again.
    const second = await mount(adapter, html`<feedback-table></feedback-table>`);
    await badge(second.querySelector('feedback-table')!, 1);
    expect(heard).to.have.length(1);
    await checkBadge(el, 1, [/1-star feedback on order 111-1000001-2000001 has had no reply for 24 hours or more\./]);
  });

  it('feedback-table: a fall of the feedback rating since the remembered one', async () => {
    // The rating remembered from an earlier visit (the memory's own format).
    rememberSnapshot('feedback:-', '4.9|10', { feedbackRating: 4.9 });
    const feedback = Array.from({ length: 10 }, (_, i) =>
      makeFeedback(i, { id: `p${i}`, rating: i < 2 ? 3 : 5, date: ago((i + 1) * DAY) }),
    );
    const provider = await mount(createMemoryAdapter({ now: NOW, feedback }), html`<feedback-table></feedback-table>`);
    const el = provider.querySelector('feedback-table') as Reloadable;
    await badge(el, 1);
    expect(heard.map((a) => a.kind)).to.deep.equal(['rating-drop']);
    expect(heard[0]!.params.from).to.equal(4.9);
    await checkBadge(el, 1, [/Feedback rating fell from 4\.9 to 4\.6 stars\./]);
  });

  describe('account-health-tiles', () => {
    const health = (over: Partial<AccountHealth> = {}): AccountHealth => ({
      marketplaceId: 'ATVPDKIKX0DER',
      asOf: '2026-11-20T00:00:00Z',
      accountStatus: 'AT_RISK',
      rating: { status: 'AT_RISK', score: 180 },
      metrics: [
        {
          key: 'lateShipmentRate',
          group: 'shipping',
          kind: 'rate',
          value: 0.05,
          target: { value: 0.04, condition: 'LESS_THAN' },
          window: null,
        },
        {
          key: 'orderDefectRate',
          group: 'customer-service',
          kind: 'rate',
          value: 0.009,
          target: { value: 0.01, condition: 'LESS_THAN' },
          window: null,
          channel: 'mfn',
        },
      ],
      notifications: [],
      ...over,
    });

    it('metrics near and over target, a rating drop and a status change against `previous`, once per id', async () => {
      const provider = await mount(
        createMemoryAdapter({ now: NOW, health: health() }),
        html`<account-health-tiles .previous=${{ ratingScore: 260, accountStatus: 'NORMAL' }}></account-health-tiles>`,
      );
      const el = provider.querySelector('account-health-tiles') as Reloadable & { previous: unknown };
      await badge(el, 4);
      expect(heard.map((a) => a.kind).sort()).to.deep.equal([
        'account-status-changed',
        'metric-near-target',
        'metric-over-target',
        'rating-drop',
      ]);
      // A new render of the same report (the host sets the same figures again) fires nothing more.
      el.previous = { ratingScore: 260, accountStatus: 'NORMAL' };
      await el.updateComplete;
      await el.updateComplete;
      expect(heard).to.have.length(4);
      await checkBadge(el, 4, [
        /Critical: Late Shipment Rate misses its target\./,
        /Warning: Order Defect Rate \(Seller-fulfilled\) is close to its target\./,
        /Account Health Rating fell from 260 to 180\./,
        /Account status changed from Normal to At risk\./,
      ]);
    });

    it('without `previous`: compares with the report remembered in localStorage, across reloads', async () => {
      const first = await mount(
        createMemoryAdapter({
          now: NOW,
          health: health({
            accountStatus: 'NORMAL',
            rating: { status: '', score: 400 },
            metrics: [],
            asOf: '2026-11-19T00:00:00Z',
          }),
        }),
        html`<account-health-tiles></account-health-tiles>`,
      );
      const a = first.querySelector('account-health-tiles') as Reloadable;
      await findByRole(a.shadowRoot!, 'region', 'Shipping Performance');
      await a.updateComplete;
      expect(heard).to.deep.equal([]);
      const next = health({ metrics: [] });
      const mountNext = async () => {
        const p = await mount(
          createMemoryAdapter({ now: NOW, health: next }),
          html`<account-health-tiles></account-health-tiles>`,
        );
        return p.querySelector('account-health-tiles') as Reloadable;
      };
      const b = await mountNext();
      await badge(b, 2);
      expect(heard.map((x) => x.id).sort()).to.deep.equal([
        'account-status-changed:-:ATVPDKIKX0DER:NORMAL:AT_RISK',
        'rating-drop:-:ATVPDKIKX0DER:ahr:400:180',
      ]);
      // The same report again (a reload): the same alerts are shown, none fired again.
      const c = await mountNext();
      await badge(c, 2);
      expect(heard).to.have.length(2);
    });
  });

  it('account-portfolio: the open alerts per account and in the totals; kit-alert per summary alert', async () => {
    const acct = (id: string, o: Partial<AccountSummary> = {}): AccountSummary => ({
      id,
      sellerName: `Seller ${id}`,
      marketplaceId: 'A1PA6795UKMFR9',
      accountStatus: 'NORMAL',
      rating: { status: 'GOOD', score: 300 },
      orderDefectRate: { mfn: 0.002, afn: null },
      metricsAtRisk: 0,
      metricsBad: 0,
      negativeFeedbackUnanswered: 0,
      criticalReviewsOpen: 0,
      asOf: '2026-11-20T00:00:00Z',
      ...o,
    });
    const accounts = [
      acct('a', { metricsBad: 1, metricsAtRisk: 2, negativeFeedbackUnanswered: 4 }),
      acct('b'),
      acct('c', { metricsAtRisk: 1 }),
    ];
    const base = createMemoryAdapter({ now: NOW });
    const adapter = Object.assign(forwardAdapter(base), {
      listAccounts: () => Promise.resolve(accounts),
      forAccount: () => forwardAdapter(base),
    });
    const provider = await mount(adapter, html`<account-portfolio></account-portfolio>`);
    const el = provider.querySelector('account-portfolio') as Reloadable;
    const table = await findByRole(el.shadowRoot!, 'table', 'Client accounts');
    byRole(table, 'columnheader', 'Open alerts');
    await badge(el, 4);
    const cells = (name: string) =>
      [...byRole(table, 'rowheader', new RegExp(name)).closest('tr')!.querySelectorAll('td')].map((td) =>
        td.textContent!.trim(),
      );
    expect(cells('Seller a').at(-1)).to.equal('3');
    expect(cells('Seller b').at(-1)).to.equal('0');
    expect(cells('Seller c').at(-1)).to.equal('1');
    expect(cells('Total').at(-1)).to.equal('4');
    expect(heard.map((a) => a.accountId)).to.deep.equal(['a', 'a', 'c', 'a']);
    await checkBadge(el, 4, [/Seller a \(amazon\.de\): 4 negative feedback ratings have no reply\./]);
  });
});
