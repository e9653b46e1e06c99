import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define.js';

const meta = {
  title: 'Elements/report-file-drop',
  component: 'report-file-drop',
  parameters: {
    docs: {
      description: {
        component:
          "**What it is for:** running the kit on Amazon's own report files, with no API: the Seller Feedback report and the Account Health report, downloaded from Seller Central. **How a seller uses it:** drop the files on it or press **Choose report files**; they are read in the browser (nothing is uploaded), a wrong file is explained, and the widgets beside it (inside a `<review-kit-provider reports>`) show the data.",
      },
    },
  },
  tags: ['autodocs'],
  argTypes: { marketplaceId: { control: 'text' } },
  args: { marketplaceId: 'ATVPDKIKX0DER' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The drop zone on its own, as a page shows it before any file. */
export const Empty: Story = {
  render: (args) => html`<report-file-drop marketplace-id=${args.marketplaceId as string}></report-file-drop>`,
};

/** German: the longest labels of the shipped locales, at every width. */
export const German: Story = {
  render: () => html`<report-file-drop lang="de" marketplace-id="A1PA6795UKMFR9"></report-file-drop>`,
};
