import { expect, fixture, html } from '@open-wc/testing';
import { renderStars, starGlyphs } from './stars.js';

const glyphs = async (rating: number) => ((await fixture(html`<p>${starGlyphs(rating)}</p>`)).textContent ?? '').trim();

describe('stars', () => {
  it('rounds and clamps the rating to 1–5', async () => {
    expect(await glyphs(2)).to.equal('★★☆☆☆');
    expect(await glyphs(3.6)).to.equal('★★★★☆');
    expect(await glyphs(9)).to.equal('★★★★★');
    expect(await glyphs(0)).to.equal('★☆☆☆☆');
    expect(await glyphs(-3)).to.equal('★☆☆☆☆');
    expect(await glyphs(Number.NaN)).to.equal('★☆☆☆☆');
  });

  it('hides the glyphs and gives screen readers the words', async () => {
    const el = await fixture(html`<p>${renderStars(2, '2 out of 5 stars')}</p>`);
    expect(el.querySelector('.stars')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.querySelector('.visually-hidden')!.textContent).to.equal('2 out of 5 stars');
  });
});
