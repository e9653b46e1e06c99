/** Opens every story of review-list.stories.ts: none throws or logs a console error, and each passes axe. */
import { fixture, expect, waitUntil, aTimeout } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { collectErrors } from '../../../test/support/errors.js';
import meta, * as stories from './review-list.stories.js';

type StoryLike = {
  render?: (args: Record<string, unknown>, ctx: unknown) => TemplateResult;
  play?: (ctx: { canvasElement: HTMLElement }) => Promise<void>;
};

describe('review-list stories', () => {
  for (const [name, story] of Object.entries(stories) as [string, StoryLike][]) {
    if (name === 'default' || typeof story?.render !== 'function') continue;
    it(`${name} renders without errors and passes axe`, async () => {
      const errors = await collectErrors(async () => {
        const wrapper = await fixture(story.render!({ ...meta.args }, {}));
        const el = wrapper.localName === 'review-list' ? wrapper : wrapper.querySelector('review-list')!;
        await waitUntil(() => el.shadowRoot?.childElementCount, 'rendered');
        if (story.play) await story.play({ canvasElement: wrapper.parentElement! });
        await aTimeout(100);
        expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
        await expect(el).to.be.accessible();
      });
      expect(errors).to.deep.equal([]);
    });
  }
});
