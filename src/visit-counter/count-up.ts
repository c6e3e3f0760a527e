import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a count-up lasts: short enough never to hold a number back. */
const DURATION_MS = 800;

const easeOut = (t: number) => 1 - (1 - t) ** 3;

/**
 * The opt-in `animate` count-up: when figures change (never on first paint), each changed one runs
 * from the number shown before to the new one. Nothing moves when the visitor prefers reduced
 * motion. `drawn(key)` is what to draw this frame; the widget gives screen readers the final
 * number, not the frames.
 */
export class CountUp<K extends string> implements ReactiveController {
  private previous?: Partial<Record<K, number>>;
  private from: Partial<Record<K, number>> = {};
  private to: Partial<Record<K, number>> = {};
  private startedAt = 0;
  private progress = 1;
  private frame?: number;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Takes the figures about to be shown; starts a count-up when asked to and allowed. */
  show(figures: Partial<Record<K, number>>, animate: boolean): void {
    const before = this.previous;
    this.previous = figures;
    if (!before || !animate || prefersReducedMotion()) return this.stop();
    const from: Partial<Record<K, number>> = {};
    for (const key of Object.keys(figures) as K[]) {
      const was = this.drawn(key) ?? before[key];
      if (was !== undefined && was !== figures[key]) from[key] = was;
    }
    if (!Object.keys(from).length) return;
    this.from = from;
    this.to = figures;
    this.progress = 0;
    this.startedAt = performance.now();
    this.tick();
  }

  /** The number to draw now for `key` while it counts up; undefined once it shows its final value. */
  drawn(key: K): number | undefined {
    const from = this.from[key];
    const to = this.to[key];
    if (this.progress >= 1 || from === undefined || to === undefined) return undefined;
    return Math.round(from + (to - from) * easeOut(this.progress));
  }

  hostDisconnected(): void {
    this.stop();
  }

  private tick = (): void => {
    this.progress = Math.min(1, (performance.now() - this.startedAt) / DURATION_MS);
    this.host.requestUpdate();
    this.frame = this.progress < 1 ? requestAnimationFrame(this.tick) : undefined;
  };

  private stop(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.progress = 1;
  }
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
