import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem, loadScenario } from '../../../src/scenario/load';
import { fakeScenarioData, fakeScenarioYaml } from '../../helpers/fakes';

function problemsOf(text: string): string[] {
  const result = loadScenario(text, 'scenarios/x.yaml');
  return result.ok ? [] : result.problems.map(formatProblem);
}

function lineOf(text: string, fragment: string): number {
  return text.split('\n').findIndex((l) => l.includes(fragment)) + 1;
}

describe('loadScenario', () => {
  it('accepts a valid scenario', () => {
    const result = loadScenario(fakeScenarioYaml(), 'x.yaml');
    expect(result.ok).toBe(true);
  });

  it('refuses an empty file with a clear message', () => {
    expect(problemsOf('   \n')).toEqual(['scenarios/x.yaml:1:1: the file is empty']);
  });

  it('names the line of a YAML syntax error', () => {
    const text = 'version: 1\nid: tiny\ntitle: [unclosed\n';
    const [problem] = problemsOf(text);
    expect(problem).toMatch(/^scenarios\/x\.yaml:\d+:\d+: YAML syntax/);
  });

  it('refuses a truncated file that is not a mapping', () => {
    expect(problemsOf('- just\n- a list\n')[0]).toMatch(/must be a mapping/);
  });

  it('points at the line of an unknown intent', () => {
    const text = fakeScenarioYaml().replace('- pressure', '- grovelling');
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`scenarios/x.yaml:${lineOf(text, 'grovelling')}:`);
    expect(problems[0]).toMatch(/unknown intent "grovelling"/);
  });

  it('points at a goto that names no node', () => {
    const text = fakeScenarioYaml().replace('goto: cool', 'goto: coool');
    const problems = problemsOf(text);
    expect(problems).toEqual([
      expect.stringContaining(`:${lineOf(text, 'goto: coool')}:`),
      expect.stringContaining('can never be reached'),
    ]);
    expect(problems[0]).toMatch(/no node of that name/);
  });

  it('reports an unreachable node at its name', () => {
    const data = fakeScenarioData();
    (data.nodes as Record<string, unknown>).orphan = {
      speaker: 'narrator',
      says: 'Hm.',
      end: 'no_answer',
    };
    const text = fakeScenarioYaml({ nodes: data.nodes });
    expect(problemsOf(text)).toEqual([
      `scenarios/x.yaml:${lineOf(text, 'orphan:')}:3: node "orphan" can never be reached`,
    ]);
  });

  it('reports a dead end that can never finish', () => {
    const data = fakeScenarioData();
    const nodes = data.nodes as Record<string, Record<string, unknown>>;
    nodes.cool = {
      speaker: 'interviewer',
      says: 'Hmm?',
      reply: { choices: [{ say: 'Again', goto: 'cool' }], otherwise: 'cool' },
    };
    const problems = problemsOf(fakeScenarioYaml({ nodes }));
    expect(problems.join('\n')).toMatch(/dead end: no call that reaches "cool" can ever finish/);
  });

  it('reports a caller turn with no choices', () => {
    const data = fakeScenarioData();
    const nodes = data.nodes as Record<string, { reply?: { choices: unknown[] } }>;
    if (nodes.hello?.reply) nodes.hello.reply.choices = [];
    expect(problemsOf(fakeScenarioYaml({ nodes })).join('\n')).toMatch(/offers no choices/);
  });

  it('reports a duplicate key with its line', () => {
    const text = `${fakeScenarioYaml()}title: Again\n`;
    const problems = problemsOf(text);
    expect(problems[0]).toMatch(/YAML syntax: the key "title" is already used .*\(line 3\)/);
    expect(problems[0]).toContain(`:${text.split('\n').length - 1}:`);
  });

  it('names a missing required field', () => {
    const data = fakeScenarioData();
    delete data.summary;
    expect(problemsOf(stringify(data))).toEqual([
      'scenarios/x.yaml:1:1: summary: missing required field (expected text)',
    ]);
  });

  it('names an unknown field at its key', () => {
    const text = fakeScenarioYaml({ colour: 'blue' });
    expect(problemsOf(text)).toEqual([
      `scenarios/x.yaml:${lineOf(text, 'colour:')}:1: unknown field "colour"`,
    ]);
  });

  it('refuses a wrong version, saying what it found', () => {
    expect(problemsOf(fakeScenarioYaml({ version: 7 }))).toEqual([
      'scenarios/x.yaml:1:10: version: must be 1, found the number 7',
    ]);
  });

  it('refuses a voicemail without a message limit', () => {
    const data = fakeScenarioData();
    const nodes = data.nodes as Record<string, { reply?: Record<string, unknown> }>;
    delete nodes.machine?.reply?.limitSeconds;
    expect(problemsOf(fakeScenarioYaml({ nodes })).join('\n')).toMatch(/needs "limitSeconds"/);
  });
});
