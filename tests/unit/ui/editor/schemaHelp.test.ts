import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaObject } from '../../../../src/scenario/jsonSchema';
import { completeAt, helpAt, type SchemaNode } from '../../../../src/ui/own/editor/schemaHelp';
import { yamlContextAt } from '../../../../src/ui/own/editor/yamlContext';

const schema = scenarioJsonSchemaObject() as SchemaNode;

/** The text with `§` taken out, and where it was: the cursor. */
function at(withCursor: string): [string, number] {
  const offset = withCursor.indexOf('§');
  return [withCursor.slice(0, offset) + withCursor.slice(offset + 1), offset];
}

const complete = (withCursor: string) => {
  const [text, offset] = at(withCursor);
  return completeAt(schema, text, offset);
};
const labels = (withCursor: string) => complete(withCursor).options.map((o) => o.label);

describe('where the cursor is in a half-written file', () => {
  it('reads the keys above it from indentation, lists as []', () => {
    const [text, offset] = at(
      'nodes:\n  hello:\n    reply:\n      choices:\n        - say: Hi\n          go§',
    );
    expect(yamlContextAt(text, offset)).toMatchObject({
      kind: 'key',
      path: ['nodes', 'hello', 'reply', 'choices', '[]'],
      prefix: 'go',
    });
  });

  it('skips a block scalar’s lines and knows a sibling from a child', () => {
    const [text, offset] = at('setting:\n  briefing: |\n    role: not a key\n  comp§');
    expect(yamlContextAt(text, offset)).toMatchObject({ kind: 'key', path: ['setting'] });
    const [top, end] = at('setting:\n  company: Acme\ndiff§');
    expect(yamlContextAt(top, end)).toMatchObject({ kind: 'key', path: [], prefix: 'diff' });
  });
});

describe('completion from the scenario JSON Schema', () => {
  it('offers the top-level fields, the required ones said so', () => {
    const result = complete('version: 1\nti§');
    expect(result.options.map((o) => o.label)).toEqual(['title', 'tips']);
    expect(result.from).toBe('version: 1\n'.length);
    expect(result.options[0]).toMatchObject({ apply: 'title: ', detail: 'string, required' });
  });

  it('offers a node’s fields under any node id, and a choice’s inside a list', () => {
    expect(labels('nodes:\n  hello:\n    §')).toEqual(
      expect.arrayContaining(['speaker', 'says', 'reply', 'end']),
    );
    expect(
      labels('nodes:\n  hello:\n    reply:\n      choices:\n        - say: Hi\n          §'),
    ).toEqual(expect.arrayContaining(['intents', 'goto', 'note', 'promise']));
  });

  it('offers enum values after a key, in a list and in a flow list', () => {
    expect(labels('difficulty: §')).toEqual(['easy', 'medium', 'hard']);
    expect(labels('nodes:\n  a:\n    speaker: inter§')).toEqual(['interviewer']);
    expect(labels('tips:\n  - T§')).toEqual(['T0', 'T1', 'T2', 'T3', 'T4']);
    expect(labels('tips: [T1, T§')).toEqual(['T0', 'T1', 'T2', 'T3', 'T4']);
  });

  it('offers nothing for a field the schema does not have', () => {
    expect(labels('nope:\n  §')).toEqual([]);
  });
});

describe('hover help', () => {
  it('gives the field’s description, type and values', () => {
    const text = 'campaign:\n  decision:\n    says: soon\n';
    const help = helpAt(schema, text, text.indexOf('decision') + 2);
    expect(help).toMatchObject({ key: 'decision' });
    expect(help?.text).toMatch(/^When the interview said the decision would come/);
    const difficulty = helpAt(schema, 'difficulty: easy\n', 3);
    expect(difficulty?.text).toBe('Type: string, required. One of: easy, medium, hard.');
  });

  it('gives nothing off a key or on an unknown one', () => {
    expect(helpAt(schema, 'difficulty: easy\n', 14)).toBeUndefined();
    expect(helpAt(schema, 'nope: 1\n', 1)).toBeUndefined();
  });
});
