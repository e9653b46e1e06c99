import { expect, fixture, html } from '@open-wc/testing';
import type { LintFinding } from '../../controllers/lint-controller.js';
import { SellerKitError } from '../../data/errors.js';
import { findingMessage, renderLintFindings } from './lint-findings.js';

const finding = (over: Partial<LintFinding> = {}): LintFinding => ({
  rule: 'r',
  severity: 'error',
  message: 'English text',
  messageKey: 'policy.lint.r',
  params: { n: 2 },
  start: 0,
  end: 1,
  policy: 'p',
  ...over,
});

const i18n = { t: (key: string, p?: Record<string, unknown>) => (p?.count !== undefined ? `${key}:${p.count}` : key) };
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('lint findings', () => {
  it('words a finding in the host language, falling back to the linter English text for an unknown key', () => {
    const f = finding();
    const seen: unknown[] = [];
    const i18nFor = (known: boolean) => ({
      t: (key: string, params?: Record<string, string | number>) => (seen.push([key, params]), known ? 'Testo' : key),
    });
    expect(findingMessage(i18nFor(true), f)).to.equal('Testo');
    expect(findingMessage(i18nFor(false), f)).to.equal('English text');
    expect(seen).to.deep.equal([
      ['policy.lint.r', { n: 2 }],
      ['policy.lint.r', { n: 2 }],
    ]);
  });

  it('shows Loading…, then the summary and each finding with its excerpt; the failure instead of the list', async () => {
    const base = {
      i18n,
      id: 'f',
      text: 'Write to a@b.co for a refund please, today.',
      renderError: (e: SellerKitError) => html`<p role="alert">${e.code}</p>`,
      severity: (s: string) => `${s}:`,
      summary: (fs: LintFinding[]) => `count:${fs.length}`,
      apply: () => undefined,
    };
    const loading = await fixture(renderLintFindings({ ...base, findings: null }));
    expect(text(loading.querySelector('[role=status]'))).to.equal('common.loading');
    const email = finding({ start: 9, end: 15, severity: 'warning' });
    const shown = await fixture(renderLintFindings({ ...base, findings: [email] }));
    expect(text(shown.querySelector('[role=status]'))).to.equal('count:1');
    expect(text(shown.querySelector('.finding.warning .severity'))).to.equal('⚠ warning:');
    expect(text(shown.querySelector('.excerpt'))).to.equal('Write to a@b.co for a refund please…');
    expect(text(shown.querySelector('mark'))).to.equal('a@b.co');
    const bare = await fixture(renderLintFindings({ ...base, summary: undefined, excerpts: false, findings: [] }));
    expect(text(bare.querySelector('[role=status]'))).to.equal('');
    expect(bare.querySelector('.excerpt')).to.equal(null);
    const failed = await fixture(
      renderLintFindings({ ...base, findings: null, failure: new SellerKitError('network', 'x') }),
    );
    expect(text(failed.querySelector('[role=alert]'))).to.equal('network');
    expect(failed.querySelector<HTMLElement>('[role=status]')!.hidden).to.equal(true);
  });
});
