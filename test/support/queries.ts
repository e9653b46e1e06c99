/**
 * Finding elements as a person or a screen reader does: by role and accessible name, through open shadow roots.
 * The one query helper of the kit's tests (it replaces three private copies that disagreed on precedence and roles).
 *
 * Role: the explicit `role` attribute (first token) wins, else the element's implicit role (HTML-AAM, the subset the
 * kit renders; `<summary>` counts as a button, as screen readers announce it).
 * Name (accname 1.2 precedence, simplified): `aria-labelledby` → `aria-label` → the native label (`<label>`,
 * `<legend>`, `<caption>`, `alt`, an input button's value; `<details>` by its `<summary>`, a kit convention) → the
 * content, for roles named from content (buttons, links, checkboxes, radios, headers, …; a child's `aria-label` or
 * `alt` stands for it) → `title` → `placeholder`. Subtrees with `aria-hidden="true"` or `hidden` never count.
 * Whitespace is collapsed.
 *
 * No library: `shadow-dom-testing-library` (with `@testing-library/dom`) is not installed here and would add two
 * dependencies for what these ~150 lines do with the kit's roles; Playwright's `getByRole` only runs in its own
 * runner, not in Web Test Runner.
 */
import { waitUntil } from '@open-wc/testing';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Roles whose name comes from their content when nothing else names them. */
const NAME_FROM_CONTENT = new Set([
  'button',
  'cell',
  'checkbox',
  'columnheader',
  'heading',
  'link',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'radio',
  'row',
  'rowheader',
  'switch',
  'tab',
  'tooltip',
  'treeitem',
]);

const INPUT_ROLES: Record<string, string> = {
  button: 'button',
  submit: 'button',
  reset: 'button',
  image: 'button',
  checkbox: 'checkbox',
  radio: 'radio',
  range: 'slider',
  number: 'spinbutton',
  search: 'searchbox',
  text: 'textbox',
  email: 'textbox',
  tel: 'textbox',
  url: 'textbox',
  password: 'textbox',
};

/** The element's role: explicit (`role="…"`, first token) or implicit from its tag. '' when it has none. */
export function roleOf(el: Element): string {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  switch (el.localName) {
    case 'button':
    case 'summary':
      return 'button';
    case 'a':
    case 'area':
      return el.hasAttribute('href') ? 'link' : '';
    case 'input': {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'hidden' || type === 'file' || type === 'color' || type.startsWith('date') || type === 'time')
        return '';
      return INPUT_ROLES[type] ?? 'textbox';
    }
    case 'textarea':
      return 'textbox';
    case 'select':
      return (el as HTMLSelectElement).multiple || (el as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
    case 'option':
      return 'option';
    case 'dialog':
      return 'dialog';
    case 'article':
      return 'article';
    case 'nav':
      return 'navigation';
    case 'main':
      return 'main';
    case 'aside':
      return 'complementary';
    case 'section':
      return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : '';
    case 'fieldset':
    case 'details':
      return 'group';
    case 'table':
      return 'table';
    case 'tr':
      return 'row';
    case 'td':
      return 'cell';
    case 'th': {
      const scope = el.getAttribute('scope');
      if (scope === 'row' || scope === 'rowgroup') return 'rowheader';
      if (scope === 'col' || scope === 'colgroup' || el.closest('thead')) return 'columnheader';
      return el.parentElement?.querySelector('td') ? 'rowheader' : 'columnheader';
    }
    case 'ul':
    case 'ol':
    case 'menu':
      return 'list';
    case 'li':
      return 'listitem';
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading';
    case 'img':
      return el.getAttribute('alt') === '' ? 'presentation' : 'img';
    case 'progress':
      return 'progressbar';
    case 'output':
      return 'status';
    case 'hr':
      return 'separator';
    case 'form':
      return 'form';
    default:
      return '';
  }
}

const skipped = (el: Element) =>
  el.getAttribute('aria-hidden') === 'true' ||
  el.hasAttribute('hidden') ||
  el.localName === 'style' ||
  el.localName === 'script' ||
  el.localName === 'template';

