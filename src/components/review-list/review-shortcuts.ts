/**
 * `<review-list>`'s keyboard shortcuts: the key map (each key presses a visible control of the focused review, so
 * every shortcut has a button) and the "Keyboard shortcuts" help dialog (`?`), where single-key shortcuts can also
 * be turned off (WCAG 2.1.4). The rules (never in text fields, selects, dialogs; never with modifiers) are
 * ShortcutController's.
 * @internal
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ModalController } from '../../controllers/modal-controller.js';
import { ShortcutController, type ShortcutHandler } from '../../controllers/shortcut-controller.js';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Key → what it does, in the help's order. */
export const SHORTCUTS = [
  ['j', 'next'],
  ['k', 'previous'],
  ['x', 'select'],
  ['e', 'done'],
  ['c', 'comment'],
  ['o', 'contact'],
  ['?', 'help'],
] as const;

/** The review a key was pressed in, and its articles in order. */
function reviewOf(target: HTMLElement): HTMLElement | null {
  return target.closest<HTMLElement>('article[data-id]');
}

/**
 * The key map over the rendered cards: `j`/`k` move between reviews (from inside one too), the others press the
 * focused review's own control (Select, Mark as done, Comment, Contact customer) when it has one.
 */
export function reviewShortcuts(
  host: HTMLElement,
  help: Pick<ModalController, 'show'>,
): Record<string, ShortcutHandler> {
  const root = (): ParentNode => host.shadowRoot ?? host;
  const press = (selector: string) => (target: HTMLElement) =>
    reviewOf(target)?.querySelector<HTMLElement>(selector)?.click();
  const move = (by: number) => (target: HTMLElement) => {
    const all = [...root().querySelectorAll<HTMLElement>('article[data-id]')];
    const here = reviewOf(target);
    const i = here ? all.indexOf(here) + by : 0;
    all[Math.max(0, Math.min(all.length - 1, i))]?.focus();
  };
  return {
    j: move(1),
    k: move(-1),
    x: press('.select input'),
    e: press('.done input'),
    c: press('button[id^="comment-btn-"]'),
    o: press('button.contact'),
    '?': (target) => help.show(target),
  };
}

export interface ShortcutHelpView {
  t: Translate;
  modal: ModalController;
  enabled: boolean;
  setEnabled(on: boolean): void;
}

/** The "Keyboard shortcuts" button (a visible way to the help, and to turning single-key shortcuts off). */
export function renderShortcutsButton(t: Translate, open: (trigger: HTMLElement) => void): TemplateResult {
  return html`<button
    type="button"
    class="shortcuts-button"
    aria-haspopup="dialog"
    @click=${(e: Event) => open(e.currentTarget as HTMLElement)}
  >
    ${t('review-list.shortcuts')}
  </button>`;
}

/** The help dialog: the keys, and "Use single-key shortcuts". Rendered closed; opened by ModalController. */
export function renderShortcutHelp(v: ShortcutHelpView): TemplateResult {
  const { t, modal } = v;
  return html`<dialog
    class="shortcut-help"
    aria-labelledby="shortcuts-title"
    closedby=${modal.closedBy}
    @cancel=${modal.onCancel}
    @close=${modal.onClose}
  >
    <h2 id="shortcuts-title">${t('review-list.shortcuts')}</h2>
    <p>${t('review-list.shortcuts.intro')}</p>
    <table>
      <thead>
        <tr>
          <th scope="col">${t('review-list.shortcuts.key')}</th>
          <th scope="col">${t('review-list.shortcuts.action')}</th>
        </tr>
      </thead>
      <tbody>
        ${SHORTCUTS.map(
          ([key, what]) =>
            html`<tr>
              <td><kbd>${key === '?' ? '?' : key.toUpperCase()}</kbd></td>
              <td>${t(`review-list.shortcuts.${what}`)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <label class="check"
      ><input
        type="checkbox"
        .checked=${live(v.enabled)}
        @change=${(e: Event) => v.setEnabled((e.target as HTMLInputElement).checked)}
      />${t('review-list.shortcuts.enable')}</label
    >
    <div class="dialog-actions">
      <button type="button" @click=${() => modal.requestClose('cancel')}>${t('review-list.shortcuts.close')}</button>
    </div>
  </dialog>`;
}

/** The list's shortcuts: the help dialog's ModalController and the ShortcutController with the key map. */
export class ReviewShortcuts {
  readonly help: ModalController;
  readonly keys: ShortcutController;

  constructor(host: ReactiveControllerHost & HTMLElement, enabled: () => boolean) {
    const root = () => host.shadowRoot ?? host;
    this.help = new ModalController(host, { dialog: () => root().querySelector('dialog.shortcut-help') });
    this.keys = new ShortcutController(host, { enabled, keys: reviewShortcuts(host, this.help) });
  }
}
