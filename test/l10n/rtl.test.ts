/**
 * Arabic, right to left for real (issue 20): every element, in an Arabic page with no `dir` attribute anywhere, lays
 * out right to left (its shadow container takes `dir="rtl"` from the locale), passes axe and does not overflow a
 * 360 px column; `dir` follows the locale and yields to the host's own `dir`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { ELEMENTS, NOW, memory, overflowing, rendered, settled } from './l10n-helpers.js';

describe('Arabic, right to left', () => {
  for (const name of Object.keys(ELEMENTS)) {
    it(`${name}: rtl with no dir attribute, axe, no overflow at 360 px`, async function () {
      this.timeout(30_000);
      const { wrapper, el } = await rendered(name, 'ar', (t) => html`<div style="width: 360px">${t}</div>`);
      await settled(el);
      const page = wrapper.localName === 'div' ? wrapper : wrapper.parentElement!;
      expect(page.closest('[dir]'), 'no dir on the page').to.equal(null);
      const box = el.shadowRoot!.querySelector('.kit-dir')!;
      expect(box.getAttribute('dir')).to.equal('rtl');
      const inner = box.firstElementChild ?? box;
      expect(getComputedStyle(inner).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
      const edge = page.getBoundingClientRect();
      expect(edge.width).to.equal(360);
      expect(overflowing(el, edge), `overflow in <${name}> at 360 px`).to.deep.equal([]);
    });
  }

  it('dir follows the locale: a lang="ar" ancestor, the provider’s locale, the host’s own dir', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="ar">
        <review-kit-provider .adapter=${memory()} .now=${NOW}
          ><account-health-tiles></account-health-tiles
        ></review-kit-provider>
      </div>`,
    );
    const provider = page.querySelector('review-kit-provider')!;
    const el = page.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('account-health-tiles')!;
    const box = () => el.shadowRoot!.querySelector('.kit-dir')!;
    await el.updateComplete;
    expect(box().getAttribute('dir')).to.equal('rtl');
    provider.setAttribute('locale', 'de');
    await waitUntil(() => box().getAttribute('dir') === 'ltr', 'a German provider: ltr');
    provider.setAttribute('locale', 'ar-SA');
    await waitUntil(() => box().getAttribute('dir') === 'rtl', 'an Arabic provider: rtl');
    el.setAttribute('dir', 'ltr');
    await waitUntil(() => !box().hasAttribute('dir'), 'the host’s own dir wins');
    expect(getComputedStyle(box().firstElementChild!).direction).to.equal('ltr');
    el.removeAttribute('dir');
    await waitUntil(() => box().getAttribute('dir') === 'rtl', 'back to the locale');
  });
});
