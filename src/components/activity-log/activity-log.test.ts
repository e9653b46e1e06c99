import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/review-kit-provider.js';
import '../../define/activity-log.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../data/memory-adapter.js';
import { forwardAdapter } from '../../data/lazy-adapter.js';
import { SellerKitError } from '../../data/errors.js';
import { verifyEvidencePack } from '../../data/evidence.js';
import type { SellerKitAdapter } from '../../data/models.js';
import type { ActivityLog } from './activity-log.js';
import type { ActivityEvidenceDownloadEvent } from './activity-log.events.js';
import { allByRole, byRole, makeFeedback, makeReview, NOW } from '../../../test/support/index.js';

function memory(over: Parameters<typeof createMemoryAdapter>[0] = {}): MemoryAdapter {
  return createMemoryAdapter({
    now: NOW,
    reviews: Array.from({ length: 12 }, (_, i) => makeReview(i)),
    feedback: [makeFeedback(0), makeFeedback(1, { rating: 2 })],
    health: 'healthy',
    ...over,
  });
}

async function mount(
  adapter: SellerKitAdapter | null,
  attrs: { pageSize?: number; account?: string } = {},
): Promise<{ el: ActivityLog; root: ShadowRoot }> {
  const provider = await fixture(
    html`<review-kit-provider .adapter=${adapter} .now=${NOW} account=${attrs.account ?? ''}>
      <activity-log page-size=${attrs.pageSize ?? 25}></activity-log>
    </review-kit-provider>`,
  );
  const el = provider.querySelector('activity-log')!;
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

const rows = (root: ShadowRoot) => [...root.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ready = (root: ShadowRoot) =>
  waitUntil(() => root.querySelector('table, .state.empty, .state.no-log, .state.error'), 'loaded');

describe('<activity-log>', function () {
  // axe runs several times per test; under a loaded machine that takes longer than mocha's default.
  this.timeout(30_000);

  it('shows a configuration error without an adapter', async () => {
    const { root } = await mount(null);
    expect(byRole(root, 'alert')).to.exist;
  });

  it('shows the table named Activity with When, Who, What, Item, Outcome; outcome in words and icon; accessible', async () => {
    const a = memory({ actor: 'dana@agency.example' });
    await a.setReviewDone('r1', true);
    await a.postFeedbackReply('f0', 'Sorry, <img src=x onerror=alert(1)> write to jo@example.com').catch(() => {});
    const { el, root } = await mount(a);
    await ready(root);
    const table = byRole(root, 'table', 'Activity');
    expect(allByRole(table, 'columnheader').map((h) => text(h))).to.deep.equal([
      'When',
      'Who',
      'What',
      'Item',
      'Outcome',
    ]);
    const [refused, done] = rows(root);
    expect(text(done!.cells[1])).to.equal('dana@agency.example');
    expect(text(done!.cells[2])).to.equal('Review marked as done');
    expect(text(done!.cells[3])).to.equal('r1');
    expect(text(done!.cells[4])).to.equal('✓ Done');
    expect(done!.cells[0]!.querySelector('time')!.getAttribute('datetime')).to.equal(NOW.toISOString());
    // Refused: in words (not colour alone), the reason, and the sent text and linter findings behind a disclosure.
    expect(text(refused!.cells[4])).to.match(/^⛔ Refused /);
    const details = refused!.querySelector('details')!;
    expect(text(details.querySelector('summary'))).to.match(
      /^Sent text and compliance check \(\d+ errors, \d+ warnings\)$/,
    );
    expect(text(details)).to.contain('Remove the e-mail address.');
    // Untrusted text stays text.
    expect(root.querySelector('img')).to.equal(null);
    expect(text(details.querySelector('.sent'))).to.contain('<img src=x onerror=alert(1)>');
    await expect(el).to.be.accessible();
    details.open = true;
    await expect(el).to.be.accessible();
  });

  it('says the data source keeps no activity log when the adapter has no listActivity', async () => {
    const { listActivity: _l, recordActivity: _r, ...plain } = memory();
    const { el, root } = await mount(forwardAdapter(plain));
    await ready(root);
    const state = root.querySelector('.state.no-log')!;
    expect(state.getAttribute('role')).to.equal('status');
    expect(text(state)).to.equal('No activity log This data source keeps no activity log.');
    expect(root.querySelector('table')).to.equal(null);
    expect(root.querySelector('button.download')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a backend answering 404 on GET /activity keeps no log: said so, not as a failure', async () => {
    const a = memory();
    const { root } = await mount(
      forwardAdapter(a, {
        listActivity: () => Promise.reject(new SellerKitError('not-found', 'no route', { status: 404 })),
      }),
    );
    await ready(root);
    expect(text(root.querySelector('.state.no-log'))).to.contain('This data source keeps no activity log.');
    expect(root.querySelector('[role=alert]')).to.equal(null);
  });

  it('empty state, and an error state with Retry that loads again', async () => {
    const a = memory();
    let fail = true;
    const flaky = forwardAdapter(a, {
      listActivity: (q, o) =>
        fail ? Promise.reject(new SellerKitError('server', 'down', { status: 503 })) : a.listActivity!(q, o),
    });
    const { el, root } = await mount(flaky);
    await ready(root);
    expect(byRole(root, 'alert')).to.exist;
    await expect(el).to.be.accessible();
    fail = false;
    byRole(root, 'button', 'Retry').click();
    await waitUntil(() => root.querySelector('.state.empty'), 'empty after retry');
    expect(text(root.querySelector('.state.empty'))).to.equal('No activity recorded yet.');
    expect((root.querySelector('button.download') as HTMLButtonElement).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('filters by type from the keyboard and by dates; pages with the keyboard', async () => {
    let clock = NOW.getTime() - 3 * 86_400_000;
    const a = memory({ now: () => new Date(clock) });
    for (let i = 0; i < 12; i++) await a.setReviewDone(`r${i}`, true);
    clock = NOW.getTime();
    await a.addReviewComment('r1', 'Thank you for the review.');
    const { el, root } = await mount(a, { pageSize: 5 });
    await ready(root);
    expect(text(root.querySelector('.page-status'))).to.equal('Showing 1–5 of 13');
    // Paging: Next with Enter, focus kept in the pager on the last page.
    byRole(root, 'button', 'Next page').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(root.querySelector('.page-status')) === 'Showing 6–10 of 13');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(root.querySelector('.page-status')) === 'Showing 11–13 of 13');
    await waitUntil(() => root.activeElement === byRole(root, 'button', 'Previous page'), 'focus moved to Previous');
    // Type filter from the keyboard: back to the first page.
    const select = byRole(root, 'combobox', 'Type') as HTMLSelectElement;
    select.focus();
    // Type-ahead on the focused select picks "Public comment on a review".
    await sendKeys({ type: 'Public c' });
    await waitUntil(() => rows(root).length === 1 && text(root.querySelector('.page-status')) === 'Showing 1–1 of 1');
    expect(el.type).to.equal('review-comment');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => text(root.querySelector('.page-status')) === 'Showing 1–5 of 13');
    // Date filter: the day of the comment only.
    const from = root.querySelector<HTMLInputElement>('input[type=date]')!;
    from.value = NOW.toISOString().slice(0, 10);
    from.dispatchEvent(new Event('change'));
    await waitUntil(() => text(root.querySelector('.page-status')) === 'Showing 1–1 of 1');
    expect(el.from).to.equal(NOW.toISOString().slice(0, 10));
    await expect(el).to.be.accessible();
  });

  it('Download evidence (keyboard): every activity of the filter on all pages, a pack that verifies, and the CSV', async () => {
    const a = memory();
    for (let i = 0; i < 12; i++) await a.setReviewDone(`r${i}`, true);
    await a.addReviewComment('r1', '=HYPERLINK("http://evil.example") thanks').catch(() => {});
    const { el, root } = await mount(a, { pageSize: 5 });
    await ready(root);
    const button = byRole(root, 'button', 'Download evidence');
    button.focus();
    const fired = oneEvent(el, 'activity-evidence-download') as Promise<ActivityEvidenceDownloadEvent>;
    el.addEventListener('activity-evidence-download', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Enter' });
    const { detail } = await fired;
    expect(detail.pack.count).to.equal(13);
    expect(detail.pack.activities).to.have.length(13);
    expect(detail.pack.session.sellerName).to.equal('Northwind Goods');
    expect(detail.pack.generatedAt).to.equal(NOW.toISOString());
    expect(await verifyEvidencePack(detail.json)).to.equal(true);
    expect(await verifyEvidencePack(detail.json.replace('"r11"', '"r12"'))).to.equal(false);
    const lines = detail.csv.trim().split('\r\n');
    expect(lines).to.have.length(14);
    expect(detail.csv).to.contain(`"'=HYPERLINK(""http://evil.example"") thanks"`);
    expect(detail.filenames.json).to.match(/^activity-evidence-.*\.json$/);
    await waitUntil(() => text(root.querySelector('[role=status].visually-hidden')).includes('13 activities'));
    await expect(el).to.be.accessible();
  });

  it('a long download shows progress and can be cancelled (nothing saved); a failed one saves nothing and can be tried again', async () => {
    const a = memory();
    for (let i = 0; i < 3; i++) await a.setReviewDone(`r${i}`, true);
    let hold: (() => void) | undefined;
    let fail = false;
    const slow = forwardAdapter(a, {
      listActivity: async (q, o) => {
        if (q.limit !== 5) {
          await new Promise<void>((resolve) => (hold = resolve));
          if (fail) throw new SellerKitError('network', 'offline');
        }
        return a.listActivity!(q, o);
      },
    });
    const { el, root } = await mount(slow, { pageSize: 5 });
    await ready(root);
    let saved = 0;
    el.addEventListener('activity-evidence-download', (e) => (saved++, e.preventDefault()));
    byRole(root, 'button', 'Download evidence').click();
    await waitUntil(() => root.querySelector('.progress'), 'progress shown');
    expect(text(root.querySelector('.progress'))).to.equal('Collecting activity: 0 of …');
    expect(byRole(root, 'button', 'Download evidence').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    byRole(root, 'button', 'Cancel').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !root.querySelector('.progress'), 'progress gone');
    await waitUntil(() => root.activeElement === byRole(root, 'button', 'Download evidence'), 'focus on Download');
    hold?.();
    hold = undefined;
    expect(text(root.querySelector('[role=status].visually-hidden'))).to.equal(
      'Download cancelled. Nothing was saved.',
    );
    // A failure: shown, nothing saved, the table and filter stay.
    fail = true;
    byRole(root, 'button', 'Download evidence').click();
    await waitUntil(() => hold, 'asked');
    hold!();
    await waitUntil(() => root.querySelector('.inline-error'), 'failure shown');
    expect(text(root.querySelector('.inline-error'))).to.contain('The evidence was not downloaded.');
    expect(saved).to.equal(0);
    expect(rows(root)).to.have.length(3);
    await expect(el).to.be.accessible();
    // Tried again: it works.
    fail = false;
    hold = undefined;
    byRole(root, 'button', 'Download evidence').click();
    await waitUntil(() => hold, 'asked again');
    hold!();
    await waitUntil(() => saved === 1, 'saved');
    expect(root.querySelector('.inline-error')).to.equal(null);
  });

  it('under <review-kit-provider account=…> shows that account’s activity', async () => {
    const a = memory({ accounts: 2 });
    const de = a.forAccount!('alpenglow-de');
    await de.recordActivity!({ type: 'abuse-report-opened', targetId: 'R-DE-1' });
    await a.recordActivity!({ type: 'abuse-report-opened', targetId: 'R-TOP' });
    const { root } = await mount(a, { account: 'alpenglow-de' });
    await ready(root);
    expect(rows(root).map((r) => text(r.cells[3]))).to.deep.equal(['R-DE-1']);
    expect(text(rows(root)[0]!.cells[2])).to.equal('Report abuse opened');
  });
});