/** Text of a subtree as its name-from-content: a child's `aria-label` or `alt` stands for the child. */
function contentText(node: Node, skip?: Element): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node === skip || skipped(node)) return '';
  const label = node.getAttribute('aria-label');
  if (label?.trim()) return ` ${label} `;
  if (node.localName === 'img') return ` ${node.getAttribute('alt') ?? ''} `;
  if (node instanceof HTMLInputElement && node.type !== 'checkbox' && node.type !== 'radio') return ` ${node.value} `;
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) out += contentText(c, skip);
  // Block elements separate words the way a screen reader does.
  return /^(div|p|li|tr|td|th|h\d|dt|dd|br)$/.test(node.localName) ? ` ${out} ` : out;
}

function nativeLabel(el: Element): string {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
    if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) return el.value;
    if (el instanceof HTMLInputElement && el.type === 'image') return el.alt;
    return [...(el.labels ?? [])].map((l) => contentText(l, el)).join(' ');
  }
  switch (el.localName) {
    case 'fieldset':
      return contentText(el.querySelector(':scope > legend') ?? document.createTextNode(''));
    case 'table':
      return (el as HTMLTableElement).caption ? contentText((el as HTMLTableElement).caption!) : '';
    case 'img':
      return el.getAttribute('alt') ?? '';
    case 'figure':
      return contentText(el.querySelector(':scope > figcaption') ?? document.createTextNode(''));
    case 'details':
      return contentText(el.querySelector(':scope > summary') ?? document.createTextNode(''));
    default:
      return '';
  }
}

/** The accessible name of `el` (see the module comment for the precedence). */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as ShadowRoot | Document;
  const by = el.getAttribute('aria-labelledby');
  if (by?.trim()) {
    const name = by
      .trim()
      .split(/\s+/)
      .map((id) => {
        const t = root.getElementById(id);
        if (!t) return '';
        return t.getAttribute('aria-label')?.trim() || contentText(t);
      })
      .join(' ');
    if (norm(name)) return norm(name);
  }
  const label = norm(el.getAttribute('aria-label'));
  if (label) return label;
  const native = norm(nativeLabel(el));
  if (native) return native;
  if (NAME_FROM_CONTENT.has(roleOf(el))) {
    const content = norm(contentText(el));
    if (content) return content;
  }
  return norm(el.getAttribute('title')) || norm(el.getAttribute('placeholder'));
}

/** Every element under `root`, descending into open shadow roots (in document order, a host before its shadow). */
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

export interface RoleQueryOptions {
  /** Stay in `root`'s own tree: do not descend into the shadow roots of elements inside it. */
  shallow?: boolean;
}

const matches = (el: Element, name: string | RegExp | undefined) => {
  if (name === undefined) return true;
  const n = accessibleName(el);
  return typeof name === 'string' ? n === name : name.test(n);
};

/** Elements of `role` under `root` whose accessible name equals `name` (string) or matches it (RegExp). */
export function allByRole<T extends HTMLElement = HTMLElement>(
  root: ParentNode,
  role: string,
  name?: string | RegExp,
  options: RoleQueryOptions = {},
): T[] {
  const all = options.shallow ? [...root.querySelectorAll('*')] : deepElements(root);
  return all.filter((el) => roleOf(el) === role && matches(el, name)) as T[];
}

/** The first element of `role` and `name`, or null. */
export function queryByRole<T extends HTMLElement = HTMLElement>(
  root: ParentNode,
  role: string,
  name?: string | RegExp,
  options?: RoleQueryOptions,
): T | null {
  return allByRole<T>(root, role, name, options)[0] ?? null;
}

/** The first element of `role` and `name`; throws a readable error (listing what is there) when there is none. */
export function byRole<T extends HTMLElement = HTMLElement>(
  root: ParentNode,
  role: string,
  name?: string | RegExp,
  options?: RoleQueryOptions,
): T {
  const found = queryByRole<T>(root, role, name, options);
  if (found) return found;
  const present = allByRole(root, role, undefined, options).map((e) => JSON.stringify(accessibleName(e)));
  throw new Error(`No ${role} named ${String(name)} (${role}s present: ${present.join(', ') || 'none'})`);
}

/** Waits (default 2 s) until an element of `role` and `name` exists, then returns it. */
export async function findByRole<T extends HTMLElement = HTMLElement>(
  root: ParentNode,
  role: string,
  name?: string | RegExp,
  options: RoleQueryOptions & { timeout?: number } = {},
): Promise<T> {
  await waitUntil(() => queryByRole(root, role, name, options), `no ${role} named ${String(name)}`, {
    timeout: options.timeout ?? 2000,
  });
  return byRole<T>(root, role, name, options);
}
