import { expect } from '@open-wc/testing';
import { CORPUS } from './lint-corpus/corpus.js';
import { formatScore, scoreCorpus } from './lint-corpus/score.js';

describe('lint corpus', () => {
  it('has at least 220 labelled messages in every context and five languages', () => {
    expect(CORPUS.length).to.be.at.least(220);
    expect(new Set(CORPUS.map((e) => e.context)).size).to.equal(3);
    expect(new Set(CORPUS.map((e) => e.lang))).to.have.keys('en', 'it', 'de', 'fr', 'es');
    expect(CORPUS.filter((e) => e.errors.length === 0 && e.warnings.length === 0).length).to.be.at.least(60);
  });
  it('scores at least 0.95 recall on blocking rules and 0.90 precision overall', () => {
    const s = scoreCorpus(CORPUS);
    console.log(formatScore(s));
    for (const m of s.mistakes)
      console.log(`  ${m.id}: expected [${m.expected}] got [${m.actual}] ${JSON.stringify(m.text)}`);
    expect(s.blocking.recall).to.be.at.least(0.95);
    expect(s.overall.precision).to.be.at.least(0.9);
  });
});
