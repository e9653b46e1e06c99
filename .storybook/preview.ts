import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import '../src/styles/themes.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [mswLoader()],
  parameters: {
    controls: { expanded: true },
    // No `a11y` parameter: @storybook/addon-a11y is not installed; scripts/run-stories.mjs runs axe on every story.
  },
};
export default preview;
