/** DOM helpers for the quality tests (hostile text, faults): deep walks through shadow roots, role lookups. */

/** Every element under `root`, descending into open shadow roots (not into the host's light DOM slots twice). */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Every text node's data under `root`, through shadow roots. */
export function deepTexts(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push((node as Text).data);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return out;
}

/** `querySelectorAll` through shadow roots. */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return deepElements(root).filter((e) => e.matches(selector)) as T[];
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  let out = '';
  node.childNodes.forEach((c) => (out += visibleText(c)));
  return out;
}

/** A simplified accessible name: aria-labelledby, aria-label, the label of a form control, else the text. */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as ShadowRoot | Document;
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    return norm(
      by
        .split(/\s+/)
        .map((id) => {
          const t = root.getElementById(id);
          return t ? visibleText(t) : '';
        })
        .join(' '),
    );
  }
  const label = el.getAttribute('aria-label');
  if (label) return norm(label);
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
    return norm(el.labels?.[0] ? visibleText(el.labels[0]) : '');
  }
  return norm(visibleText(el));
}

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, [role=button]',
  checkbox: 'input[type=checkbox]:not([role])',
  radio: 'input[type=radio]',
  textbox: 'textarea, input[type=text], input[type=search]',
  dialog: 'dialog, [role=dialog]',
  alert: '[role=alert]',
  status: '[role=status]',
  row: 'tr, [role=row]',
  article: 'article',
  link: 'a[href]',
};

/** Elements of a role (through shadow roots) whose accessible name equals `name` or matches it. */
export function allByRole<T extends HTMLElement = HTMLElement>(
  root: ParentNode,
  role: string,
  name?: string | RegExp,
): T[] {
  const sel = ROLE_SELECTORS[role] ?? `[role=${role}]`;
  return deepQueryAll<T>(root, sel).filter((el) => {
    if (name === undefined) return true;
    const n = accessibleName(el);
    return typeof name === 'string' ? n === name : name.test(n);
  });
}

export function byRole<T extends HTMLElement = HTMLElement>(root: ParentNode, role: string, name?: string | RegExp): T {
  const found = allByRole<T>(root, role, name);
  if (!found.length) throw new Error(`No ${role} named ${String(name)}`);
  return found[0]!;
}

export function queryByRole<T extends HTMLElement = HTMLElement>(
  root: ParentNode,
  role: string,
  name?: string | RegExp,
): T | null {
  return allByRole<T>(root, role, name)[0] ?? null;
}

/** Types into a text field the way a person would, as far as the element can tell (value + input event). */
export function typeInto(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
}

/** Waits a couple of frames and a macrotask: long enough for error events of injected images and the like. */
export async function settle(ms = 30): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await new Promise((r) => setTimeout(r, ms));
}
