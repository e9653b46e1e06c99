/**
 * The "no English left" tests (./*.locales.test.ts) let through only what `ALLOWED` lists: this keeps that list
 * exact. A message a locale writes exactly as English (same key) must be on it — else it is an untranslated copy —
 * and every entry must still be such a message.
 */
import { expect } from '@open-wc/testing';
import { ALLOWED, TABLES, sameAsEnglish } from './l10n-helpers.js';

describe('the allowlist of words a locale shares with English', () => {
  for (const [locale, load] of Object.entries(TABLES)) {
    it(`${locale}: lists exactly the messages written as in English`, async () => {
      const same = sameAsEnglish((await load()).default);
      expect(same).to.deep.equal([...ALLOWED[locale as keyof typeof ALLOWED]].sort());
    });
  }
});
