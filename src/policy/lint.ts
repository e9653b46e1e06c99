/**
 * Message linter (placeholder; full rules follow).
 */
export type LintContext = 'review-comment' | 'feedback-reply' | 'buyer-message';

export interface LintFinding {
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  messageKey: string;
  params?: Record<string, string | number>;
  start: number;
  end: number;
  policy: string;
}

export const LINT_LIMITS: Record<LintContext, number> = Object.freeze({
  'review-comment': 1000,
  'feedback-reply': 500,
  'buyer-message': 4000,
});

export const POLICY_CLAUSES: Record<string, { titleKey: string; url?: string }> = {};

export function lintMessage(text: string, context: LintContext): LintFinding[] {
  const limit = LINT_LIMITS[context];
  if (text.length <= limit) return [];
  return [
    {
      rule: 'length',
      severity: 'error',
      message: `Too long: ${text.length} of ${limit} characters.`,
      messageKey: 'policy.lint.length',
      params: { length: text.length, limit },
      start: limit,
      end: text.length,
      policy: 'messaging.length',
    },
  ];
}

export function hasBlockingFindings(findings: LintFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
