/**
 * Calls back once when an element comes near the viewport, like `<img loading="lazy">`.
 * Where IntersectionObserver is missing, it calls back at once rather than never.
 */
export class ViewportWatcher {
  private observer?: IntersectionObserver;

  constructor(
    private readonly onNear: () => void,
    private readonly margin = '300px',
  ) {}

  watch(element: Element): void {
    this.stop();
    if (typeof IntersectionObserver === 'undefined') return this.onNear();
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.stop();
        this.onNear();
      },
      { rootMargin: this.margin },
    );
    this.observer.observe(element);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
