/**
 * What the model-based exploration of a scenario leaves uncovered (the same exploration as the
 * library test in tests/scenarios): nodes no path reaches and transitions no path takes, each
 * with the place in the file it is about, so a coach can find it. Pure: no DOM, no clock.
 */
import { createCampaignMachine } from './campaignMachine.ts';
import { exploreScenario, transitionKeys } from './modelPaths.ts';
import type { Scenario } from './schema.ts';

/** One thing not covered, with the path of the file's field it is about. */
export interface Uncovered {
  what: string;
  path: (string | number)[];
}

export interface CoverageReport {
  /** Distinct situations the exploration reached. */
  situations: number;
  uncovered: Uncovered[];
}

/** Says a transition key in words, with the field it is about (see `transitionKeys`). */
export function describeKey(key: string): Uncovered {
  const [head = '', kind, index] = key.split(':');
  const n = Number(index);
  if (head === 'planning' || head === 'betweenAttempts') {
    const words: Record<string, string> = {
      'planning:thankYou': 'sending the thank-you note',
      'planning:dial': 'the first call',
      'betweenAttempts:wait': 'waiting for their answer after a call',
      'betweenAttempts:moveOn': 'moving on after a call',
      'betweenAttempts:dial': 'calling again',
    };
    return { what: `no path takes ${words[key] ?? key}`, path: ['campaign'] };
  }
  if (head === 'answer') {
    const rule = Number(kind);
    return {
      what: `no call is answered by answer rule ${rule + 1}`,
      path: ['campaign', 'answer', rule],
    };
  }
  const node = ['nodes', head];
  if (kind === 'choice') {
    return {
      what: `no path picks choice ${n + 1} of "${head}"`,
      path: [...node, 'reply', 'choices', n],
    };
  }
  if (kind === 'route') {
    return {
      what: `no path takes route ${n + 1} of "${head}"`,
      path: [...node, 'reply', 'routes', n],
    };
  }
  if (kind === 'otherwise') {
    return {
      what: `no own words reach "otherwise" of "${head}"`,
      path: [...node, 'reply', 'otherwise'],
    };
  }
  if (kind === 'hangUp') return { what: `no path hangs up at "${head}"`, path: node };
  if (kind === 'goto')
    return { what: `no path follows "goto" of "${head}"`, path: [...node, 'goto'] };
  if (kind === 'end') return { what: `no path ends the call at "${head}"`, path: [...node, 'end'] };
  return { what: `not covered: ${key}`, path: node };
}

/** Explores the scenario and lists what no path reaches or takes. */
export function coverageOf(scenario: Scenario): CoverageReport {
  const graph = exploreScenario(scenario, createCampaignMachine(scenario));
  const nodes = Object.keys(scenario.nodes)
    .filter((id) => !graph.reached.has(id))
    .map((id) => ({ what: `no path reaches node "${id}"`, path: ['nodes', id] }));
  const transitions = transitionKeys(scenario)
    .filter((k) => !graph.covered.has(k))
    // A node no path reaches has none of its transitions taken: it is said once, above.
    .filter((k) => {
      const head = k.split(':')[0] ?? '';
      return !(head in scenario.nodes) || graph.reached.has(head);
    })
    .map(describeKey);
  return { situations: graph.states, uncovered: [...nodes, ...transitions] };
}
