/** The one-file CDN module: registers every tag and exports the whole public API of the main entry. */
import './define.js';

export * from './index.js';
