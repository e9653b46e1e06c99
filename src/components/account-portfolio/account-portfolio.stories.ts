import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';

const NOW = new Date('2026-11-20T12:00:00Z');

export default {
  title: 'Elements/account-portfolio',
  component: 'account-portfolio',
  tags: ['autodocs'],
} satisfies Meta;

type Story = StoryObj;

export const Default: Story = {
  render: () =>
    html`<review-kit-provider .adapter=${createMemoryAdapter({ now: NOW })} .now=${NOW}>
      <account-portfolio></account-portfolio>
    </review-kit-provider>`,
};
