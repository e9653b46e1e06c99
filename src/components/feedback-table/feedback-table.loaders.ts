/**
 * What feedback-table loads on first use, kept out of its first load: the public replies (composers and confirm
 * dialog) and `<feedback-removal-dialog>`; and the shape of its confirm dialog.
 * @internal
 */
import type { Feedback } from '../../data/models.js';
import { lazyCode } from '../../data/load-code.js';

/** The open confirm dialog and its entry (kept: the list may reload meanwhile); its request is intent `<kind>:<id>`. */
export interface Dialog {
  kind: 'post' | 'remove-reply' | 'ask-buyer';
  id: string;
  feedback: Feedback;
}
export const intentOf = (d: Dialog) => `${d.kind}:${d.id}`;

/**
 * The public replies (composers, linter, confirm dialog: feedback-replies.ts): not in the first load; fetched once
 * the user may edit, and awaited by the first "Post a public reply" / "Remove reply" if still on its way.
 */
export type RepliesModule = typeof import('./feedback-replies.js');
/** The replies' module: loaded once per page, shared by every table (a table made later has it at once, `.value`). */
export const loadReplies = lazyCode((): Promise<RepliesModule> => import('./feedback-replies.js'));

/** `<feedback-removal-dialog>`, defined on the first "Request removal" (it stays out of the table's first load). */
export const loadRemovalDialog = () => import('../../define/feedback-removal-dialog.js');
