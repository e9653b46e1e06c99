import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { createMemoryAdapter } from '../src/data/memory-adapter.js';
import { assertNoOverflow } from './overflow.js';
import './rebrand.css';

const NOW = new Date('2026-11-20T12:00:00Z');

interface Args {
  lang: string;
  dir: 'ltr' | 'rtl';
  theme: '' | 'srk-dark' | 'acme-brand' | 'srk-compact';
  preset: 'healthy' | 'at-risk';
}

/**
 * All four widgets on one provider: the theming and direction checks. Each story's play function fails when
 * content overflows its element.
 */
const meta = {
  title: 'Guides/All widgets',
  tags: ['autodocs'],
  args: { lang: 'en', dir: 'ltr', theme: '', preset: 'healthy' },
  argTypes: {
    lang: { control: 'select', options: ['en', 'it', 'de', 'fr', 'es', 'ja'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    theme: { control: 'select', options: ['', 'srk-dark', 'acme-brand', 'srk-compact'] },
    preset: { control: 'inline-radio', options: ['healthy', 'at-risk'] },
  },
  render: (args) => frame(args),
  play: async ({ canvasElement }) => assertNoOverflow(canvasElement),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

function frame(args: Args, extra = '') {
  return html`<div class="story-frame ${args.theme} ${extra}" dir=${args.dir} lang=${args.lang}>
    <review-kit-provider
      .adapter=${createMemoryAdapter({ seed: 3, now: NOW, health: args.preset, counts: { reviews: 60, feedback: 60 } })}
      .now=${NOW}
    >
      <account-health-tiles></account-health-tiles>
      <review-list></review-list>
      <feedback-table></feedback-table>
    </review-kit-provider>
  </div>`;
}

export const Default: Story = {};
/** Re-branded with design tokens alone: no CSS selector reaches inside the elements. */
export const Rebranded: Story = { args: { theme: 'acme-brand' } };
export const Dark: Story = { args: { theme: 'srk-dark', preset: 'at-risk' } };
export const Compact: Story = { args: { theme: 'srk-compact' } };
/** Right-to-left layout (`dir="rtl"`): logical properties mirror every widget. */
export const RightToLeft: Story = { args: { dir: 'rtl' } };
export const Japanese: Story = { args: { lang: 'ja' } };
export const German: Story = { args: { lang: 'de', preset: 'at-risk' } };
/** A narrow column (a portal's side panel): tiles reflow to one column. */
export const Narrow: Story = { render: (args) => frame(args, 'narrow') };
