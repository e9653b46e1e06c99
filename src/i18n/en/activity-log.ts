import type { Strings } from '../types.js';

export default {
  'activity-log.title': 'ActivityLog',
} satisfies Strings;
