import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus, type Task } from '@lit/task';

/**
 * Ties an element's data tasks to its presence on the page: @lit/task does not abort on disconnect, so a list a
 * portal took off the page kept its requests going. Leaving aborts them (the abort is never shown: by the time the
 * element is back, the task has run again); coming back runs the ones that had not completed.
 * @internal
 */
export class TaskLifecycle implements ReactiveController {
  private seen = false;

  constructor(
    host: ReactiveControllerHost,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tasks of any argument and result types
    private readonly tasks: () => readonly Task<any, any>[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The first connection starts the tasks by itself.
    if (this.seen) for (const t of this.tasks()) if (t.status !== TaskStatus.COMPLETE) void t.run();
    this.seen = true;
  }

  hostDisconnected(): void {
    for (const t of this.tasks()) t.abort();
  }
}
