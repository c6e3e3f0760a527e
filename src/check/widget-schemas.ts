import { campaignListSchema } from '../campaign-list/campaign.schema.js';
import type { Schema } from '../data/schema.js';
import { exemplarsSchema } from '../exemplar-gallery/exemplar.schema.js';
import { hotlineSchema } from '../hotline-card/hotline-card.schema.js';
import { visitStatsSchema } from '../visit-counter/visit-stats.schema.js';

import { type WidgetName } from '../shared/widget-names.js';

export { isWidgetName, WIDGET_NAMES, type WidgetName } from '../shared/widget-names.js';

export interface WidgetSchema {
  /** The element's tag, as named in console warnings: `sen-campaign-list`. */
  tag: `sen-${WidgetName}`;
  /** The name of the shipped JSON Schema file in `schemas/`. */
  schemaFile: string;
  schema: Schema<unknown>;
}

/** Each widget's data definition: the very one the element validates with. */
export const widgetSchemas: Record<WidgetName, WidgetSchema> = {
  'visit-counter': { tag: 'sen-visit-counter', schemaFile: 'visit-stats.schema.json', schema: visitStatsSchema },
  'hotline-card': { tag: 'sen-hotline-card', schemaFile: 'hotlines.schema.json', schema: hotlineSchema },
  'campaign-list': { tag: 'sen-campaign-list', schemaFile: 'campaigns.schema.json', schema: campaignListSchema },
  'exemplar-gallery': { tag: 'sen-exemplar-gallery', schemaFile: 'exemplars.schema.json', schema: exemplarsSchema },
};
