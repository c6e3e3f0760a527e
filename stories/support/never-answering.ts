/**
 * Storybook only: a URL ending in `#never-answers` waits forever (until aborted), so designers can
 * see and theme the loading state. A static Storybook has no server that could hold a request
 * open; every other URL goes to the network untouched. Tests never use this: they hold requests
 * open over real HTTP.
 */
export function installNeverAnsweringUrls(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith('#never-answers')) return realFetch(input, init);
    return new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
    });
  };
}
