/**
 * `npm run schema`: writes the JSON Schema that authors' editors use, generated from the valibot
 * schema in src/lib/model/schema.ts. A unit test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from './json-schema.ts';

const file = 'data/schema/dataset.schema.json';
writeFileSync(file, datasetJsonSchema());
console.log(`wrote ${file}`);
