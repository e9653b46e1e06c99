/** Test and story helpers for `<review-list>`: review fixtures, adapter wrappers and role/name queries. */
import type { Review, SellerKitAdapter } from '../../data/models.js';
import { forwardAdapter } from '../../data/lazy-adapter.js';

export const NOW = new Date('2026-11-20T12:00:00.000Z');
const DAY = 86_400_000;

/** A review published `ageDays` before NOW (default: i hours ago), eligible for Contact Customer when critical. */
export function makeReview(i: number, over: Partial<Review> = {}): Review {
  return {
    id: `r${i}`,
    asin: `B0TEST${String(i).padStart(4, '0')}`,
    productTitle: `Test product ${i}`,
    brandId: 'northwind-home',
    marketplaceId: 'ATVPDKIKX0DER',
    rating: (i % 5) + 1,
    title: `Review title ${i}`,
    body: `Review body ${i}`,
    reviewerName: `Reviewer ${i}`,
    publishedAt: new Date(NOW.getTime() - (i + 1) * 3_600_000).toISOString(),
    verifiedPurchase: true,
    sellerOfRecord: true,
    orderDate: new Date(NOW.getTime() - 20 * DAY).toISOString(),
    done: false,
    comments: [],
    contact: null,
    ...over,
  };
}

/** `count` reviews spread over the last 25 days (all inside the 30-day retention window). */
export function manyReviews(count: number): Review[] {
  const span = 25 * DAY;
  return Array.from({ length: count }, (_, i) =>
    makeReview(i, { publishedAt: new Date(NOW.getTime() - 3_600_000 - Math.floor((i * span) / count)).toISOString() }),
  );
}

/** Forwards every adapter method explicitly (works for class-based adapters too), with overrides. */
export function wrapAdapter(base: SellerKitAdapter, over: Partial<SellerKitAdapter> = {}): SellerKitAdapter {
  return forwardAdapter(base, over);
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, [role=button], summary',
  checkbox: 'input[type=checkbox]:not([role]), [role=checkbox]',
  switch: '[role=switch]',
  link: 'a[href]',
  textbox: 'textarea, input[type=text], input[type=search], input:not([type])',
  searchbox: 'input[type=search]',
  combobox: 'select',
  img: '[role=img], img',
  article: 'article',
  feed: '[role=feed]',
  alert: '[role=alert]',
  status: '[role=status]',
  group: 'fieldset, [role=group], details',
  navigation: 'nav, [role=navigation]',
  dialog: 'dialog, [role=dialog]',
  radio: 'input[type=radio]',
};

/** A simplified accessible name: aria-label, aria-labelledby, a <label>, else the text content. */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const label = el.getAttribute('aria-label');
  if (label) return norm(label);
  const by = el.getAttribute('aria-labelledby');
  if (by)
    return norm(
      by
        .split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? '')
        .join(' '),
    );
  if (el.id) {
    const forLabel = root.querySelector?.(`label[for="${CSS.escape(el.id)}"]`);
    if (forLabel) return norm(forLabel.textContent);
  }
  const wrapping = el.closest('label');
  if (wrapping) return norm(wrapping.textContent);
  if (el.localName === 'fieldset') return norm(el.querySelector('legend')?.textContent);
  if (el.localName === 'details') return norm(el.querySelector('summary')?.textContent);
  return norm(el.textContent);
}

/** All elements of a role whose accessible name matches (exact string, or a RegExp). */
export function allByRole<T extends HTMLElement = HTMLElement>(
  root: ParentNode,
  role: string,
  name?: string | RegExp,
): T[] {
  const sel = ROLE_SELECTORS[role] ?? `[role=${role}]`;
  return [...root.querySelectorAll<T>(sel)].filter((el) => {
    if (name === undefined) return true;
    const n = accessibleName(el);
    return typeof name === 'string' ? n === name : name.test(n);
  });
}

/** The first element of a role and name; throws a readable error when there is none. */
export function byRole<T extends HTMLElement = HTMLElement>(root: ParentNode, role: string, name?: string | RegExp): T {
  const el = allByRole<T>(root, role, name)[0];
  if (!el) throw new Error(`No ${role} named ${String(name)}`);
  return el;
}
