/** Moved to `src/controllers/task-lifecycle.ts` (issue 16); kept here until every element imports it from there. @internal */
export { TaskLifecycle } from '../controllers/task-lifecycle.js';
