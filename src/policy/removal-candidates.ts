/**
 * Removal suggestions for the Feedback Manager's "Request removal" form. A module of its own (with the detectors of
 * removal.ts) so elements load it on demand: the feedback rules in feedback.ts do not pull the detectors in.
 */
import type { Feedback, RemovalReason } from '../data/models.js';
import { findObscene, findPersonalData, isEntirelyDelivery, isEntirelyProduct } from './removal.js';

export interface RemovalCandidate {
  criterion: RemovalReason;
  confidence: number;
  start: number;
  end: number;
}

/**
 * Which removal criteria a feedback comment may meet (POLICY.md: obscene/profane words, seller-specific personal
 * data, entirely a product review; entirely about an FBA delivery → struck through). Heuristic: a suggestion for
 * the seller, never a decision. Sorted by start, then criterion.
 */
export function removalCandidates(feedback: Pick<Feedback, 'comments' | 'fulfillment'>): RemovalCandidate[] {
  const text = feedback.comments ?? '';
  const out: RemovalCandidate[] = [...findPersonalData(text), ...findObscene(text)];
  const whole = { start: 0, end: text.length };
  const product = isEntirelyProduct(text);
  if (product) out.push({ criterion: 'product-review', confidence: product, ...whole });
  if (feedback.fulfillment === 'afn') {
    const delivery = isEntirelyDelivery(text);
    if (delivery) out.push({ criterion: 'fba-delivery', confidence: delivery, ...whole });
  }
  return out.sort((a, b) => a.start - b.start || a.criterion.localeCompare(b.criterion));
}
