/** How a run ended. */
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Runs an async job whenever its inputs change, and lets only the latest run report back: a new
 * run aborts the one before, and a result that arrives late is dropped. This is the part of
 * @lit/task's Task the data layer used; written here because the drop-in's 25 KB budget for four
 * widgets had no room for the rest (measured: 0.47 KB gzip), and because a cancelled run must
 * stay silent and run again when the element comes back, which Task reports as an error.
 */
export class LatestRun<A extends readonly unknown[], R> {
  /** True while a run is under way. */
  pending = false;
  private id = 0;
  private controller?: AbortController;
  private last?: A;

  constructor(
    private readonly job: (args: A, signal: AbortSignal) => Promise<R>,
    private readonly same: (a: A, b: A) => boolean,
    private readonly done: (outcome: Outcome<R>) => void,
  ) {}

  /** Starts a run unless `args` are the same as the last run's. */
  update(args: A): void {
    if (this.last && this.same(this.last, args)) return;
    this.last = args;
    void this.start(args);
  }

  /** Stops the run under way without a word; the next `update` runs again, whatever its args. */
  cancel(): void {
    this.controller?.abort();
    this.id++;
    this.last = undefined;
    this.pending = false;
  }

  private async start(args: A): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const id = ++this.id;
    this.pending = true;
    let outcome: Outcome<R>;
    try {
      outcome = { ok: true, value: await this.job(args, controller.signal) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    if (id !== this.id) return; // a newer run, or a cancel, came first
    this.pending = false;
    this.done(outcome);
  }
}
