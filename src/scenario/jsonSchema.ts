import { z } from 'zod';
import { scenarioSchema } from './schema.ts';

/** The JSON Schema editors use to autocomplete and check scenario files. */
export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Follow-Up Call Trainer scenario' }, null, 2)}\n`;
}
