import { fixture, html, expect, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, type TemplateResult } from 'lit';
import { ModalController, deepActiveElement, type CloseSource } from './modal-controller.js';

/** A minimal host: one dialog on the controller, a pending flag and a close-request veto from the test. */
class ModalHost extends LitElement {
  pending = false;
  closeWhilePending = false;
  veto?: CloseSource;
  closes = 0;
  modal = new ModalController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    pending: () => this.pending,
    closeWhilePending: false,
    requestClose: (source) => source !== this.veto,
    onClose: () => this.closes++,
  });
  lax = new ModalController(this, {
    dialog: () => this.renderRoot.querySelector('dialog.lax'),
    pending: () => this.pending,
    closeWhilePending: true,
  });

  override render(): TemplateResult {
    return html`<dialog closedby=${this.modal.closedBy} @cancel=${this.modal.onCancel} @close=${this.modal.onClose}>
        <button id="inside">Inside</button>
      </dialog>
      <dialog class="lax" @cancel=${this.lax.onCancel} @close=${this.lax.onClose}><button>Lax</button></dialog>`;
  }
}
customElements.define('modal-host-test', ModalHost);

async function setup() {
  const wrap = await fixture<HTMLElement>(
    html`<div>
      <div tabindex="-1" id="card">
        <p><button id="trigger">Open</button></p>
      </div>
      <button id="other">Other</button>
      <modal-host-test></modal-host-test>
    </div>`,
  );
  const host = wrap.querySelector('modal-host-test') as ModalHost;
  await host.updateComplete;
  const dialog = host.renderRoot.querySelector('dialog')!;
  const trigger = wrap.querySelector<HTMLButtonElement>('#trigger')!;
  return { wrap, host, dialog, trigger };
}

describe('ModalController', () => {
  it('opens modally and returns focus to the trigger on close', async () => {
    const { host, dialog, trigger } = await setup();
    host.modal.show(trigger);
    expect(dialog.open && dialog.matches(':modal')).to.be.true;
    expect(host.modal.isOpen).to.be.true;
    host.modal.close();
    expect(dialog.open).to.be.false;
    expect(document.activeElement).to.equal(trigger);
    expect(host.closes).to.equal(1);
    host.modal.close();
    expect(host.closes, 'closing twice reports once').to.equal(1);
  });

  it('remembers the focused element when no trigger is given, and keeps a trigger set before', async () => {
    const { wrap, host, trigger } = await setup();
    trigger.focus();
    host.modal.show();
    host.modal.close();
    expect(document.activeElement).to.equal(trigger);
    const other = wrap.querySelector<HTMLButtonElement>('#other')!;
    host.modal.setTrigger(other);
    trigger.focus();
    host.modal.setTrigger();
    host.modal.show();
    host.modal.close();
    expect(document.activeElement).to.equal(other);
  });

  it("returns focus to the trigger's focusable container when the trigger is gone", async () => {
    const { wrap, host, trigger } = await setup();
    host.modal.show(trigger);
    trigger.replaceWith('Done');
    host.modal.close();
    expect(document.activeElement).to.equal(wrap.querySelector('#card'));
  });

  it('runs returnFocus() instead of returning to the trigger', async () => {
    const { wrap, host, trigger } = await setup();
    host.modal.show(trigger);
    const other = wrap.querySelector<HTMLButtonElement>('#other')!;
    host.modal.returnFocus(() => other.focus());
    host.modal.close();
    expect(document.activeElement).to.equal(other);
    host.modal.show(trigger);
    host.modal.close(() => other.focus());
    expect(document.activeElement).to.equal(other);
  });

  it('closes on Escape and on a close request while nothing is pending', async () => {
    const { host, dialog, trigger } = await setup();
    host.modal.show(trigger);
    await host.updateComplete;
    expect(dialog.getAttribute('closedby')).to.equal('closerequest');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => !host.modal.isOpen);
    expect(document.activeElement).to.equal(trigger);
    host.modal.show(trigger);
    expect(host.modal.requestClose('cancel')).to.be.true;
    expect(dialog.open).to.be.false;
    expect(host.modal.requestClose('cancel'), 'nothing to close').to.be.false;
  });

  it('blocks Escape and Cancel while pending (the default rule), but not a close from code', async () => {
    const { host, dialog, trigger } = await setup();
    host.modal.show(trigger);
    host.pending = true;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.modal.blocked).to.be.true;
    expect(dialog.getAttribute('closedby')).to.equal('none');
    expect(host.modal.requestClose('cancel')).to.be.false;
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).to.be.true;
    await sendKeys({ press: 'Escape' });
    await aTimeout(20);
    expect(dialog.open).to.be.true;
    host.modal.close();
    expect(dialog.open).to.be.false;
    expect(document.activeElement).to.equal(trigger);
  });

  it('lets an element opt into closing while pending', async () => {
    const { host, trigger } = await setup();
    const lax = host.renderRoot.querySelector<HTMLDialogElement>('dialog.lax')!;
    host.pending = true;
    host.lax.show(trigger);
    expect(host.lax.blocked).to.be.false;
    expect(host.lax.closedBy).to.equal('closerequest');
    expect(host.lax.requestClose()).to.be.true;
    expect(lax.open).to.be.false;
  });

  it('lets requestClose veto a close request (cancelable request-close)', async () => {
    const { host, dialog, trigger } = await setup();
    host.veto = 'cancel';
    host.modal.show(trigger);
    expect(host.modal.requestClose('cancel')).to.be.false;
    expect(dialog.open).to.be.true;
    host.veto = 'escape';
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).to.be.true;
    host.veto = undefined;
    expect(host.modal.requestClose()).to.be.true;
  });

  it('ignores a queued close event that arrives after the dialog was opened again', async () => {
    const { host, dialog, trigger } = await setup();
    host.modal.show(trigger);
    dialog.close(); // native close: the close event is queued
    host.modal.show(trigger);
    await aTimeout(20);
    expect(host.modal.isOpen).to.be.true;
    expect(dialog.open).to.be.true;
    host.modal.close();
  });

  it('finds the focused element through shadow roots', async () => {
    const { host, trigger } = await setup();
    // With a trigger: showModal() with nothing focused drops Firefox's WebDriver BiDi session in this runner.
    host.modal.show(trigger);
    const inside = host.renderRoot.querySelector<HTMLButtonElement>('#inside')!;
    inside.focus();
    expect(deepActiveElement()).to.equal(inside);
    host.modal.close();
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body) active.blur();
    expect(deepActiveElement()).to.equal(null);
  });
});
