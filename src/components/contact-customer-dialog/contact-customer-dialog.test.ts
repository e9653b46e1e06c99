import { fixture, html, expect, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/review-kit-provider.js';
import '../../define/contact-customer-dialog.js';
import type { ContactCustomerDialog } from './contact-customer-dialog.js';
import { ContactCancelEvent, ContactSentEvent } from './contact-customer-dialog.events.js';
import { findReview } from './find-review.js';
import { SellerKitError } from '../../data/errors.js';
import type { ContactReason, Page, Review, SellerKitAdapter } from '../../data/models.js';
import { CONTACT_TEMPLATES } from '../../policy/index.js';
import { translate, type Locale } from '../../i18n/index.js';
import { CONTACTED, INELIGIBLE, NOW, memoryAdapter, review, spyAdapter } from './test-helpers/fixtures.js';

// ---- helpers: find controls by role and accessible name, as a person would ----

const root = (el: ContactCustomerDialog) => el.shadowRoot!;
const dialogOf = (el: ContactCustomerDialog) => root(el).querySelector('dialog')!;
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

function button(el: ContactCustomerDialog, name: string): HTMLButtonElement | undefined {
  return [...root(el).querySelectorAll('button')].find((b) => text(b) === name);
}
/**
 * The accessible name of a form control, computed from the DOM as browsers do for the cases the dialog uses:
 * aria-labelledby, aria-label, `<label for>` and a wrapping `<label>` (the whole label text counts).
 */
function accessibleName(control: HTMLElement): string {
  const scope = control.getRootNode() as ShadowRoot | Document;
  const by = control.getAttribute('aria-labelledby');
  if (by)
    return by
      .split(/\s+/)
      .map((id) => text(scope.getElementById(id)))
      .join(' ')
      .trim();
  const label = control.getAttribute('aria-label');
  if (label) return label.replace(/\s+/g, ' ').trim();
  const labels = [
    ...(control.id ? [...scope.querySelectorAll(`label[for="${CSS.escape(control.id)}"]`)] : []),
    ...(control.closest('label') ? [control.closest('label')!] : []),
  ];
  return [...new Set(labels)].map(text).join(' ').trim();
}
/** The radio with exactly this accessible name. */
function radio(el: ContactCustomerDialog, name: string): HTMLInputElement | undefined {
  return [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => accessibleName(r) === name);
}
/** The text of the elements referenced by aria-describedby. */
const description = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => text((control.getRootNode() as ShadowRoot).getElementById(id)))
    .join(' ')
    .trim();
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
const sentEvent = (t: EventTarget) => oneEvent(t, 'contact-sent') as unknown as Promise<ContactSentEvent>;
const cancelEvent = (t: EventTarget) => oneEvent(t, 'contact-cancel') as unknown as Promise<ContactCancelEvent>;
const preview = (el: ContactCustomerDialog) => text(root(el).querySelector('.preview .mail'));

/** The text the preview should show: the policy template in that locale, or the "not available" note. */
function expectedPreview(locale: Locale, reason: ContactReason, r: Review): string {
  const { subjectKey, bodyKey } = CONTACT_TEMPLATES[reason];
  const params = {
    productTitle: r.productTitle,
    sellerName: 'Northwind Goods',
    brandName: 'Northwind Home',
    asin: r.asin,
  };
  const subject = translate(locale, subjectKey, params);
  const body = translate(locale, bodyKey, params);
  if (subject === subjectKey || body === bodyKey) return translate(locale, 'contact.preview.unavailable');
  return `${translate(locale, 'contact.preview.subject')} ${subject} ${body}`.replace(/\s+/g, ' ').trim();
}

async function setup(adapter: SellerKitAdapter | null = memoryAdapter(), lang = 'en') {
  const wrap = await fixture<HTMLElement>(
    html`<div>
      <button id="trigger">Open</button>
      <review-kit-provider .adapter=${adapter ?? undefined} .now=${NOW} lang=${lang}>
        <contact-customer-dialog></contact-customer-dialog>
      </review-kit-provider>
    </div>`,
  );
  const el = wrap.querySelector('contact-customer-dialog')!;
  const trigger = wrap.querySelector<HTMLButtonElement>('#trigger')!;
  return { el, trigger };
}

