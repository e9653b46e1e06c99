import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { breakable } from './wrap.js';

describe('breakable', () => {
  it('puts a <wbr> after each @, -, . and _ and keeps the text as text', async () => {
    const el = await fixture(html`<span>${breakable('q1<b>z@market-place.amazon_x.com')}</span>`);
    expect(el.textContent).to.equal('q1<b>z@market-place.amazon_x.com');
    expect(el.querySelectorAll('wbr').length).to.equal(5);
    expect(el.querySelector('b')).to.equal(null);
    expect(el.innerHTML.replace(/<!--[^]*?-->/g, '')).to.equal(
      'q1&lt;b&gt;z@<wbr>market-<wbr>place.<wbr>amazon_<wbr>x.<wbr>com',
    );
  });

  it('leaves a token without separators whole', async () => {
    const el = await fixture(html`<span>${breakable('B0C1234567')}</span>`);
    expect(el.textContent).to.equal('B0C1234567');
    expect(el.querySelectorAll('wbr').length).to.equal(0);
  });
});
