/**
 * The CDN registration module (`dist/cdn/define.js`): registers every tag and exports nothing: what a page that only
 * shows the widgets loads. Lit is bundled; lazy chunks (locales, composers, dialogs, importers) load from beside it.
 */
import './define.js';
