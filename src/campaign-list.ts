import { SenCampaignList } from './campaign-list/campaign-list.component.js';
import { define } from './shared/define.js';

export { SenCampaignList };
export type { Campaign } from './campaign-list/campaign.schema.js';

define('sen-campaign-list', SenCampaignList);

declare global {
  interface HTMLElementTagNameMap {
    'sen-campaign-list': SenCampaignList;
  }
}
