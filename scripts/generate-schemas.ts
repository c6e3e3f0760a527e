/**
 * Writes schemas/*.schema.json from the very schemas the widgets validate with, so a webmaster can
 * check an endpoint against exactly what the widget accepts. Run by scripts/build.mjs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Schema } from '../src/data/schema.js';
import { campaignListSchema } from '../src/campaign-list/campaign.schema.js';
import { exemplarsSchema } from '../src/exemplar-gallery/exemplar.schema.js';
import { hotlineSchema } from '../src/hotline-card/hotline-card.schema.js';
import { visitStatsSchema } from '../src/visit-counter/visit-stats.schema.js';

const documents: { file: string; title: string; schema: Schema<unknown> }[] = [
  { file: 'visit-stats', title: '<sen-visit-counter> data: visit statistics', schema: visitStatsSchema },
  { file: 'hotlines', title: '<sen-hotline-card> data: contacts and hotlines', schema: hotlineSchema },
  { file: 'campaigns', title: '<sen-campaign-list> data: emulation campaigns', schema: campaignListSchema },
  { file: 'exemplars', title: '<sen-exemplar-gallery> data: exemplary people and collectives', schema: exemplarsSchema },
];

const outDir = process.argv[2] ?? 'schemas';
mkdirSync(outDir, { recursive: true });
for (const { file, title, schema } of documents) {
  const json = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title,
    ...schema.toJsonSchema(),
  };
  writeFileSync(`${outDir}/${file}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`schemas: ${outDir}/${file}.schema.json`);
}
