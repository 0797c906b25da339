import { z } from 'zod';
import { scenarioSchema } from './schema.ts';

/** The scenario JSON Schema as an object (the browser editor completes and explains from it). */
export function scenarioJsonSchemaObject(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' });
  return { ...schema, title: 'Follow-Up Call Trainer scenario' };
}

/** The JSON Schema editors use to autocomplete and check scenario files. */
export function scenarioJsonSchema(): string {
  return `${JSON.stringify(scenarioJsonSchemaObject(), null, 2)}\n`;
}
