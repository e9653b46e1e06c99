import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { IntentController } from './intent-controller.js';

class IntentHost extends LitElement {
  intents = new IntentController(this);
  protected override render() {
    return html`<p class="pending">${this.intents.pending('a') ? 'pending' : 'idle'}</p>
      ${this.intents.renderAnnouncer()}`;
  }
}
customElements.define('intent-host', IntentHost);

const shown = (el: IntentHost, sel: string) => el.shadowRoot!.querySelector(sel)!.textContent!.trim();

describe('IntentController', () => {
  it('runs one request per id, reuses the key for the same intent after a failure, and keeps the error', async () => {
    const el = await fixture<IntentHost>(html`<intent-host></intent-host>`);
    const i = el.intents;
    const keys: string[] = [];
    let release!: () => void;
    const first = i.run('a', 'hello', (key) => {
      keys.push(key);
      return new Promise<void>((_, reject) => (release = () => reject(new Error('timeout'))));
    });
    await el.updateComplete;
    expect(i.pending('a')).to.equal(true);
    expect(shown(el, '.pending')).to.equal('pending');
    expect(await i.run('a', 'hello', async () => 1), 'a second run while pending is skipped').to.deep.equal({
      ok: false,
      skipped: true,
    });
    release();
    const outcome = await first;
    expect(outcome.ok).to.equal(false);
    expect(i.pending('a')).to.equal(false);
    expect((i.error('a') as Error).message).to.equal('timeout');
    expect(i.hasError('a')).to.equal(true);
    // Same intent: same key; the error goes when the retry starts.
    const retry = await i.run('a', 'hello', async (key) => (keys.push(key), expect(i.hasError('a')).to.equal(false)));
    expect(retry.ok).to.equal(true);
    expect(keys[1]).to.be.a('string').and.equal(keys[0]);
    // After a success, even the same text is a new intent; a different text too.
    await i.run('a', 'hello', async (key) => keys.push(key));
    expect(keys[2]).to.not.equal(keys[0]);
    await i.run('a', 'other', async (key) => keys.push(key));
    expect(keys[3]).to.not.equal(keys[2]);
    // A changed intent after a failure gets a new key; forget() drops a kept one.
    expect(i.key('b', 'x')).to.equal(i.key('b', 'x'));
    const kept = i.key('b', 'x');
    expect(i.key('b', 'y')).to.not.equal(kept);
    const y = i.key('b', 'y');
    i.forget('b');
    expect(i.key('b', 'y')).to.not.equal(y);
    // Failures from elsewhere (a closed dialog) and clearing them.
    i.fail('c', new Error('late'));
    expect(i.clear('c')).to.equal(true);
    expect(i.clear('c')).to.equal(false);
  });

  it('announces the same text twice (cleared first)', async () => {
    const el = await fixture<IntentHost>(html`<intent-host></intent-host>`);
    const seen: string[] = [];
    const region = el.shadowRoot!.querySelector('[role=status]')!;
    new MutationObserver(() => seen.push(region.textContent!.trim())).observe(region, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    el.intents.announce('Saved');
    await waitUntil(() => shown(el, '[role=status]') === 'Saved');
    el.intents.announce('Saved');
    await el.updateComplete;
    expect(shown(el, '[role=status]'), 'cleared first').to.equal('');
    await waitUntil(() => shown(el, '[role=status]') === 'Saved');
    await waitUntil(() => seen.filter((s) => s === 'Saved').length === 2, 'announced twice');
  });
});
