/**
 * Ends the current task and resolves in a new one, letting the browser paint and answer input in
 * between. A message to ourselves: unlike a timer, not throttled in a background tab.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(0);
  });
}
