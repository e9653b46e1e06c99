import { ActivityLog } from '../components/activity-log/activity-log.js';
import { register } from './register.js';

register('activity-log', ActivityLog);

export { ActivityLog };

declare global {
  interface HTMLElementTagNameMap {
    'activity-log': ActivityLog;
  }
}
