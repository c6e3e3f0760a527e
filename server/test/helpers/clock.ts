/** A clock the test moves by hand. */
export interface ManualClock {
  (): number;
  set(at: number): void;
  advance(ms: number): void;
}

export function manualClock(start: number): ManualClock {
  let now = start;
  const clock = (() => now) as ManualClock;
  clock.set = (at) => {
    now = at;
  };
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

/** A moment given as Vietnam's wall-clock time: `vn('2026-11-26 23:59:30')`. */
export function vn(wallClock: string): number {
  return Date.parse(`${wallClock.replace(' ', 'T')}+07:00`);
}

export const MINUTE = 60 * 1000;
export const DAY = 24 * 60 * MINUTE;
