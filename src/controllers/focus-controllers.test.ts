import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedNavigationController } from './feed-navigation-controller.js';
import { FocusKeeper } from './focus-keeper.js';

/** A feed of `count` articles with a button each (removed with `gone`) and a pager whose Next disables. */
class FeedHost extends LitElement {
  @property({ type: Number }) count = 4;
  @property() gone = '';
  @property({ type: Boolean }) last = false;
  feed = new FeedNavigationController(this);
  keeper = new FocusKeeper(this, {
    home: 'article, nav',
    restore: (home) =>
      home?.localName === 'article' && home.isConnected
        ? (home as HTMLElement)
        : (home?.localName === 'nav' ? this.shadowRoot!.querySelector<HTMLElement>('nav button:enabled') : null) ??
          this.shadowRoot!.querySelector('article'),
  });
  protected override render() {
    return html`<div role="feed" @keydown=${this.feed.onKeydown}>
        ${Array.from(
          { length: this.count },
          (_, i) =>
            html`<article data-id="a${i}" tabindex="0">
              ${this.gone === `a${i}` ? '' : html`<button>act ${i}</button>`}
            </article>`,
        )}
      </div>
      <nav><button>Prev</button><button ?disabled=${this.last}>Next</button></nav>`;
  }
}
customElements.define('feed-host', FeedHost);

const active = (el: FeedHost) => {
  const a = el.shadowRoot!.activeElement as HTMLElement | null;
  return a?.dataset.id ?? a?.textContent?.trim() ?? 'none';
};

describe('FeedNavigationController', () => {
  it('moves between items with arrows, j/k, Home and End; ignores modified keys and keys in controls', async () => {
    const el = await fixture<FeedHost>(html`<feed-host></feed-host>`);
    el.shadowRoot!.querySelector<HTMLElement>('article')!.focus();
    const steps: [string, string][] = [
      ['ArrowDown', 'a1'],
      ['j', 'a2'],
      ['k', 'a1'],
      ['ArrowUp', 'a0'],
      ['ArrowUp', 'a0'],
      ['End', 'a3'],
      ['ArrowDown', 'a3'],
      ['Home', 'a0'],
    ];
    for (const [press, want] of steps) {
      await sendKeys({ press });
      expect(active(el), press).to.equal(want);
    }
    const focused = el.shadowRoot!.activeElement!;
    focused.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', ctrlKey: true, bubbles: true }));
    expect(active(el)).to.equal('a0');
    await sendKeys({ press: 'x' });
    expect(active(el)).to.equal('a0');
    el.shadowRoot!.querySelector<HTMLElement>('article button')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el), 'a key typed in a control stays there').to.equal('act 0');
    expect(el.feed.items()).to.have.length(4);
  });
});

describe('FocusKeeper', () => {
  it('sends the focus of a removed or disabled control to its region, never to the body', async () => {
    const el = await fixture<FeedHost>(html`<feed-host></feed-host>`);
    el.shadowRoot!.querySelector<HTMLElement>('article[data-id=a1] button')!.focus();
    el.gone = 'a1';
    await el.updateComplete;
    expect(active(el), 'the removed button hands focus to its article').to.equal('a1');
    const next = [...el.shadowRoot!.querySelectorAll('nav button')][1] as HTMLElement;
    next.focus();
    el.last = true;
    await el.updateComplete;
    expect(active(el), 'disabled Next hands focus to Prev').to.equal('Prev');
    el.shadowRoot!.querySelector<HTMLElement>('article[data-id=a3]')!.focus();
    el.count = 2;
    await el.updateComplete;
    expect(active(el), 'a removed article: the restore rule picks the first').to.equal('a0');
    el.count = 3;
    await el.updateComplete;
    expect(active(el), 'focus left alone when it survives').to.equal('a0');
  });
});
