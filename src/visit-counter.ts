/** Registers `<sen-visit-counter>` (importing this module is what defines the tag). */
import { isTagFree } from './shared/define.js';
import { SenVisitCounter } from './visit-counter/visit-counter.component.js';

export { SenVisitCounter };
export type { VisitStats } from './visit-counter/visit-stats.schema.js';

if (isTagFree('sen-visit-counter')) customElements.define('sen-visit-counter', SenVisitCounter);

declare global {
  interface HTMLElementTagNameMap {
    'sen-visit-counter': SenVisitCounter;
  }
}
