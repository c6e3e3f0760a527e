/** Registers `<sen-campaign-list>` (importing this module is what defines the tag). */
import { SenCampaignList } from './campaign-list/campaign-list.component.js';
import { isTagFree } from './shared/define.js';

export { SenCampaignList };
export type { Campaign } from './campaign-list/campaign.schema.js';

if (isTagFree('sen-campaign-list')) customElements.define('sen-campaign-list', SenCampaignList);

declare global {
  interface HTMLElementTagNameMap {
    'sen-campaign-list': SenCampaignList;
  }
}
