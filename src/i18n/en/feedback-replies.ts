import type { Strings } from '../types.js';

export default {
  'feedback.reply.field': 'Public reply',
  'feedback.reply.hint':
    'Every shopper can read this reply. It doesn’t change your rating and isn’t the place to talk to the buyer.',
  'feedback.reply.length': '{count} of {limit} characters.',
  'feedback.reply.submit': 'Post reply',
  'feedback.reply.confirm.title': 'Post this public reply?',
  'feedback.reply.confirm.body': 'Once posted, a reply cannot be changed. You can only remove it.',
  'feedback.reply.confirm.submit': 'Post reply',
  'feedback.reply.remove.title': 'Remove this reply?',
  'feedback.reply.remove.body': 'Your public reply will no longer be shown under this feedback.',
  'feedback.reply.remove.submit': 'Remove reply',
  'feedback.reply.posted': 'Reply posted.',
  'feedback.reply.removed': 'Reply removed.',
  'feedback.lint.error': 'Must fix:',
  'feedback.lint.warning': 'Check:',
  'feedback.local.reply.posted': 'Reply saved in this browser only; Amazon is not told.',
  'feedback.local.reply.removed': 'Reply removed in this browser only; Amazon is not told.',
} satisfies Strings;
