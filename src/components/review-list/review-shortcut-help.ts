/**
 * `<review-list>`'s "Keyboard shortcuts" help, a cold path loaded on the first `?` or "Keyboard shortcuts" press
 * (see ReviewShortcuts): the dialog's content (the keys, and "Use single-key shortcuts", WCAG 2.1.4) and its
 * ModalController, and its English strings. The `<dialog>` itself is the list's, rendered closed from the first render.
 * @internal
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ModalController } from '../../controllers/modal-controller.js';
import { addEnglish } from '../../i18n/index.js';
import shortcutsEn from '../../i18n/en/review-shortcuts.js';
import type { ShortcutHelpView } from './review-shortcuts.js';

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

export class ShortcutHelp {
  readonly modal: ModalController;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    addEnglish(shortcutsEn); // the help's strings come with its chunk, before its first render
    this.modal = new ModalController(host, {
      dialog: () => (host.shadowRoot ?? host).querySelector('dialog.shortcut-help'),
    });
  }

  /** The dialog's content. */
  render(v: ShortcutHelpView): TemplateResult {
    const { t } = v;
    return html`<h2 id="shortcuts-title">${t('review-list.shortcuts')}</h2>
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
        <button type="button" @click=${() => this.modal.requestClose('cancel')}>
          ${t('review-list.shortcuts.close')}
        </button>
      </div>`;
  }
}
