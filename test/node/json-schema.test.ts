// JSON Schema generation runs in Node only (scripts/generate-schemas.ts at build); browser builds
// leave it out (`__SEN_JSON_SCHEMA__` is false there, and in the browser tests too).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordId } from '../../src/data/record-id.js';
import { list, object, oneOfValues, string } from '../../src/data/schema.js';

const campaign = object(
  {
    id: recordId,
    title: string({ nonEmpty: true }),
    level: oneOfValues(['national', 'provincial', 'local'] as const),
  },
  { required: ['id', 'title'] },
);
const campaigns = object({ campaigns: list(campaign, { unique: 'id' }) }, { required: ['campaigns'] });

test('generates JSON Schema from the same definition: nullable optional fields, non-blank text', () => {
  const json = campaigns.toJsonSchema();
  assert.equal(json.type, 'object');
  assert.deepEqual(json.required, ['campaigns']);
  const items = (json.properties as Record<string, { items: Record<string, unknown> }>).campaigns.items;
  assert.deepEqual(items.required, ['id', 'title']);
  assert.deepEqual(items.properties, {
    id: { anyOf: [{ type: 'string', pattern: '\\S' }, { type: 'number' }] },
    title: { type: 'string', pattern: '\\S' },
    level: { anyOf: [{ enum: ['national', 'provincial', 'local'] }, { type: 'null' }] },
  });
});
