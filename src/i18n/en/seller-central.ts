import type { Strings } from '../types.js';

/** Seller Central links (SPEC §9 capabilities 'manual') and Ask buyer to remove. */
export default {
  'sc.reply': 'Reply in Seller Central',
  'sc.remove-reply': 'Remove reply in Seller Central',
  'sc.request-removal': 'Request removal in Seller Central',
  'sc.ask-buyer': 'Ask buyer to remove in Seller Central',
  'sc.comment': 'Comment in Seller Central',
  'sc.contact': 'Contact customer in Seller Central',
  'sc.new-tab': '(opens in a new tab)',
  'feedback.ask-buyer': 'Ask buyer to remove',
  'feedback.ask-buyer.title': 'Ask the buyer to remove this feedback?',
  'feedback.ask-buyer.body':
    'Only once you have resolved the buyer’s problem. Amazon sends the buyer its own message asking them to remove the feedback; you can ask once per order, and never offer anything in return.',
  'feedback.ask-buyer.confirm': 'The problem is resolved: ask the buyer',
  'feedback.ask-buyer.asked-on': 'Buyer asked to remove it on {date}',
  'feedback.ask-buyer.done': 'The buyer was asked to remove the feedback.',
  // Refusals of Ask buyer to remove (SPEC §9) and of an action Amazon offers no API for, in words.
  'feedback.reason.not-offered-by-amazon':
    'Amazon doesn’t offer its message asking the buyer to remove feedback for this order: it may be too late, already sent, or no longer offered.',
  'feedback.reason.manual-only': 'Amazon offers no way to do this from here: do it in Seller Central.',
} satisfies Strings;
