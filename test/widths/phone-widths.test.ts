/**
 * Issue 21: every element fits a 360 px phone — nothing sticks out of it and nothing makes the page scroll
 * sideways (a data table may scroll inside its own named, focusable region) — and passes axe there. The elements are
 * rendered in a 360 px wide frame: their container queries see a phone's width in every engine, with no window
 * resizing. The story runner (scripts/run-stories.mjs) checks the same in real 360, 768 and 1280 px viewports.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import { allByRole, byRole, deepElements, findByRole, roleOf } from '../support/index.js';
import { NOW } from '../support/fixtures.js';

/** The element's content that reaches outside `frame` (content inside a scrolling region is clipped, not outside). */
function outside(frame: HTMLElement): string[] {
  const box = frame.getBoundingClientRect();
  const scroller = (el: Element) => {
    for (let p: Element | null = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null; p;) {
      const o = getComputedStyle(p).overflowX;
      if (o !== 'visible') return true;
      p = p.parentElement ?? ((p.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    }
    return false;
  };
  return deepElements(frame)
    .filter((el) => {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || el.closest('dialog:not([open])')) return false;
      return (r.left < box.left - 1 || r.right > box.right + 1) && !scroller(el);
    })
    .map((el) => `${el.localName}.${String(el.className)} ${Math.round(el.getBoundingClientRect().right)}`);
}

/** Renders `t` in a `width` px frame and waits until no kit element inside is loading. */
async function inFrame(t: TemplateResult, width = 360): Promise<HTMLElement> {
  const frame = await fixture<HTMLElement>(html`<div style="width: ${width}px">${t}</div>`);
  await waitUntil(
    () =>
      deepElements(frame).some((e) => e.shadowRoot?.childElementCount) &&
      !deepElements(frame).some((e) => e.shadowRoot?.querySelector('.skeleton, [aria-busy="true"]')),
    'the elements loaded',
    { timeout: 5000 },
  );
  return frame;
}

async function expectFits(frame: HTMLElement): Promise<void> {
  expect(outside(frame), 'content outside the 360 px frame').to.deep.equal([]);
  expect(frame.scrollWidth, 'the frame scrolls sideways').to.be.at.most(frame.clientWidth);
  for (const el of frame.querySelectorAll<HTMLElement>('*'))
    if (el.shadowRoot) expect(el.scrollWidth, `<${el.localName}> is wider than 360 px`).to.be.at.most(360);
}

const memory = () =>
  createMemoryAdapter({
    seed: 3,
    now: NOW,
    session: { permissions: { reviews: 'edit', feedback: 'edit', accountHealth: 'edit' } },
  });

describe('360 px: <feedback-table>', function () {
  this.timeout(30_000);
  for (const lang of ['en', 'de', 'fr', 'ja']) {
    it(`${lang}: recent feedback stacks into rows, keeps the table and its headers, fits, passes axe`, async () => {
      const frame = await inFrame(
        html`<review-kit-provider .adapter=${memory()} .now=${NOW} lang=${lang}
          ><feedback-table></feedback-table
        ></review-kit-provider>`,
      );
      const el = frame.querySelector('feedback-table')!;
      const root = el.shadowRoot!;
      const table = root.querySelector<HTMLTableElement>('table.feedback')!;
      const cell = table.querySelector('tbody td')!;
      expect(getComputedStyle(cell).display).to.equal('block');
      // The table's semantics stay: roles on the table, its rows, headers and cells.
      expect(roleOf(table)).to.equal('table');
      expect(roleOf(table.querySelector('tbody tr')!)).to.equal('row');
      expect(roleOf(cell)).to.equal('cell');
      expect(table.querySelectorAll('thead [role=columnheader]').length).to.equal(6);
      await expectFits(frame);
      await expect(el).to.be.accessible();
    });
  }

  it('sorting stays visible and works on a phone', async () => {
    const frame = await inFrame(
      html`<review-kit-provider .adapter=${memory()} .now=${NOW}
        ><feedback-table></feedback-table
      ></review-kit-provider>`,
    );
    const root = frame.querySelector('feedback-table')!.shadowRoot!.querySelector('table.feedback')!;
    const rating = byRole(root, 'button', /^Rating/);
    expect(rating.getBoundingClientRect().width).to.be.greaterThan(20);
    rating.click();
    await waitUntil(() => byRole(root, 'columnheader', /^Rating/).getAttribute('aria-sort') === 'ascending', 'sorted', {
      timeout: 5000,
    });
    expect(allByRole(root, 'columnheader').map((h) => h.textContent!.replace(/[\s↕▲▼]+/g, ' ').trim())).to.deep.equal([
      'Date',
      'Rating',
      'Comments',
      'Order ID',
      'Rater email',
      'Actions',
    ]);
  });
});

describe('1280 px: <feedback-table> rows', function () {
  this.timeout(30_000);
  it('the rating cell lines up with its row; dates, order ids and e-mails do not break mid-word', async () => {
    const frame = await inFrame(
      html`<review-kit-provider .adapter=${memory()} .now=${NOW}
        ><feedback-table></feedback-table
      ></review-kit-provider>`,
      1280,
    );
    const root = frame.querySelector('feedback-table')!.shadowRoot!;
    const rows = [...root.querySelectorAll<HTMLTableRowElement>('table.feedback tbody tr')];
    expect(rows.length).to.be.greaterThan(3);
    /** How many lines a text node takes. */
    const lines = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const texts = (el: Element) =>
      [...el.childNodes].flatMap((n) => (n.nodeType === Node.TEXT_NODE && n.textContent!.trim() ? [n] : []));
    for (const tr of rows) {
      const rating = tr.querySelector('td.rating')!;
      expect(getComputedStyle(rating).display).to.equal('table-cell');
      expect(Math.abs(rating.getBoundingClientRect().bottom - tr.getBoundingClientRect().bottom)).to.be.below(1);
      for (const n of texts(tr.querySelector('td.date')!)) expect(lines(n), 'a date on one line').to.equal(1);
      // Between two <wbr>, a part of an order id or an e-mail stays whole.
      const email = tr.querySelector('.email-text');
      const parts = [...texts(tr.querySelector('td.order span[id]')!), ...(email ? texts(email) : [])];
      expect(parts.length).to.be.at.least(3);
      for (const n of parts) expect(lines(n), `"${n.textContent}" on one line`).to.equal(1);
    }
  });
});

describe('360 px: the other elements', function () {
  this.timeout(30_000);
  it('<account-portfolio>: the table scrolls inside its named, focusable region; the page does not', async () => {
    const frame = await inFrame(
      html`<review-kit-provider .adapter=${createMemoryAdapter({ now: NOW, accounts: 12 })} .now=${NOW}
        ><account-portfolio></account-portfolio
      ></review-kit-provider>`,
    );
    const el = frame.querySelector('account-portfolio')!;
    await findByRole(el.shadowRoot!, 'table', 'Client accounts');
    const region = byRole(el.shadowRoot!, 'region', 'Client accounts');
    expect(region.tabIndex).to.equal(0);
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    await expectFits(frame);
    await expect(el).to.be.accessible();
  });

  for (const [tag, t] of [
    [
      'account-health-tiles',
      html`<review-kit-provider .adapter=${memory()} .now=${NOW} lang="de"
        ><account-health-tiles></account-health-tiles
      ></review-kit-provider>`,
    ],
    [
      'review-list',
      html`<review-kit-provider .adapter=${memory()} .now=${NOW} lang="de"
        ><review-list></review-list
      ></review-kit-provider>`,
    ],
    ['report-file-drop', html`<report-file-drop lang="de"></report-file-drop>`],
  ] as const) {
    it(`<${tag}> in German fits and passes axe`, async () => {
      const frame = await inFrame(t);
      await expectFits(frame);
      await expect(frame.querySelector(tag)!).to.be.accessible();
    });
  }
});

describe('360 px: <review-list> filter counts', function () {
  this.timeout(30_000);
  it('each star and brand keeps its count beside its label (they wrap as one)', async () => {
    const frame = await inFrame(
      html`<review-kit-provider .adapter=${memory()} .now=${NOW} lang="de"
        ><review-list></review-list
      ></review-kit-provider>`,
    );
    const root = frame.querySelector('review-list')!.shadowRoot!;
    await waitUntil(() => root.querySelector('fieldset.brands .count'), 'brand counts shown', { timeout: 5000 });
    const pairs = [...root.querySelectorAll('fieldset .count')].map((count) => {
      const label = count.previousElementSibling!;
      const [l, c] = [label.getBoundingClientRect(), count.getBoundingClientRect()];
      // The count's middle is within the label's lines (not alone on a line below it).
      return [label.textContent!.trim(), c.top + c.height / 2 >= l.top && c.top + c.height / 2 <= l.bottom];
    });
    expect(pairs.length, 'five stars and at least two brands').to.be.at.least(7);
    expect(pairs.filter(([, beside]) => !beside).map(([name]) => name)).to.deep.equal([]);
    await expectFits(frame);
  });
});
