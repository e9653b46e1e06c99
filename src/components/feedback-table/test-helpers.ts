/** Test helpers for `<feedback-table>`: find controls by role and accessible name, as a person would. */
import { waitUntil } from '@open-wc/testing';
import type { Feedback } from '../../data/models.js';

/**
 * The confirm dialog, once open with its content. It belongs to the replies' chunk, which may still be loading when
 * the press lands (a press right after the rows render): it is looked up until it is there, open and filled.
 */
export async function openConfirm(root: ShadowRoot): Promise<HTMLDialogElement> {
  const find = () => root.querySelector<HTMLDialogElement>('dialog.confirm');
  await waitUntil(() => find()?.open && find()!.querySelector('h2'), 'confirm dialog open');
  return find()!;
}

const ROLES: Record<string, string> = {
  button: 'button',
  radio: 'input[type=radio]',
  textbox: 'textarea, input[type=text]',
  dialog: 'dialog',
  table: 'table',
  columnheader: 'th[scope=col]',
  rowheader: 'th[scope=row]',
  row: 'tr',
  status: '[role=status]',
  alert: '[role=alert]',
};

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text of a node without its aria-hidden parts. */
function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  let out = '';
  node.childNodes.forEach((c) => (out += visibleText(c)));
  return out;
}

/** A simplified accessible name: aria-labelledby, aria-label, label, caption, else the visible text. */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as ShadowRoot | Document;
  const by = el.getAttribute('aria-labelledby');
  if (by)
    return norm(
      by
        .split(/\s+/)
        .map((id) => visibleText(root.getElementById(id) ?? document.createElement('i')))
        .join(' '),
    );
  const label = el.getAttribute('aria-label');
  if (label) return norm(label);
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    return norm(el.labels?.[0] ? visibleText(el.labels[0]) : '');
  }
  if (el instanceof HTMLTableElement) return norm(el.caption ? visibleText(el.caption) : '');
  return norm(visibleText(el));
}

export function allByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement[] {
  const sel = ROLES[role] ?? `[role=${role}]`;
  return [...root.querySelectorAll<HTMLElement>(sel)].filter((el) => {
    if (name === undefined) return true;
    const n = accessibleName(el);
    return typeof name === 'string' ? n === name : name.test(n);
  });
}

export function byRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement {
  const found = allByRole(root, role, name);
  if (!found.length) throw new Error(`No ${role} named ${String(name)}`);
  return found[0]!;
}

export const NOW = new Date('2026-11-20T12:00:00.000Z');
const DAY = 86_400_000;

/** One feedback entry `days` days before NOW. */
export function feedbackEntry(i: number, over: Partial<Feedback> = {}): Feedback {
  return {
    id: `f${i}`,
    orderId: `111-${String(1000000 + i)}-${String(2000000 + i)}`,
    date: new Date(NOW.getTime() - (i % 400) * DAY).toISOString(),
    rating: (i % 5) + 1,
    comments: `Comment number ${i}`,
    raterEmail: `x7k${i}q@marketplace.amazon.com`,
    fulfillment: i % 2 ? 'afn' : 'mfn',
    reply: null,
    removal: null,
    ...over,
  };
}
