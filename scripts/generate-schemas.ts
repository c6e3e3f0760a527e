/**
 * Writes schemas/*.schema.json from the very schemas the widgets validate with, so a webmaster can
 * check an endpoint against exactly what the widget accepts. Run by scripts/build.mjs; the
 * schemas-agree test imports `jsonSchemas` to check them against the widgets record by record.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Schema } from '../src/data/schema.js';
import { campaignListSchema } from '../src/campaign-list/campaign.schema.js';
import { exemplarsSchema } from '../src/exemplar-gallery/exemplar.schema.js';
import { hotlineSchema } from '../src/hotline-card/hotline-card.schema.js';
import { visitStatsSchema } from '../src/visit-counter/visit-stats.schema.js';

/** Field descriptions for the JSON Schema files only (kept out of the browser builds). */
const descriptions: Record<string, Record<string, string>> = {
  'visit-stats': {
    total: 'Visits since the site began',
    today: 'Visits today',
    yesterday: 'Visits yesterday',
    month: 'Visits this month',
    online: 'Visitors online now',
    updatedAt: 'When the figures were counted',
  },
  hotlines: {
    phones: 'One string (several numbers may be written in it) or an array of strings',
    zalo: 'Mobile number or https://zalo.me/… link',
  },
  campaigns: {
    launchedBy: 'The authority that launched it, e.g. "Thủ tướng Chính phủ"',
    status: 'When absent, derived from the dates and today in Vietnam (UTC+7)',
    document: 'An object, or the citation as written: "Kế hoạch số 16/KH-UBND ngày 10/1/2023"',
  },
  exemplars: {
    photo: 'A URL or { src, alt, width, height, srcset }; relative URLs resolve against the JSON document',
  },
};

/** Adds each description to every `properties` entry of that name, however deep. */
function describeFields(json: unknown, fields: Record<string, string>): void {
  if (Array.isArray(json)) return json.forEach((entry) => describeFields(entry, fields));
  if (typeof json !== 'object' || json === null) return;
  const node = json as Record<string, unknown>;
  const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [name, description] of Object.entries(fields)) {
    if (properties?.[name]) properties[name].description = description;
  }
  Object.values(node).forEach((value) => describeFields(value, fields));
}

const documents: { file: string; title: string; schema: Schema<unknown> }[] = [
  { file: 'visit-stats', title: '<sen-visit-counter> data: visit statistics', schema: visitStatsSchema },
  { file: 'hotlines', title: '<sen-hotline-card> data: contacts and hotlines', schema: hotlineSchema },
  { file: 'campaigns', title: '<sen-campaign-list> data: emulation campaigns', schema: campaignListSchema },
  {
    file: 'exemplars',
    title: '<sen-exemplar-gallery> data: exemplary people and collectives',
    schema: exemplarsSchema,
  },
];

// Said once, at the top of every file: what `anyOf [..., { "type": "null" }]` means to the widget.
const NULL_NOTE = 'Unknown fields are ignored. An optional field may be null, which counts as absent.';

/** The JSON Schema of each data shape, by file name (without `.schema.json`). */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const { file, title, schema } of documents) {
    const json = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title,
      description: NULL_NOTE,
      ...schema.toJsonSchema(),
    };
    describeFields(json, descriptions[file] ?? {});
    out[file] = json;
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.argv[2] ?? 'schemas';
  mkdirSync(outDir, { recursive: true });
  for (const [file, json] of Object.entries(jsonSchemas())) {
    writeFileSync(`${outDir}/${file}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`schemas: ${outDir}/${file}.schema.json`);
  }
}
