/** Opens every story of activity-log.stories.ts: none throws or logs a console error, and each passes axe. */
import { fixture, expect, waitUntil, aTimeout } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { collectErrors } from '../../../test/support/errors.js';
import meta, * as stories from './activity-log.stories.js';

type StoryLike = { render?: (args: Record<string, unknown>, ctx: unknown) => TemplateResult };

describe('activity-log stories', function () {
  this.timeout(30_000);
  for (const [name, story] of Object.entries(stories) as [string, StoryLike][]) {
    if (name === 'default' || typeof story?.render !== 'function') continue;
    it(`${name} renders without errors and passes axe`, async () => {
      const errors = await collectErrors(async () => {
        const wrapper = await fixture(story.render!({ ...meta.args }, {}));
        const el = wrapper.querySelector('activity-log') ?? wrapper;
        await waitUntil(() => el.shadowRoot?.childElementCount, 'rendered');
        if (name !== 'Loading') {
          await waitUntil(
            () => el.shadowRoot!.querySelector('table, .state.empty, .state.error, .state.no-log'),
            'settled',
            {
              timeout: 10_000,
            },
          );
        }
        await aTimeout(20);
        await expect(el).to.be.accessible();
      });
      expect(errors).to.deep.equal([]);
    });
  }
});
