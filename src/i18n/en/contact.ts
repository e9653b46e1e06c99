import type { Strings } from '../types.js';

export default {
  'contact.title': 'Contact customer',
  'contact.reason.legend': 'Reason for contacting the customer',
  'contact.reason.courtesy-refund': 'Courtesy refund',
  'contact.reason.courtesy-refund.hint': 'Offers the customer a full refund.',
  'contact.reason.customer-support': 'Customer support',
  'contact.reason.customer-support.hint':
    'Asks the customer for permission to contact them through Buyer-Seller Messaging.',
  'contact.preview.title': 'Message preview',
  'contact.preview.note': 'Amazon sends this message from a fixed template. It cannot be edited.',
  'contact.preview.subject': 'Subject',
  'contact.preview.unavailable': 'The text of this template is not available.',
  'contact.review.product': 'Product',
  'contact.review.rating': 'Rating',
  'contact.review.title': 'Review title',
  'contact.loading': 'Loading the review…',
  'contact.no-review': 'No review was given to this dialog.',
  'contact.ineligible.title': 'Unable to contact customer',
  'contact.ineligible.intro': 'Amazon allows Contact Customer only when every condition is met. Not met:',
  'contact.sent.title': 'Message sent',
  'contact.sent.body':
    'Amazon sent the “{reason}” message on {date}. The customer sees it in their Message Center; replies arrive as buyer-seller messages.',
  'contact.failed.title': 'The message was not sent',
  'contact.failed.retry': 'Your choice is kept. Select Send to try again; the message will never be sent twice.',
  'contact.conflict.title': 'Customer already contacted',
  'contact.conflict.body':
    'This customer has already been contacted about this review. Amazon allows one contact per review, so nothing more was sent.',

  'policy.template.courtesy-refund.subject': 'A courtesy refund for your order',
  'policy.template.courtesy-refund.body':
    'Hello,\n\nWe are sorry that your purchase of {productTitle} did not meet your expectations. As a courtesy, we would like to offer you a full refund for this order. To accept it, simply reply to this message in your Message Center.\n\nKind regards,\n{sellerName}',
  'policy.template.customer-support.subject': 'Can we help with your purchase?',
  'policy.template.customer-support.body':
    'Hello,\n\nWe noticed that you may have had a problem with {productTitle}. We would like to help. May we contact you through Buyer-Seller Messaging? If so, please reply to this message in your Message Center.\n\nKind regards,\n{sellerName}',
} satisfies Strings;
