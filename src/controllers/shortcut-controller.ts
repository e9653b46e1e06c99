import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a shortcut does: gets the element the key was pressed on (inside shadow roots) and the event. */
export type ShortcutHandler = (target: HTMLElement, e: KeyboardEvent) => void;

export interface ShortcutOptions {
  /** Single-character shortcuts are on (WCAG 2.1.4: the user or the page must be able to turn them off). */
  enabled(): boolean;
  /** `KeyboardEvent.key` → handler, e.g. `{ x: select, e: done, '?': help }`. Letters are matched lower-case. */
  keys: Readonly<Record<string, ShortcutHandler>>;
}

/** Where a key is text, a choice or belongs to a dialog or a widget with its own keys: never a shortcut there. */
const TYPING =
  'textarea, select, [contenteditable]:not([contenteditable="false"]), dialog, [role=dialog], [role=textbox], ' +
  '[role=combobox], [role=searchbox], [role=spinbutton], [role=slider], [role=listbox], [role=menu], [role=grid], ' +
  '[role=application]';
const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color', 'image']);

/** True when a key pressed on `el` must be left to it: a text field, a select, a dialog, contenteditable… */
export function isTypingTarget(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLInputElement) return !NOT_TEXT_INPUTS.has(el.type);
  return !!el.closest(TYPING) || (el instanceof HTMLElement && el.isContentEditable);
}

/**
 * Single-key shortcuts of an element (the kit's rules, so that every element behaves the same way):
 *
 * - handled only on the element's own content (bind `onKeydown` on a container), never on a text field, select,
 *   dialog, contenteditable or ARIA widget with keys of its own (`isTypingTarget`);
 * - never with Ctrl, Alt or Meta (those belong to the browser, the system and assistive technology); Shift only
 *   for keys that need it (`?`), letters must be unshifted;
 * - a key another handler took (`defaultPrevented`) is left alone;
 * - can be turned off (`enabled()` false; WCAG 2.1.4 Character Key Shortcuts): the element exposes it as a
 *   property/attribute and in its help, and every shortcut also has a visible control.
 */
export class ShortcutController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: ShortcutOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  readonly onKeydown = (e: KeyboardEvent): void => {
    if (!this.options.enabled() || e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
    const letter = /^[a-z]$/i.test(e.key);
    if (letter && e.shiftKey) return;
    const handler = this.options.keys[letter ? e.key.toLowerCase() : e.key];
    const target = e.composedPath()[0];
    if (!handler || !(target instanceof HTMLElement) || isTypingTarget(target)) return;
    e.preventDefault();
    handler(target, e);
  };
}
