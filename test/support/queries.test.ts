/** The shared query helper: roles, accessible-name precedence, shadow roots. */
import { expect, fixture, html } from '@open-wc/testing';
import { accessibleName, allByRole, byRole, findByRole, queryByRole, roleOf } from './queries.js';

describe('test kit: queries', () => {
  it('names by aria-labelledby before aria-label, aria-label before the label, the label before content', async () => {
    const el = await fixture(
      html`<div>
        <span id="a">From</span><span id="b">labelledby</span>
        <button id="t1" aria-labelledby="a b" aria-label="From aria-label">Content</button>
        <button id="t2" aria-label="From aria-label">Content</button>
        <label for="t3">From label</label><input id="t3" aria-label="" />
        <button id="t4">Con<span aria-hidden="true">★</span>tent <span hidden>gone</span></button>
        <button id="t5"><svg role="img" aria-label="Star"></svg> rating</button>
        <button id="t6" title="Only a title"></button>
      </div>`,
    );
    const name = (id: string) => accessibleName(el.querySelector(`#${id}`)!);
    expect(name('t1')).to.equal('From labelledby');
    expect(name('t2')).to.equal('From aria-label');
    expect(name('t3')).to.equal('From label');
    expect(name('t4')).to.equal('Content');
    expect(name('t5')).to.equal('Star rating');
    expect(name('t6')).to.equal('Only a title');
  });

  it('names containers by their own label, never by their text', async () => {
    const el = await fixture(
      html`<div>
        <fieldset>
          <legend>Brand</legend>
          <input type="checkbox" />
        </fieldset>
        <table>
          <caption>
            Recent feedback
          </caption>
        </table>
        <div role="status">Saved</div>
        <section aria-label="Tiles">text</section>
      </div>`,
    );
    expect(byRole(el, 'group', 'Brand')).to.exist;
    expect(byRole(el, 'table', 'Recent feedback')).to.exist;
    expect(accessibleName(byRole(el, 'status'))).to.equal('');
    expect(byRole(el, 'region', 'Tiles')).to.exist;
  });

  it('reads explicit roles first, then the implicit ones', async () => {
    const el = await fixture(
      html`<div>
        <button role="switch">Include done</button><input type="search" /><input />
        <select></select>
        <summary>Why?</summary>
        <a>no href</a><a href="#x">link</a>
      </div>`,
    );
    expect(roleOf(el.querySelector('button')!)).to.equal('switch');
    expect(allByRole(el, 'button')).to.have.length(1); // the summary
    expect(allByRole(el, 'searchbox')).to.have.length(1);
    expect(allByRole(el, 'textbox')).to.have.length(1);
    expect(allByRole(el, 'combobox')).to.have.length(1);
    expect(allByRole(el, 'link')).to.have.length(1);
  });

  it('searches through shadow roots unless told to stay shallow', async () => {
    const host = await fixture(html`<div><span></span></div>`);
    const inner = host.querySelector('span')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<button>Deep</button>';
    expect(byRole(host, 'button', 'Deep')).to.equal(inner.querySelector('button'));
    expect(queryByRole(host, 'button', 'Deep', { shallow: true })).to.equal(null);
    expect(() => byRole(host, 'button', 'Nope')).to.throw(/No button named Nope \(buttons present: "Deep"\)/);
    setTimeout(() => (inner.innerHTML += '<button>Later</button>'), 20);
    expect(await findByRole(host, 'button', /^Lat/)).to.exist;
  });
});
