import { expect, fixture, html } from '@open-wc/testing';
import { KitElement } from './kit-element.js';

/** A promise with its resolve / reject in hand. */
function gate<T = void>(): { promise: Promise<T>; resolve(v: T): void; reject(e: unknown): void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** `pending()` made callable, and a render count to see the updates it waits for. */
class PendingProbe extends KitElement {
  renders = 0;
  label = 'idle';
  track<T>(p: Promise<T>): Promise<T> {
    return this.pending(p);
  }
  protected override render() {
    this.renders++;
    return html`<p>${this.label}</p>`;
  }
}
customElements.define('kit-pending-probe', PendingProbe);

/** Whether `p` settled by the time the microtasks and a macrotask have run. */
async function settledSoon(p: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void p.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((r) => setTimeout(r));
  return settled;
}

describe('KitElement pending()', () => {
  it('updateComplete waits for a recorded promise, then for the update it caused', async () => {
    const el = await fixture<PendingProbe>(html`<kit-pending-probe></kit-pending-probe>`);
    const code = gate<string>();
    const returned = el.track(code.promise.then((v) => ((el.label = v), el.requestUpdate(), v)));
    const done = el.updateComplete;
    expect(await settledSoon(done), 'waits while the code loads').to.be.false;
    code.resolve('loaded');
    expect(await done).to.be.true;
    // The render the loaded code asked for is on screen when updateComplete resolves.
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('loaded');
    expect(await returned, 'pending() returns the promise unchanged').to.equal('loaded');
  });

  it('a rejected promise ends the wait without rejecting it, and stays the caller’s to handle', async () => {
    const el = await fixture<PendingProbe>(html`<kit-pending-probe></kit-pending-probe>`);
    const code = gate();
    const returned = el.track(code.promise);
    const done = el.updateComplete;
    code.reject(new TypeError('Failed to fetch dynamically imported module'));
    expect(await done).to.be.true;
    let caught: unknown;
    await returned.catch((e: unknown) => (caught = e));
    expect(caught).to.be.instanceOf(TypeError);
  });

  it('waits for work recorded while it waits (a load that starts another), until none is left', async () => {
    const el = await fixture<PendingProbe>(html`<kit-pending-probe></kit-pending-probe>`);
    const first = gate();
    const second = gate();
    let secondRecorded = false;
    void el.track(first.promise).then(() => {
      void el.track(second.promise);
      secondRecorded = true;
    });
    const done = el.updateComplete;
    first.resolve();
    expect(await settledSoon(done), 'waits for the second load').to.be.false;
    expect(secondRecorded).to.be.true;
    second.resolve();
    expect(await done).to.be.true;
  });

  it('does not wait for settled work: updateComplete is the plain update once everything has settled', async () => {
    const el = await fixture<PendingProbe>(html`<kit-pending-probe></kit-pending-probe>`);
    await el.track(Promise.resolve());
    await el.updateComplete;
    const before = el.renders;
    el.label = 'changed';
    el.requestUpdate();
    expect(await settledSoon(el.updateComplete)).to.be.true;
    expect(el.renders).to.equal(before + 1);
    // Several elements keep their own records: one element's load does not hold another's updateComplete.
    const other = await fixture<PendingProbe>(html`<kit-pending-probe></kit-pending-probe>`);
    void other.track(gate().promise);
    expect(await settledSoon(el.updateComplete)).to.be.true;
  });
});
