// Writes scenarios/scenario.schema.json from the zod schema (`npm run scenarios:schema`).
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/scenario/jsonSchema';

writeFileSync('scenarios/scenario.schema.json', scenarioJsonSchema());
console.log('wrote scenarios/scenario.schema.json');
