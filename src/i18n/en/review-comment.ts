import type { Strings } from '../types.js';

/**
 * The strings of `<review-list>`'s comment composer, a cold path: added with the composer's chunk
 * (`review-comments.ts`), which loads before a composer renders (every locale has the same split; the plural
 * `review-list.comment.findings-count` stays in `review-list.ts`).
 */
export default {
  'review-list.comment.label': 'Public comment on this review',
  'review-list.comment.hint':
    'Visible to everyone. No e-mail addresses, phone numbers, refunds or offers: use Contact customer instead.',
  'review-list.comment.post': 'Post comment',
  'review-list.comment.posting': 'Posting…',
  'review-list.comment.blocked': 'Fix the errors above before posting.',
  'review-list.comment.empty': 'Write a comment to post it.',
  'review-list.comment.posted': 'Comment posted.',
  'review-list.comment.failed': 'The comment was not posted; your text is kept. {error}',
  'review-list.comment.no-findings': 'No policy issues found.',
  'review-list.severity.error': 'Error (blocks posting)',
  'review-list.severity.warning': 'Warning',
} satisfies Strings;
