import type { Strings } from '../types.js';

export default {
  'review-list.done.hidden': 'Review marked as done and hidden. Turn on “Include marked as done” to see it.',
  'review-list.done.marked': 'Review marked as done.',
  'review-list.done.unmarked': 'Review restored.',
  'review-list.bulk.saving': { one: 'Saving {count} review…', other: 'Saving {count} reviews…' },
  'review-list.bulk.marked': { one: '{count} review marked as done.', other: '{count} reviews marked as done.' },
  'review-list.bulk.restored': { one: '{count} review restored.', other: '{count} reviews restored.' },
  'review-list.bulk.failed': {
    one: '{count} review could not be saved and was left as it was.',
    other: '{count} reviews could not be saved and were left as they were.',
  },
  'review-list.bulk.undone': {
    one: 'Undone: {count} review is back as it was.',
    other: 'Undone: {count} reviews are back as they were.',
  },
} satisfies Strings;
