import type { Strings } from '../types.js';

export default {
  'review-list.shortcuts.intro': 'On a review, when focus is not in a text field:',
  'review-list.shortcuts.key': 'Key',
  'review-list.shortcuts.action': 'Action',
  'review-list.shortcuts.next': 'Next review',
  'review-list.shortcuts.previous': 'Previous review',
  'review-list.shortcuts.select': 'Select or unselect the review',
  'review-list.shortcuts.done': 'Mark as done, or restore',
  'review-list.shortcuts.comment': 'Comment',
  'review-list.shortcuts.contact': 'Contact customer',
  'review-list.shortcuts.help': 'Show these shortcuts',
  'review-list.shortcuts.enable': 'Use single-key shortcuts',
  'review-list.shortcuts.close': 'Close',
} satisfies Strings;
