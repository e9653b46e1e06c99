/**
 * What feedback-table loads on first use, kept out of its first load: the reply templates (composer and confirm
 * dialog) and `<feedback-removal-dialog>`; and the shape of its confirm dialog.
 * @internal
 */
import type { Feedback } from '../../data/models.js';

/** The open confirm dialog and its entry (kept: the list may reload meanwhile); its request is intent `<kind>:<id>`. */
export interface Dialog {
  kind: 'post' | 'remove-reply' | 'ask-buyer';
  id: string;
  feedback: Feedback;
}
export const intentOf = (d: Dialog) => `${d.kind}:${d.id}`;

/**
 * The reply templates (composer and confirm dialog): not in the first load; fetched once the user may edit, and
 * awaited by the first "Post a public reply" / "Remove reply" if still on its way.
 */
export type ReplyTemplates = typeof import('./feedback-reply-composer.js');
/** The reply templates once loaded: shared by every table on the page, so a table made later has them at once. */
let loaded: ReplyTemplates | undefined;
/** The reply templates if they have loaded (synchronously). */
export const replyTemplates = (): ReplyTemplates | undefined => loaded;
export const loadComposer = (): Promise<ReplyTemplates> =>
  import('./feedback-reply-composer.js').then((m) => (loaded = m));

/** `<feedback-removal-dialog>`, defined on the first "Request removal" (it stays out of the table's first load). */
export const loadRemovalDialog = () => import('../../define/feedback-removal-dialog.js');
