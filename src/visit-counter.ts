import { define } from './shared/define.js';
import { SenVisitCounter } from './visit-counter/visit-counter.component.js';

export { SenVisitCounter };
export type { VisitStats } from './visit-counter/visit-stats.schema.js';

define('sen-visit-counter', SenVisitCounter);

declare global {
  interface HTMLElementTagNameMap {
    'sen-visit-counter': SenVisitCounter;
  }
}
