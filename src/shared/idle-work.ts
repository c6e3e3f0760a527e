/**
 * Work that can wait, done without holding up the page: in slices of a few milliseconds when the
 * browser is idle (after it has painted and answered input), each slice a task of its own, so no
 * task runs long. Safari has no requestIdleCallback; there a slice runs in the next task.
 */

/** The longest a slice runs: well under the 50 ms a long task starts at, so typing stays prompt. */
const SLICE_MS = 8;

/** Says whether the current slice still has time. */
export type HasTime = () => boolean;

/**
 * Calls `slice` in idle time until it returns false (nothing left). A slice checks `hasTime()`
 * between small steps and returns once it is false. Returns a function that stops the work.
 */
export function workWhenIdle(slice: (hasTime: HasTime) => boolean): () => void {
  let stopped = false;
  const idle: (run: (deadline?: IdleDeadline) => void) => void =
    typeof requestIdleCallback === 'function'
      ? (run) => requestIdleCallback(run, { timeout: 1000 })
      : (run) => setTimeout(run, 0);
  const run = (deadline?: IdleDeadline) => {
    if (stopped) return;
    const budget = deadline && !deadline.didTimeout ? Math.min(SLICE_MS, deadline.timeRemaining()) : SLICE_MS;
    const end = performance.now() + budget;
    if (slice(() => performance.now() < end)) idle(run);
  };
  idle(run);
  return () => {
    stopped = true;
  };
}

/**
 * Ends the current task and resolves in a new one, letting the browser paint and answer input in
 * between: `scheduler.yield()` where there is one, else a message to ourselves (not throttled in a
 * background tab the way a timer is).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
