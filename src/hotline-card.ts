/** Registers `<sen-hotline-card>` (importing this module is what defines the tag). */
import { isTagFree } from './shared/define.js';
import { SenHotlineCard } from './hotline-card/hotline-card.component.js';

export { SenHotlineCard };
export type { HotlineContact, HotlineDirectory, HotlineGroup } from './hotline-card/hotline-card.schema.js';

if (isTagFree('sen-hotline-card')) customElements.define('sen-hotline-card', SenHotlineCard);

declare global {
  interface HTMLElementTagNameMap {
    'sen-hotline-card': SenHotlineCard;
  }
}
