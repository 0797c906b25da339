import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/scenario/check';
import { type Scenario, scenarioSchema } from '../../../src/scenario/schema';
import { fakeScenarioData } from '../../helpers/fakes';
import { generatedScenario } from '../../scenarios/generatedScenario';

type NodeData = Record<string, unknown>;

function scenarioWith(nodes: Record<string, NodeData>, start = 'a'): Scenario {
  return scenarioSchema.parse(fakeScenarioData({ nodes, campaign: { answer: [{ goto: start }] } }));
}

const say = (goto: string) => ({
  speaker: 'interviewer',
  reply: { choices: [{ say: 'Hi', goto }], otherwise: goto },
});
const step = (goto: string) => ({ speaker: 'narrator', goto });
const end = () => ({ speaker: 'narrator', end: 'got_update' });

/** Counts how often checkScenario reads a node, through a proxy on `scenario.nodes`. */
function nodeReads(scenario: Scenario): number {
  let reads = 0;
  const nodes = new Proxy(scenario.nodes, {
    get(target, key, receiver) {
      reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  checkScenario({ ...scenario, nodes });
  return reads;
}

/**
 * The rules as first written, by fixed point and by walking every goto chain: slow but plainly
 * right, so the fast checks are compared with it on random graphs.
 */
function referenceFindings(scenario: Scenario): string[] {
  const ids = Object.keys(scenario.nodes);
  const targets = (id: string): string[] => {
    const node = scenario.nodes[id];
    if (!node) return [];
    return [
      ...(node.goto ? [node.goto] : []),
      ...(node.reply?.choices.map((c) => c.goto) ?? []),
      ...(node.reply?.routes.map((r) => r.goto) ?? []),
      ...(node.reply ? [node.reply.otherwise] : []),
    ].filter((t) => ids.includes(t));
  };
  const reachable = new Set<string>();
  const todo = scenario.campaign.answer.map((r) => r.goto).filter((t) => ids.includes(t));
  while (todo.length > 0) {
    const id = todo.pop() as string;
    if (reachable.has(id)) continue;
    reachable.add(id);
    todo.push(...targets(id));
  }
  const canEnd = new Set(ids.filter((id) => scenario.nodes[id]?.end !== undefined));
  for (let grew = true; grew; ) {
    grew = false;
    for (const id of ids) {
      if (!canEnd.has(id) && targets(id).some((t) => canEnd.has(t))) {
        canEnd.add(id);
        grew = true;
      }
    }
  }
  const onGotoLoop = (id: string): boolean => {
    const seen = new Set<string>();
    for (let at = scenario.nodes[id]?.goto; at !== undefined; at = scenario.nodes[at]?.goto) {
      if (at === id) return true;
      if (seen.has(at) || !ids.includes(at)) return false;
      seen.add(at);
    }
    return false;
  };
  return [
    ...ids.filter((id) => !reachable.has(id)).map((id) => `unreachable ${id}`),
    ...ids.filter((id) => reachable.has(id) && !canEnd.has(id)).map((id) => `dead end ${id}`),
    ...ids.filter(onGotoLoop).map((id) => `loop ${id}`),
  ];
}

function findings(scenario: Scenario): string[] {
  return checkScenario(scenario).flatMap((p) => {
    const id = String(p.path[1]);
    if (p.message.includes('can never be reached')) return [`unreachable ${id}`];
    if (p.message.startsWith('dead end')) return [`dead end ${id}`];
    if (p.message.includes('through goto only')) return [`loop ${id}`];
    return [];
  });
}

describe('checkScenario', () => {
  it('reports only the nodes on a goto loop, not those leading into it', () => {
    const scenario = scenarioWith({
      a: say('b'),
      b: step('c'),
      c: step('d'),
      d: step('c'),
      done: end(),
    });
    const loops = checkScenario(scenario).filter((p) => p.message.includes('goto only'));
    expect(loops.map((p) => p.path)).toEqual([
      ['nodes', 'c', 'goto'],
      ['nodes', 'd', 'goto'],
    ]);
  });

  it('finds a dead end at the far end of a long chain and every node before it', () => {
    const nodes: Record<string, NodeData> = { a: say('n0') };
    for (let i = 0; i < 50; i++) nodes[`n${i}`] = i % 2 ? step(`n${i + 1}`) : say(`n${i + 1}`);
    nodes.n50 = say('n50');
    nodes.done = end();
    nodes.a = {
      speaker: 'interviewer',
      reply: { choices: [{ say: 'x', goto: 'n0' }], otherwise: 'done' },
    };
    const dead = checkScenario(scenarioWith(nodes)).filter((p) => p.message.startsWith('dead end'));
    expect(dead).toHaveLength(51);
    expect(dead[0]?.path).toEqual(['nodes', 'n0']);
  });

  it('accepts a valid 10,000-node chain in well under two seconds', () => {
    const scenario = generatedScenario(10_000, 'chain');
    const start = performance.now();
    expect(checkScenario(scenario)).toEqual([]);
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it('reads each node a bounded number of times, however long the chain', () => {
    // The fixed-point check read every node once per round, a round per node: quadratic.
    const small = nodeReads(generatedScenario(500, 'chain'));
    const large = nodeReads(generatedScenario(5_000, 'chain'));
    expect(large / 5_000).toBeLessThan(12);
    expect(large / small).toBeLessThan(12);
  });

  it('finds what the plain fixed-point rules find on random graphs', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const target = fc.constantFrom(...names, 'missing');
    const node = fc.oneof(
      target.map((t) => say(t)),
      fc.tuple(target, target).map(([t, u]) => ({
        speaker: 'interviewer',
        reply: { choices: [{ say: 'x', goto: t }], otherwise: u },
      })),
      target.map((t) => step(t)),
      fc.constant(end()),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), node, { minKeys: 1 }), (nodes) => {
        const scenario = scenarioWith(nodes, Object.keys(nodes)[0]);
        expect(findings(scenario)).toEqual(referenceFindings(scenario));
      }),
      { numRuns: 500 },
    );
  });
});
