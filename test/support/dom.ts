/**
 * DOM helpers shared by every browser test: deep walks through shadow roots, typing, settling. Role and name queries
 * live in `./queries.ts` (re-exported here and from `./index.ts`).
 */
import { deepElements } from './queries.js';

export { accessibleName, allByRole, byRole, deepElements, findByRole, queryByRole, roleOf } from './queries.js';

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

/**
 * Like `deepTexts`, but a run of sibling text nodes joined only by `<wbr>` line-break opportunities (and Lit's
 * comment markers) is one string: how the kit renders long tokens (e-mails, order ids) that may wrap. Any other
 * element, e.g. one parsed from hostile text, ends the run.
 */
export function deepTextRuns(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    let run: string | null = null;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === Node.TEXT_NODE) run = (run ?? '') + (c as Text).data;
      else if (c.nodeType === Node.COMMENT_NODE || (c instanceof Element && c.localName === 'wbr')) continue;
      else {
        if (run !== null) out.push(run);
        run = null;
        walk(c);
      }
    }
    if (run !== null) out.push(run);
  };
  walk(root);
  return out;
}

/** `querySelectorAll` through shadow roots. */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return deepElements(root).filter((e) => e.matches(selector)) as T[];
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
