import type { Strings } from '../types.js';

export default {} satisfies Strings;
