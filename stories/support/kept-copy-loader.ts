import { keepCopy } from '../../src/data/kept-copy.js';

/**
 * A Storybook loader that plays "an earlier visit": it keeps the fixture at `from` as the copy for
 * `src` (an endpoint that does not exist), so the story shows the stale-copy state for real.
 */
export function keptCopyOf(from: string, src: string, savedAt = Date.parse('2026-11-26T05:00:00Z')) {
  return async () => {
    const url = new URL(src, location.href).href;
    keepCopy(url, await (await fetch(from)).text(), url, savedAt);
    return {};
  };
}
