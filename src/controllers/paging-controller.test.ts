import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { PagingController } from './paging-controller.js';
import { renderPager } from '../components/shared/pager.js';

const i18n = {
  t: (key: string, p?: Record<string, unknown>) =>
    key === 'common.page-status' ? `${p!.from}–${p!.to} of ${p!.total}` : key === 'common.next-page' ? 'Next' : 'Prev',
  number: (n: number) => String(n),
};

/** A list of `total` numbers, paged. */
class PagedHost extends LitElement {
  @property({ type: Number }) pageSize = 10;
  @property() query = '';
  total = 25;
  loads = 0;
  paging = new PagingController(this, {
    pageSize: () => this.pageSize,
    resetOn: () => [this.query, this.pageSize],
    settled: () => Promise.resolve(this.loads++),
  });
  protected override render() {
    const count = Math.max(0, Math.min(this.pageSize, this.total - this.paging.offset));
    return renderPager({
      i18n,
      range: this.paging.range(count, this.total),
      previous: (e) => void this.paging.go(-1, e),
      next: (e) => void this.paging.go(1, e),
      label: this.query === 'plain' ? undefined : 'Pages',
      pageSize: { label: 'Per page', value: this.pageSize, sizes: [10, 20], change: (n) => (this.pageSize = n) },
    });
  }
}
customElements.define('paged-host', PagedHost);

const status = (el: PagedHost) => el.shadowRoot!.querySelector('.page-status')!.textContent!.trim();
const button = (el: PagedHost, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;

describe('PagingController and renderPager', () => {
  it('pages, keeps focus on the enabled pager button at either end, and resets when the query changes', async () => {
    const el = await fixture<PagedHost>(html`<paged-host></paged-host>`);
    expect(status(el)).to.equal('1–10 of 25');
    expect(button(el, 'Prev').disabled).to.equal(true);
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Pages');
    expect(nav.getAttribute('part')).to.equal('pager');
    button(el, 'Next').click();
    await el.updateComplete;
    expect(status(el)).to.equal('11–20 of 25');
    const next = button(el, 'Next');
    next.focus();
    await el.paging.go(1, { currentTarget: next } as unknown as Event);
    expect(status(el)).to.equal('21–25 of 25');
    expect(next.disabled).to.equal(true);
    expect(el.shadowRoot!.activeElement, 'focus moved to Previous').to.equal(button(el, 'Prev'));
    expect(el.loads, 'go waited for each page to load').to.equal(2);
    el.query = 'x';
    await el.updateComplete;
    expect(el.paging.offset, 'a new query starts at the first page').to.equal(0);
    expect(status(el)).to.equal('1–10 of 25');
    el.paging.offset = 20;
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = '20';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.pageSize).to.equal(20);
    expect(status(el), 'a new page size starts again too').to.equal('1–20 of 25');
    await el.paging.go(-1);
    expect(el.paging.offset, 'never below 0').to.equal(0);
  });

  it('renders a plain pager without a landmark, the status line first; an empty page shows its offset', async () => {
    const el = await fixture<PagedHost>(html`<paged-host query="plain"></paged-host>`);
    expect(el.shadowRoot!.querySelector('nav')).to.equal(null);
    const pager = el.shadowRoot!.querySelector('div.pager')!;
    expect(pager.firstElementChild!.matches('p.page-status[role=status]')).to.equal(true);
    el.total = 5;
    el.paging.offset = 10;
    await el.updateComplete;
    expect(status(el)).to.equal('10–10 of 5');
    expect(el.paging.range(0, 5)).to.deep.equal({ from: 10, to: 10, total: 5, first: false, last: true });
  });
});
