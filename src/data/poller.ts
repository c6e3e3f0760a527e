/**
 * Re-fetch timing for `refresh`: one timer, paused while the page is hidden (no traffic from
 * background tabs) and caught up when it shows again; stopped when the element leaves the page.
 */
export class Poller {
  private timer?: ReturnType<typeof setTimeout>;
  private intervalMs = 0;
  private dueAt = 0;
  private running = false;

  constructor(private readonly onDue: () => void) {}

  /** Plans the next re-fetch `seconds` from now; 0 or less plans none. */
  schedule(seconds: number): void {
    this.clearTimer();
    this.intervalMs = seconds > 0 ? seconds * 1000 : 0;
    if (!this.intervalMs) return;
    this.dueAt = Date.now() + this.intervalMs;
    this.arm();
  }

  /** Listens to page visibility; call when the element joins the page. */
  start(): void {
    if (this.running) return;
    this.running = true;
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.arm();
  }

  /** Call when the element leaves the page. */
  stop(): void {
    this.running = false;
    this.clearTimer();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
  }

  private arm(): void {
    this.clearTimer();
    if (!this.running || !this.intervalMs || document.hidden) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.onDue();
      },
      Math.max(0, this.dueAt - Date.now()),
    );
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly onVisibilityChange = () => (document.hidden ? this.clearTimer() : this.arm());
}
