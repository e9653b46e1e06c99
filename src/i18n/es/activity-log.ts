import type { Strings } from '../types.js';

// TODO(es): translate (English placeholder written by npm run new:element).
export default {
  'activity-log.title': 'ActivityLog',
} satisfies Strings;
