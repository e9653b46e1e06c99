/**
 * A machine key or status string in words: 'customerProductReviewsPolicyViolations' →
 * 'Customer product reviews policy violations', 'AT_RISK' → 'At risk'.
 */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_\-.\s]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}
