import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../src/scenario/jsonSchema';

describe('the committed JSON Schema', () => {
  it('matches the zod schema (run `npm run scenarios:schema` after changing it)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '../../../scenarios/scenario.schema.json'),
      'utf8',
    );
    expect(committed).toBe(scenarioJsonSchema());
  });

  it('lists the intent vocabulary for editors', () => {
    expect(scenarioJsonSchema()).toContain('"ask_timeline"');
  });
});