/** Opens from the trigger, as review-list does, and waits until the form (or a refusal) is there. */
async function openWith(el: ContactCustomerDialog, trigger: HTMLElement, r: Review = review()) {
  trigger.focus();
  el.show(r, trigger);
  await waitUntil(() => button(el, 'Cancel') && root(el).querySelector('.loading') === null, 'dialog content');
  await el.updateComplete;
}

describe('<contact-customer-dialog>', () => {
  describe('closed', () => {
    it('renders a closed native dialog and nothing inside', async () => {
      const { el } = await setup();
      expect(el.open).to.equal(false);
      expect(dialogOf(el).open).to.equal(false);
      expect(radio(el, 'Courtesy refund')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('opening', () => {
    it('opens modally with the accessible name "Contact customer" and focus on the first radio', async () => {
      const { el, trigger } = await setup();
      await openWith(el, trigger);
      const dialog = dialogOf(el);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      const labelledBy = root(el).getElementById(dialog.getAttribute('aria-labelledby')!);
      expect(text(labelledBy)).to.equal('Contact customer');
      await waitUntil(() => deepActive() === radio(el, 'Courtesy refund'), 'focus on the first radio');
      await expect(el).to.be.accessible();
    });

    it('shows the review context as text: product title, rating and review title', async () => {
      const { el, trigger } = await setup();
      const r = review({ title: '<b>not bold</b>' });
      await openWith(el, trigger, r);
      const context = text(root(el).querySelector('.review'));
      expect(context).to.contain(r.productTitle);
      expect(context).to.contain('2 out of 5 stars');
      expect(context).to.contain('<b>not bold</b>');
      expect(root(el).querySelector('.review b')).to.equal(null);
    });

    it('opens through the open attribute and keeps the property reflected', async () => {
      const { el } = await setup();
      el.review = review();
      el.setAttribute('open', '');
      await waitUntil(() => radio(el, 'Courtesy refund'), 'form');
      expect(dialogOf(el).open).to.equal(true);
      el.close();
      await el.updateComplete;
      expect(el.hasAttribute('open')).to.equal(false);
      expect(dialogOf(el).open).to.equal(false);
    });

    it('loads the review by review-id, showing a loading state first', async () => {
      const inner = memoryAdapter();
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const adapter = {
        ...inner,
        listReviews: async (...a: Parameters<SellerKitAdapter['listReviews']>) => {
          await gate;
          return inner.listReviews(...a);
        },
      };
      const { el } = await setup(adapter);
      el.reviewId = 'rv-1';
      el.open = true;
      await waitUntil(() => root(el).querySelector('.loading'), 'loading state');
      expect(text(root(el).querySelector('.loading'))).to.contain('Loading the review…');
      expect(dialogOf(el).getAttribute('aria-busy')).to.equal('true');
      expect(button(el, 'Send')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
      release();
      await waitUntil(() => radio(el, 'Courtesy refund'), 'form');
      expect(text(root(el).querySelector('.review'))).to.contain(review().productTitle);
      expect(dialogOf(el).getAttribute('aria-busy')).to.equal('false');
    });

    it('shows not-found (with Retry) when the id is not among the listed reviews', async () => {
      const { el } = await setup();
      el.reviewId = 'nope';
      el.open = true;
      await waitUntil(() => root(el).querySelector('[role=alert]'), 'error');
      expect(root(el).querySelector('.error')!.getAttribute('data-code')).to.equal('not-found');
      expect(button(el, 'Retry')).to.exist;
      expect(button(el, 'Send')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows a configuration error inside the dialog when no adapter is in reach', async () => {
      const { el, trigger } = await setup(null);
      el.show(review(), trigger);
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(true);
      expect(root(el).querySelector('.config-error[role=alert]')).to.exist;
      expect(text(root(el).querySelector('.config-error'))).to.contain('<contact-customer-dialog> has no data adapter');
      expect(button(el, 'Send')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
      button(el, 'Cancel')!.click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
    });
  });

  describe('findReview', () => {
    it('pages through listReviews (done included, 500 a page) until it finds the id', async () => {
      const queries: { offset?: number; limit?: number; includeDone?: boolean }[] = [];
      const all = Array.from({ length: 5 }, (_, i) => review({ id: `p${i}` }));
      const adapter = {
        listReviews: async (q: { offset?: number; limit?: number; includeDone?: boolean }): Promise<Page<Review>> => {
          queries.push(q);
          const offset = q.offset ?? 0;
          return { items: all.slice(offset, offset + 2), total: all.length, offset };
        },
      } as unknown as SellerKitAdapter;
      expect((await findReview(adapter, 'p4')).id).to.equal('p4');
      expect(queries.map((q) => q.offset)).to.deep.equal([0, 2, 4]);
      expect(queries.every((q) => q.includeDone === true && q.limit === 500)).to.equal(true);
      queries.length = 0;
      let error: unknown;
      await findReview(adapter, 'p9').catch((e: unknown) => (error = e));
      expect((error as SellerKitError).code).to.equal('not-found');
      expect(queries).to.have.length(3);
    });

    it('stops after 20 pages', async () => {
      let n = 0;
      const adapter = {
        listReviews: async (q: { offset?: number }): Promise<Page<Review>> => {
          n++;
          return { items: [review({ id: `x${q.offset ?? 0}` })], total: 1e6, offset: q.offset ?? 0 };
        },
      } as unknown as SellerKitAdapter;
      const error = await findReview(adapter, 'never').catch((e: unknown) => e);
      expect((error as SellerKitError).code).to.equal('not-found');
      expect(n).to.equal(20);
    });
  });

  describe('reasons and preview', () => {
    it('switches the read-only preview with the radio selection', async () => {
      const { el, trigger } = await setup();
      await openWith(el, trigger);
      expect(radio(el, 'Courtesy refund')!.checked).to.equal(true);
      expect(root(el).querySelector('fieldset legend')).to.exist;
      // Exact names (the hints are descriptions, not part of the name).
      const names = [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')].map(accessibleName);
      expect(names).to.deep.equal(['Courtesy refund', 'Customer support']);
      expect(description(radio(el, 'Courtesy refund')!)).to.equal(
        translate('en', 'contact.reason.courtesy-refund.hint'),
      );
      expect(description(radio(el, 'Customer support')!)).to.equal(
        translate('en', 'contact.reason.customer-support.hint'),
      );
      // Clicking the visible name selects its radio.
      root(el).querySelector<HTMLLabelElement>('label[for="reason-customer-support"]')!.click();
      await el.updateComplete;
      expect(radio(el, 'Customer support')!.checked).to.equal(true);
      radio(el, 'Courtesy refund')!.click();
      await el.updateComplete;
      expect(preview(el)).to.equal(expectedPreview('en', 'courtesy-refund', review()));
      radio(el, 'Customer support')!.click();
      await el.updateComplete;
      expect(radio(el, 'Customer support')!.checked).to.equal(true);
      expect(preview(el)).to.equal(expectedPreview('en', 'customer-support', review()));
      expect(root(el).querySelector('.preview textarea, .preview input, .preview [contenteditable]')).to.equal(null);
      expect(text(root(el).querySelector('.preview .note'))).to.contain('fixed template');
      expect(text(root(el).querySelector('.preview .note'))).to.contain('cannot be edited');
    });

    it('selects a reason with the arrow keys', async () => {
      const { el, trigger } = await setup();
      await openWith(el, trigger);
      await waitUntil(() => deepActive() === radio(el, 'Courtesy refund'));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radio(el, 'Customer support')!.checked).to.equal(true);
      expect(preview(el)).to.equal(expectedPreview('en', 'customer-support', review()));
    });

    it('never ties the courtesy refund to the review (English preview)', async () => {
      const { el, trigger } = await setup();
      await openWith(el, trigger);
      expect(preview(el)).to.not.match(/\breview/i);
    });

    it('shows each template in German (lang="de" on the provider)', async () => {
      const { el, trigger } = await setup(memoryAdapter(), 'de');
      trigger.focus();
      el.show(review(), trigger);
      await waitUntil(() => text(root(el).querySelector('h2')) === 'Kunden kontaktieren', 'German strings loaded');
      await waitUntil(() => radio(el, 'Kulanzerstattung'), 'German form');
      await el.updateComplete;
      const de = expectedPreview('de', 'courtesy-refund', review());
      expect(preview(el)).to.equal(de);
      expect(de).to.not.equal(expectedPreview('en', 'courtesy-refund', review()));
      radio(el, 'Kundenservice')!.click();
      await el.updateComplete;
      expect(preview(el)).to.equal(expectedPreview('de', 'customer-support', review()));
      expect(button(el, 'Senden')).to.exist;
      expect(button(el, 'Abbrechen')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('closing', () => {
    it('closes on Escape, returns focus to the trigger and fires contact-cancel', async () => {
      const { el, trigger } = await setup();
      await openWith(el, trigger);
      await waitUntil(() => deepActive() === radio(el, 'Courtesy refund'));
      const cancelled = cancelEvent(el);
      await sendKeys({ press: 'Escape' });
      const ev = await cancelled;
      expect(ev).to.be.instanceOf(ContactCancelEvent);
      expect(ev.alreadyContacted).to.equal(false);
      expect(el.open).to.equal(false);
      expect(dialogOf(el).open).to.equal(false);
      expect(document.activeElement).to.equal(trigger);
    });

    it('closes on Cancel, fires a bubbling, composed contact-cancel and restores focus', async () => {
      const { el, trigger } = await setup();
      await openWith(el, trigger);
      const cancelled = cancelEvent(document.body);
      button(el, 'Cancel')!.click();
      const ev = await cancelled;
      expect(ev.bubbles && ev.composed).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(false);
      expect(document.activeElement).to.equal(trigger);
    });

    it('stays open when opened again right after closing', async () => {
      const { el, trigger } = await setup();
      await openWith(el, trigger);
      el.close();
      await el.updateComplete;
      el.show(undefined, trigger);
      await aTimeout(50);
      expect(el.open).to.equal(true);
      expect(dialogOf(el).open).to.equal(true);
    });

    it("returns focus to the trigger's focusable container when the host replaced the trigger meanwhile", async () => {
      const { el } = await setup();
      const card = await fixture<HTMLElement>(
        html`<div tabindex="0" id="card">
          <p><button>Contact</button></p>
        </div>`,
      );
      const trigger = card.querySelector('button')!;
      await openWith(el, trigger);
      trigger.replaceWith('Customer contacted'); // as review-list does on contact-sent
      el.close();
      await el.updateComplete;
      expect(document.activeElement?.id).to.equal('card');
    });

    it('returns focus to the element focused before opening when no trigger is given', async () => {
      const { el, trigger } = await setup();
      trigger.focus();
      el.review = review();
      el.open = true;
      await waitUntil(() => radio(el, 'Courtesy refund'));
      el.close();
      await el.updateComplete;
      expect(document.activeElement).to.equal(trigger);
    });
  });

  describe('eligibility', () => {
    it('refuses an ineligible review opened by code: lists the reasons, Send disabled, nothing sent', async () => {
      const spy = spyAdapter();
      const { el, trigger } = await setup(spy.adapter);
      await openWith(el, trigger, INELIGIBLE);
      const items = [...root(el).querySelectorAll('.ineligible li')].map((li) => li.getAttribute('data-reason'));
      expect(items).to.deep.equal(['not-critical', 'not-verified-purchase', 'not-seller-of-record', 'order-too-old']);
      expect(text(root(el).querySelector('.ineligible'))).to.contain('Unable to contact customer');
      expect(root(el).querySelectorAll('.ineligible li')[0]!.textContent!.trim()).to.not.equal('');
      expect(radio(el, 'Courtesy refund')).to.equal(undefined);
      const send = button(el, 'Send')!;
      expect(send.disabled).to.equal(true);
      send.click();
      await aTimeout(20);
      expect(spy.calls).to.have.length(0);
      await waitUntil(() => deepActive() === button(el, 'Cancel'), 'focus on Cancel');
      await expect(el).to.be.accessible();
    });

    it('re-checks on every opening (already contacted, session without edit permission)', async () => {
      const { el, trigger } = await setup();
      await openWith(el, trigger, CONTACTED);
      expect(root(el).querySelector('.ineligible li[data-reason=already-contacted]')).to.exist;
      el.close();
      await el.updateComplete;

      const viewOnly = memoryAdapter();
      const adapter = {
        ...viewOnly,
        getSession: async () => ({
          ...(await viewOnly.getSession()),
          permissions: { reviews: 'view' as const, feedback: 'view' as const, accountHealth: 'view' as const },
        }),
      };
      const second = await setup(adapter);
      await openWith(second.el, second.trigger, review());
      expect(root(second.el).querySelector('.ineligible li[data-reason=no-edit-permission]')).to.exist;
      expect(button(second.el, 'Send')!.disabled).to.equal(true);
    });
  });

  describe('sending', () => {
    it('sends once on a double click, shows "Sending…" meanwhile, then "Message sent" and contact-sent', async () => {
      const spy = spyAdapter();
      spy.hold();
      const { el, trigger } = await setup(spy.adapter);
      await openWith(el, trigger);
      const send = button(el, 'Send')!;
      send.click();
      send.click();
      await el.updateComplete;
      expect(spy.calls).to.have.length(1);
      expect(text(root(el).querySelector('[role=status]'))).to.equal('Sending…');
      expect(send.getAttribute('aria-disabled')).to.equal('true');
      expect(root(el).querySelector('fieldset')!.disabled).to.equal(true);
      send.click();
      await expect(el).to.be.accessible();
      expect(spy.calls).to.have.length(1);

      const sent = sentEvent(el);
      spy.release();
      const ev = await sent;
      expect(ev).to.be.instanceOf(ContactSentEvent);
      expect(ev.bubbles && ev.composed).to.equal(true);
      expect(ev.review.id).to.equal('rv-1');
      expect(ev.review.contact).to.deep.equal({ reason: 'courtesy-refund', sentAt: NOW.toISOString() });
      await el.updateComplete;
      expect(spy.calls).to.have.length(1);
      const status = root(el).querySelector('[role=status]')!;
      expect(text(status)).to.contain('Message sent');
      expect(text(status)).to.contain('Nov 20, 2026');
      expect(button(el, 'Send')).to.equal(undefined);
      await waitUntil(() => deepActive() === button(el, 'Close'), 'focus on Close');
      await expect(el).to.be.accessible();

      // The host passes the updated review back: the confirmation stays.
      el.review = ev.review;
      await el.updateComplete;
      expect(text(root(el).querySelector('[role=status]'))).to.contain('Message sent');
      await aTimeout(20);
      expect(text(root(el).querySelector('[role=status]'))).to.contain('Message sent');

      let cancelled = false;
      el.addEventListener('contact-cancel', () => (cancelled = true));
      button(el, 'Close')!.click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(cancelled).to.equal(false);
      expect(document.activeElement).to.equal(trigger);
    });

    it('sends once on repeated Enter presses', async () => {
      const spy = spyAdapter();
      spy.hold();
      const { el, trigger } = await setup(spy.adapter);
      await openWith(el, trigger);
      button(el, 'Send')!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      expect(deepActive()).to.equal(button(el, 'Send'));
      expect(spy.calls).to.have.length(1);
      spy.release();
      await waitUntil(() => text(root(el).querySelector('[role=status]')).includes('Message sent'));
      expect(spy.calls).to.have.length(1);
    });

    it('keeps the chosen reason after a failure and retries with the same idempotency key', async () => {
      const spy = spyAdapter();
      spy.failures.push(new SellerKitError('server', 'boom', { status: 500 }));
      const { el, trigger } = await setup(spy.adapter);
      await openWith(el, trigger);
      radio(el, 'Customer support')!.click();
      await el.updateComplete;
      button(el, 'Send')!.click();
      await waitUntil(() => root(el).querySelector('.failure[role=alert]'), 'failure');
      const alert = root(el).querySelector('.failure')!;
      expect(text(alert)).to.contain('The message was not sent');
      expect(text(alert)).to.contain('The server had a problem. Try again.');
      expect(radio(el, 'Customer support')!.checked).to.equal(true);
      expect(preview(el)).to.equal(expectedPreview('en', 'customer-support', review()));
      expect(button(el, 'Send')!.disabled).to.equal(false);
      await expect(el).to.be.accessible();

      const sent = sentEvent(el);
      button(el, 'Send')!.click();
      const ev = await sent;
      expect(ev.review.contact?.reason).to.equal('customer-support');
      expect(spy.calls).to.have.length(2);
      expect(spy.calls[0]!.idempotencyKey).to.be.a('string').and.not.equal('');
      expect(spy.calls[1]!.idempotencyKey).to.equal(spy.calls[0]!.idempotencyKey);
      expect(spy.calls.map((c) => c.reason)).to.deep.equal(['customer-support', 'customer-support']);
    });

    it('reuses the idempotency key (and reason) after a timeout, even when the dialog was closed and reopened', async () => {
      const spy = spyAdapter();
      spy.failures.push(new SellerKitError('timeout', 'slow'));
      const { el, trigger } = await setup(spy.adapter);
      await openWith(el, trigger);
      radio(el, 'Customer support')!.click();
      await el.updateComplete;
      button(el, 'Send')!.click();
      await waitUntil(() => root(el).querySelector('.failure'));
      button(el, 'Cancel')!.click();
      await el.updateComplete;
      await openWith(el, trigger);
      expect(root(el).querySelector('.failure')).to.equal(null);
      expect(radio(el, 'Customer support')!.checked).to.equal(true);
      button(el, 'Send')!.click();
      await waitUntil(() => text(root(el).querySelector('[role=status]')).includes('Message sent'));
      expect(spy.calls).to.have.length(2);
      expect(spy.calls[1]!.idempotencyKey).to.equal(spy.calls[0]!.idempotencyKey);
      expect(spy.calls[1]!.reason).to.equal('customer-support');
    });

    it('uses a new idempotency key on reopening after a definitive failure', async () => {
      const spy = spyAdapter();
      spy.failures.push(new SellerKitError('forbidden', 'no'));
      const { el, trigger } = await setup(spy.adapter);
      await openWith(el, trigger);
      button(el, 'Send')!.click();
      await waitUntil(() => root(el).querySelector('.failure'));
      button(el, 'Cancel')!.click();
      await el.updateComplete;
      await openWith(el, trigger);
      button(el, 'Send')!.click();
      await waitUntil(() => text(root(el).querySelector('[role=status]')).includes('Message sent'));
      expect(spy.calls).to.have.length(2);
      expect(spy.calls[1]!.idempotencyKey).to.not.equal(spy.calls[0]!.idempotencyKey);
    });

    it('starts a new intent (new key, idle state) when another review is given while open', async () => {
      const spy = spyAdapter(memoryAdapter([review(), review({ id: 'rv-9', title: 'Second' })]));
      spy.failures.push(new SellerKitError('timeout', 'slow'));
      const { el, trigger } = await setup(spy.adapter);
      await openWith(el, trigger);
      button(el, 'Send')!.click();
      await waitUntil(() => root(el).querySelector('.failure'));
      el.review = review({ id: 'rv-9', title: 'Second' });
      await waitUntil(() => text(root(el).querySelector('.review')).includes('Second'));
      expect(root(el).querySelector('.failure')).to.equal(null);
      button(el, 'Send')!.click();
      await waitUntil(() => text(root(el).querySelector('[role=status]')).includes('Message sent'));
      expect(spy.calls.map((c) => c.reviewId)).to.deep.equal(['rv-1', 'rv-9']);
      expect(spy.calls[1]!.idempotencyKey).to.not.equal(spy.calls[0]!.idempotencyKey);
    });

    it('shows a conflict as "already contacted", offers no retry, and counts it as done', async () => {
      const inner = memoryAdapter();
      const spy = spyAdapter(inner);
      // The adapter's copy was contacted meanwhile (from another tab); the dialog holds a stale object.
      await inner.contactCustomer('rv-1', 'customer-support');
      const { el, trigger } = await setup(spy.adapter);
      await openWith(el, trigger);
      button(el, 'Send')!.click();
      await waitUntil(() => root(el).querySelector('.failure.conflict[role=alert]'), 'conflict');
      expect(text(root(el).querySelector('.conflict'))).to.contain('Customer already contacted');
      expect(button(el, 'Send')).to.equal(undefined);
      expect(radio(el, 'Courtesy refund')).to.equal(undefined);
      await waitUntil(() => deepActive() === button(el, 'Close'), 'focus on Close');
      await expect(el).to.be.accessible();
      const cancelled = cancelEvent(el);
      button(el, 'Close')!.click();
      expect((await cancelled).alreadyContacted).to.equal(true);
      expect(spy.calls).to.have.length(1);
    });

    it('offers no retry after a policy refusal from the adapter, and lists its reasons', async () => {
      const spy = spyAdapter();
      spy.failures.push(new SellerKitError('policy-violation', 'no', { reasons: ['order-too-old'] }));
      const { el, trigger } = await setup(spy.adapter);
      await openWith(el, trigger);
      button(el, 'Send')!.click();
      await waitUntil(() => root(el).querySelector('.failure'));
      expect(root(el).querySelector('.failure')!.getAttribute('data-code')).to.equal('policy-violation');
      expect(button(el, 'Send')!.disabled).to.equal(true);
      button(el, 'Send')!.click();
      await aTimeout(20);
      expect(spy.calls).to.have.length(1);
    });

    it('reports a send that fails after the dialog was closed: contact-cancel with the review id and error', async () => {
      const spy = spyAdapter();
      spy.hold();
      spy.failures.push(new SellerKitError('timeout', 'slow'));
      const { el, trigger } = await setup(spy.adapter);
      await openWith(el, trigger);
      const events: ContactCancelEvent[] = [];
      el.addEventListener('contact-cancel', (e) => events.push(e));
      button(el, 'Send')!.click();
      button(el, 'Cancel')!.click();
      await el.updateComplete;
      expect(events).to.have.length(0);
      spy.release();
      await waitUntil(() => events.length === 1, 'contact-cancel after the failure');
      expect(events[0]!.reviewId).to.equal('rv-1');
      expect(events[0]!.alreadyContacted).to.equal(false);
      expect((events[0]!.error as SellerKitError).code).to.equal('timeout');
    });

    it('reports a send that finishes after the dialog was closed', async () => {
      const spy = spyAdapter();
      spy.hold();
      const { el, trigger } = await setup(spy.adapter);
      await openWith(el, trigger);
      let cancels = 0;
      el.addEventListener('contact-cancel', () => cancels++);
      button(el, 'Send')!.click();
      button(el, 'Cancel')!.click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
      const sent = sentEvent(el);
      spy.release();
      expect((await sent).review.contact?.reason).to.equal('courtesy-refund');
      expect(cancels).to.equal(0);
    });
  });
});
