import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Says whether the current slice of idle work still has time. */
export type HasTime = () => boolean;

/** Work done a slice at a time: a slice checks `hasTime()` between small steps; true while some remains. */
export type SlicedWork = (hasTime: HasTime) => boolean;

/** The longest a slice runs: well under the 50 ms a long task starts at, so typing stays prompt. */
const SLICE_MS = 8;

/**
 * A widget's work that can wait (a search index, a sort), done without holding up the page: in
 * slices of a few milliseconds when the browser is idle (after it has painted and answered input),
 * each slice a task of its own, so no task runs long; only while the widget is on the page.
 * Safari has no requestIdleCallback; there a slice runs in the next task.
 */
export class IdleWork implements ReactiveController {
  private work?: SlicedWork;
  private connected = false;
  /** Bumped to stop the slices already scheduled. */
  private generation = 0;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Does `work` from now on, instead of any work before it. */
  start(work: SlicedWork | undefined): void {
    this.work = work;
    this.schedule();
  }

  hostConnected(): void {
    this.connected = true;
    this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.generation++;
  }

  private schedule(): void {
    const generation = ++this.generation;
    const run = (deadline?: IdleDeadline) => {
      if (generation !== this.generation || !this.work) return;
      const budget = deadline && !deadline.didTimeout ? Math.min(SLICE_MS, deadline.timeRemaining()) : SLICE_MS;
      const end = performance.now() + budget;
      if (this.work(() => performance.now() < end)) idle(run);
      else this.work = undefined;
    };
    if (this.connected) idle(run);
  }
}

const idle = (run: (deadline?: IdleDeadline) => void): unknown =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run);
