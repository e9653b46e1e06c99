import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define.js';
import { createMemoryAdapter } from '../../data/memory-adapter.js';

const NOW = new Date('2026-11-20T12:00:00Z');

export default {
  title: 'Elements/activity-log',
  component: 'activity-log',
  tags: ['autodocs'],
} satisfies Meta;

type Story = StoryObj;

export const Default: Story = {
  render: () =>
    html`<review-kit-provider .adapter=${createMemoryAdapter({ now: NOW })} .now=${NOW}>
      <activity-log></activity-log>
    </review-kit-provider>`,
};
