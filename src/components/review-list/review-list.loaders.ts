/**
 * Code `<review-list>` loads on first use, outside its first-load bundle.
 * @internal
 */
import type { Review } from '../../data/models.js';
import { lazyCode as lazy } from '../../data/load-code.js';

/** What the list needs of `<contact-customer-dialog>`. */
export interface ContactDialog extends HTMLElement {
  show(review?: Review, trigger?: HTMLElement): void;
}

/**
 * `<contact-customer-dialog>` stays out of the list's bundle: its load starts once a "Contact customer" button is
 * on screen (after the render, never from it), and is awaited before the dialog opens.
 */
export const loadContactDialog = lazy(() => import('../../define/contact-customer-dialog.js'));
/** The comment composers (a cold path: most visits never comment), with their template and the linter's controller. */
export const loadComments = lazy(() => import('./review-comments.js'));
