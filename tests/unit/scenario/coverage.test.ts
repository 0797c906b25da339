import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageOf, describeKey } from '../../../src/scenario/coverage';
import { loadScenario } from '../../../src/scenario/load';
import type { Scenario } from '../../../src/scenario/schema';

function builtIn(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const loaded = loadScenario(
    readFileSync(join(import.meta.dirname, '../../..', file), 'utf8'),
    file,
  );
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
}

describe('the coverage report a coach sees', () => {
  it('finds nothing uncovered in a built-in scenario', () => {
    const report = coverageOf(builtIn('too-soon'));
    expect(report.uncovered).toEqual([]);
    expect(report.situations).toBeGreaterThan(10);
  });

  it('names a node no path reaches, once, at the node', () => {
    const scenario = builtIn('too-soon');
    const [someId, some] = Object.entries(scenario.nodes)[0] ?? [];
    if (!someId || !some) throw new Error('no node');
    const orphan = { ...scenario, nodes: { ...scenario.nodes, orphanNode: some } };
    const report = coverageOf(orphan);
    expect(report.uncovered).toContainEqual({
      what: 'no path reaches node "orphanNode"',
      path: ['nodes', 'orphanNode'],
    });
    // Its own transitions are not listed again.
    expect(report.uncovered.filter((u) => u.path[1] === 'orphanNode')).toHaveLength(1);
  });

  it('says each kind of transition in words, with its field', () => {
    expect(describeKey('greet:choice:1')).toEqual({
      what: 'no path picks choice 2 of "greet"',
      path: ['nodes', 'greet', 'reply', 'choices', 1],
    });
    expect(describeKey('answer:0').path).toEqual(['campaign', 'answer', 0]);
    expect(describeKey('betweenAttempts:dial').what).toBe('no path takes calling again');
    expect(describeKey('greet:otherwise').path).toEqual(['nodes', 'greet', 'reply', 'otherwise']);
  });
});
